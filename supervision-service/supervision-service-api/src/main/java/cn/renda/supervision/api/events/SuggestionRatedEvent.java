package cn.renda.supervision.api.events;

import cn.renda.supervision.api.Rating;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** 测评: one submitting deputy rated the reply of a round. */
@Revision("1")
public record SuggestionRatedEvent(String suggestionId, String county, String townshipCode, String deputyId, int round,
                                   Rating rating, String comment, Instant ratedAt) {
}
