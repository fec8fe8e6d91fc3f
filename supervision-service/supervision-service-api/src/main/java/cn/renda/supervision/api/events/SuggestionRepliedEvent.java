package cn.renda.supervision.api.events;

import cn.renda.supervision.api.ReplyResult;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * 答复: the lead unit replied. {@code round} is 1 for the first handling and grows with each re-handling;
 * {@code onTime} says whether the reply came on or before the deadline of that round (China time).
 */
@Revision("1")
public record SuggestionRepliedEvent(String suggestionId, String county, String townshipCode, String unitId, int round,
                                     ReplyResult result, String content, String reasons, boolean onTime,
                                     Instant repliedAt) {
}
