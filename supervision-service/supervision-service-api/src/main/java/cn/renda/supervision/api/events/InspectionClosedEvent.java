package cn.renda.supervision.api.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The inspection is closed: every follow-up item is done. */
@Revision("1")
public record InspectionClosedEvent(String inspectionId, String county, String townshipCode, int followUps,
                                    Instant closedAt) {
}
