package cn.renda.supervision.unit.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

public record ChangeHandlingUnitContactCommand(@TargetAggregateIdentifier String unitId, String county,
                                               String contactPerson, String contactPhone, String responsibleLeader,
                                               Instant changedAt) {
}
