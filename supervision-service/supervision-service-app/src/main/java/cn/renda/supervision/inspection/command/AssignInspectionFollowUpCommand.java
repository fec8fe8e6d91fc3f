package cn.renda.supervision.inspection.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

public record AssignInspectionFollowUpCommand(@TargetAggregateIdentifier String inspectionId, String county,
                                              String itemId, String description, String responsibleOfficial,
                                              LocalDate deadline, Instant assignedAt) {
}
