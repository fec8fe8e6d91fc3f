package cn.renda.deputy.roster;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface RosterRepository extends JpaRepository<RosterEntry, String> {

    List<RosterEntry> findByCountyAndGroupIdOrderByName(String county, String groupId);

    long countByCountyAndTownshipCodeAndStatus(String county, String townshipCode, String status);

    List<RosterEntry> findByCountyAndTownshipCodeAndStatus(String county, String townshipCode, String status);
}
