package cn.renda.supervision.suggestion.command;

import cn.renda.supervision.api.Rating;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

public record RateSuggestionCommand(@TargetAggregateIdentifier String suggestionId, String county, String deputyId, Rating rating,
                                    String comment, Instant ratedAt) {
}
