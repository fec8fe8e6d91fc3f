package cn.renda.supervision.api.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/** 临期: the open round's deadline is near (county setting, working days) and no reply has come yet. */
@Revision("1")
public record SuggestionDueSoonEvent(String suggestionId, String county, String townshipCode, String leadUnitId,
                                     boolean flagged, LocalDate deadline, Instant raisedAt) {
}
