package cn.renda.supervision.suggestion.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

public record CarryOverSuggestionCommand(@TargetAggregateIdentifier String suggestionId, String county, int toYear,
                                         Instant carriedAt) {
}
