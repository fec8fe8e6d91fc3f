package cn.renda.supervision.suggestion.deadline;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface OpenDeadlineRepository extends JpaRepository<OpenDeadline, String> {

    List<OpenDeadline> findByOverdueRaisedFalse();
}
