package cn.renda.supervision.unit.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

public record RegisterHandlingUnitCommand(@TargetAggregateIdentifier String unitId, String county, String townshipCode,
                                          String name, String contactPerson, String contactPhone,
                                          String responsibleLeader, Instant registeredAt) {
}
