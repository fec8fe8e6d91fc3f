package cn.renda.supervision.api.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** 交办: the suggestion went to a lead handling unit (and optional co-handling units) with a deadline. */
@Revision("1")
public record SuggestionAssignedEvent(String suggestionId, String county, String townshipCode, String leadUnitId,
                                      List<String> coUnitIds, String responsibleLeader, LocalDate deadline,
                                      Instant assignedAt) {
}
