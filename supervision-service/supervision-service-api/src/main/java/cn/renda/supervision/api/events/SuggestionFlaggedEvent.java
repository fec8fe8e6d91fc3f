package cn.renda.supervision.api.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** 挂牌督办: the suggestion is flagged for supervision by the presidium or the county. */
@Revision("1")
public record SuggestionFlaggedEvent(String suggestionId, String county, String townshipCode, String reason,
                                     Instant flaggedAt) {
}
