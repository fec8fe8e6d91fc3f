package cn.renda.supervision.workreport.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

public record CloseWorkReportCommand(@TargetAggregateIdentifier String reportId, String county, Instant closedAt) {
}
