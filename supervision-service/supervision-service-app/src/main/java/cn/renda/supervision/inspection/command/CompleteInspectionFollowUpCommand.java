package cn.renda.supervision.inspection.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

public record CompleteInspectionFollowUpCommand(@TargetAggregateIdentifier String inspectionId, String county,
                                                String itemId, String outcome, Instant completedAt) {
}
