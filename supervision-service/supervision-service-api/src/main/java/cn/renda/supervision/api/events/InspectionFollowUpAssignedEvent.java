package cn.renda.supervision.api.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/** A follow-up item of an inspection, assigned to a responsible official with a deadline (责成限时办结). */
@Revision("1")
public record InspectionFollowUpAssignedEvent(String inspectionId, String county, String townshipCode, String itemId,
                                              String description, String responsibleOfficial, LocalDate deadline,
                                              Instant assignedAt) {
}
