package cn.renda.supervision.api.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The suggestion was made during a session (大会期间) of the township congress, not between sessions (闭会期间).
 * Follows its {@code SuggestionSubmittedEvent}; a suggestion without this event was made between sessions.
 */
@Revision("1")
public record SuggestionMadeDuringSessionEvent(String suggestionId, String county, String townshipCode,
                                               String sessionId, Instant submittedAt) {
}
