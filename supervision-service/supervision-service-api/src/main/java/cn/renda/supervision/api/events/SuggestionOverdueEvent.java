package cn.renda.supervision.api.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/** 逾期: the open round's deadline passed without a reply. Raised once per deadline. */
@Revision("1")
public record SuggestionOverdueEvent(String suggestionId, String county, String townshipCode, String leadUnitId,
                                     boolean flagged, LocalDate deadline, Instant raisedAt) {
}
