package cn.renda.supervision.api.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A rectification item was done; {@code onTime} if on or before its deadline (China time). */
@Revision("1")
public record RectificationItemCompletedEvent(String subjectId, String county, String townshipCode, String itemId,
                                              String outcome, boolean onTime, Instant completedAt) {
}
