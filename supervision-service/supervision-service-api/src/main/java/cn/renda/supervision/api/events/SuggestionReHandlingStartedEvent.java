package cn.renda.supervision.api.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/** 重新办理: after a dissatisfied rating the lead unit handles the suggestion again, in a new round with a new deadline. */
@Revision("1")
public record SuggestionReHandlingStartedEvent(String suggestionId, String county, String townshipCode, int round,
                                               String reason, LocalDate deadline, Instant startedAt) {
}
