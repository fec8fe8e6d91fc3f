package cn.renda.supervision.unit.query;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface KnownHandlingUnitRepository extends JpaRepository<KnownHandlingUnit, String> {

    Page<KnownHandlingUnit> findByCountyOrderByName(String county, Pageable page);

    Page<KnownHandlingUnit> findByCountyAndTownshipCodeOrderByName(String county, String townshipCode, Pageable page);
}
