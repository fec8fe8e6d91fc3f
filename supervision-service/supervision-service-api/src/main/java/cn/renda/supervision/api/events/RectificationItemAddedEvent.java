package cn.renda.supervision.api.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 整改事项: a rectification item of an enforcement inspection or a work report ({@code subjectId} is its id), with the
 * unit responsible and a deadline.
 */
@Revision("1")
public record RectificationItemAddedEvent(String subjectId, String county, String townshipCode, String itemId,
                                          String description, String responsibleUnit, LocalDate deadline,
                                          Instant addedAt) {
}
