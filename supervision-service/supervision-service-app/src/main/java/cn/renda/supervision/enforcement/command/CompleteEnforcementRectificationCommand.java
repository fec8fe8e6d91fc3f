package cn.renda.supervision.enforcement.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

public record CompleteEnforcementRectificationCommand(@TargetAggregateIdentifier String inspectionId, String county,
                                                      String itemId, String outcome, Instant completedAt) {
}
