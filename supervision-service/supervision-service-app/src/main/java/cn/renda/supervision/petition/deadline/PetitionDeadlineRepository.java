package cn.renda.supervision.petition.deadline;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;
import java.util.List;

interface PetitionDeadlineRepository extends JpaRepository<PetitionDeadline, String> {

    List<PetitionDeadline> findByOverdueRaisedFalseAndDeadlineBefore(LocalDate day);
}
