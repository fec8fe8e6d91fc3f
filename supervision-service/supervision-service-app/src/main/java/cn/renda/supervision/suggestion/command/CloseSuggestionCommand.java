package cn.renda.supervision.suggestion.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

public record CloseSuggestionCommand(@TargetAggregateIdentifier String suggestionId, String county, Instant closedAt) {
}
