package cn.renda.supervision.api.events;

import cn.renda.supervision.api.Rating;
import cn.renda.supervision.api.ReplyResult;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * 办结: the suggestion is closed with the result of its last reply and the worst rating of the last round
 * ({@code null} when no deputy rated it).
 */
@Revision("1")
public record SuggestionClosedEvent(String suggestionId, String county, String townshipCode, ReplyResult result,
                                    Rating rating, int rounds, Instant closedAt) {
}
