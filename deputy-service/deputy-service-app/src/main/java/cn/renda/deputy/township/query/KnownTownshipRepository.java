package cn.renda.deputy.township.query;

import org.springframework.data.jpa.repository.JpaRepository;

public interface KnownTownshipRepository extends JpaRepository<KnownTownship, String> {

    boolean existsByCodeAndCounty(String code, String county);
}
