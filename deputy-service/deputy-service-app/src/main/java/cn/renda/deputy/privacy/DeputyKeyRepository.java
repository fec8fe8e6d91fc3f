package cn.renda.deputy.privacy;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeputyKeyRepository extends JpaRepository<DeputyKey, String> {
}
