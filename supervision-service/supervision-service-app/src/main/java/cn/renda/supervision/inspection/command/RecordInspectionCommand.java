package cn.renda.supervision.inspection.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record RecordInspectionCommand(@TargetAggregateIdentifier String inspectionId, String county,
                                      String townshipCode, String topic, LocalDate date, List<String> deputyIds,
                                      String findings, Instant recordedAt) {
}
