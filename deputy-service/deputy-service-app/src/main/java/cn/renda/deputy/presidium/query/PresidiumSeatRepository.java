package cn.renda.deputy.presidium.query;

import org.springframework.data.jpa.repository.JpaRepository;

interface PresidiumSeatRepository extends JpaRepository<PresidiumSeat, String> {
}
