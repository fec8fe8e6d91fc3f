package cn.renda.deputy.term.query;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface KnownTermRepository extends JpaRepository<KnownTerm, String> {

    List<KnownTerm> findByCountyAndTownshipCodeOrderByNumber(String county, String townshipCode);

    List<KnownTerm> findByCountyOrderByTownshipCodeAscNumberAsc(String county);
}
