package cn.renda.supervision.enforcement.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

public record AddEnforcementRectificationCommand(@TargetAggregateIdentifier String inspectionId, String county,
                                                 String itemId, String description, String responsibleUnit,
                                                 LocalDate deadline, Instant addedAt) {
}
