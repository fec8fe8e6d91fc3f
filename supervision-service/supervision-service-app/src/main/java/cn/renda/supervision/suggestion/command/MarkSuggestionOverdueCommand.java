package cn.renda.supervision.suggestion.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/** Sent by the deadline sweep; idempotent: ignored unless this deadline has passed unreplied and was not yet raised. */
public record MarkSuggestionOverdueCommand(@TargetAggregateIdentifier String suggestionId, String county, LocalDate deadline,
                                           Instant raisedAt) {
}
