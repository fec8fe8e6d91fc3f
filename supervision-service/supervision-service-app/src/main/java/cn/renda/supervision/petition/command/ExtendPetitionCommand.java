package cn.renda.supervision.petition.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Extends the handling limit once; the new limit is 30 days after the current one, ending on a working day. */
public record ExtendPetitionCommand(@TargetAggregateIdentifier String petitionId, String county, String reason,
                                    Instant extendedAt) {
}
