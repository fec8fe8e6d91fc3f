package cn.renda.supervision.workreport.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

public record AddWorkReportRectificationCommand(@TargetAggregateIdentifier String reportId, String county,
                                                String itemId, String description, String responsibleUnit,
                                                LocalDate deadline, Instant addedAt) {
}
