package cn.renda.supervision.petition.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/** Sent by the sweep; ignored unless that limit still applies, has passed, and was not yet raised. */
public record MarkPetitionOverdueCommand(@TargetAggregateIdentifier String petitionId, String county,
                                         LocalDate deadline, Instant raisedAt) {
}
