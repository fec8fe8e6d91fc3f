package cn.renda.supervision.calendar.query;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface CalendarDayOverrideRepository extends JpaRepository<CalendarDayOverride, String> {

    List<CalendarDayOverride> findByCounty(String county);
}
