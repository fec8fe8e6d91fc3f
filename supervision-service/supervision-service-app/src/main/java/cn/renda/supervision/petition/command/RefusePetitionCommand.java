package cn.renda.supervision.petition.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

public record RefusePetitionCommand(@TargetAggregateIdentifier String petitionId, String county, String reason,
                                    Instant refusedAt) {
}
