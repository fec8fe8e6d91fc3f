package cn.renda.supervision.suggestion.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

public record FlagSuggestionCommand(@TargetAggregateIdentifier String suggestionId, String county, String reason, Instant flaggedAt) {
}
