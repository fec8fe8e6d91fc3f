package cn.renda.supervision.inspection.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

public record CloseInspectionCommand(@TargetAggregateIdentifier String inspectionId, String county, Instant closedAt) {
}
