package cn.renda.supervision.enforcement.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record RecordEnforcementInspectionCommand(@TargetAggregateIdentifier String inspectionId, String county,
                                                 String townshipCode, String law, String scope, LocalDate startedOn,
                                                 List<String> deputyIds, String findings, Instant recordedAt) {
}
