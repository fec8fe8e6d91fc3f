package cn.renda.supervision.calendar.query;

import org.springframework.data.jpa.repository.JpaRepository;

interface CountyDeadlineRuleRepository extends JpaRepository<CountyDeadlineRule, String> {
}
