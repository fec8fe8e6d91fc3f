package cn.renda.supervision.enforcement.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

public record CloseEnforcementInspectionCommand(@TargetAggregateIdentifier String inspectionId, String county,
                                                Instant closedAt) {
}
