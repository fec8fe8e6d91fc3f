package cn.renda.supervision.suggestion.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/** Sent by the deadline sweep; idempotent: ignored unless the open round's deadline is this one and not yet raised. */
public record MarkSuggestionDueSoonCommand(@TargetAggregateIdentifier String suggestionId, String county, LocalDate deadline,
                                           Instant raisedAt) {
}
