package cn.renda.supervision.suggestion.command;

import cn.renda.supervision.api.SuggestionCategory;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** {@code sessionId} names the session it was made during, or is null between sessions. */
public record SubmitSuggestionCommand(@TargetAggregateIdentifier String suggestionId, String county,
                                      String townshipCode, List<String> deputyIds, String title, String content,
                                      SuggestionCategory category, Instant submittedAt,
                                      String sessionId) {
}
