package cn.renda.supervision.suggestion.command;

import cn.renda.supervision.api.ReplyResult;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

public record ReplyToSuggestionCommand(@TargetAggregateIdentifier String suggestionId, String county, String unitId,
                                       ReplyResult result, String content, String reasons, Instant repliedAt) {
}
