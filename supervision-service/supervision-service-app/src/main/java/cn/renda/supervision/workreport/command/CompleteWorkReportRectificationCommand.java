package cn.renda.supervision.workreport.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

public record CompleteWorkReportRectificationCommand(@TargetAggregateIdentifier String reportId, String county,
                                                     String itemId, String outcome, Instant completedAt) {
}
