package cn.renda.deputy.configuration.query;

import org.springframework.data.jpa.repository.JpaRepository;

interface CountySettingsRepository extends JpaRepository<CountySettings, String> {
}
