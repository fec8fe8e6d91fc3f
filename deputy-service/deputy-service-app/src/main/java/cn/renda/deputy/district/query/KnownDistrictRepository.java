package cn.renda.deputy.district.query;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface KnownDistrictRepository extends JpaRepository<KnownDistrict, String> {

    List<KnownDistrict> findByCountyAndTownshipCodeOrderByCode(String county, String townshipCode);

    List<KnownDistrict> findByCountyOrderByTownshipCodeAscCodeAsc(String county);

    boolean existsByTownshipCodeAndName(String townshipCode, String name);
}
