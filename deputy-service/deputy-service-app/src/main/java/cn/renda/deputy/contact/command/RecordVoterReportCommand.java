package cn.renda.deputy.contact.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

public record RecordVoterReportCommand(@TargetAggregateIdentifier String reportId, String county,
                                       String townshipCode, String deputyId, LocalDate reportedOn, int voters,
                                       int satisfied, int basicallySatisfied, int dissatisfied, Instant recordedAt) {
}
