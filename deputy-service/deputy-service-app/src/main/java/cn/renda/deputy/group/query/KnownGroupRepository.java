package cn.renda.deputy.group.query;

import org.springframework.data.jpa.repository.JpaRepository;

interface KnownGroupRepository extends JpaRepository<KnownGroup, String> {
}
