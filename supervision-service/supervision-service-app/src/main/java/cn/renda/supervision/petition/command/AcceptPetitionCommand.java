package cn.renda.supervision.petition.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

public record AcceptPetitionCommand(@TargetAggregateIdentifier String petitionId, String county, String unitId,
                                    LocalDate handleBy, Instant acceptedAt) {
}
