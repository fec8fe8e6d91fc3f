package cn.renda.supervision.api.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The enforcement inspection is closed: every rectification item is done. */
@Revision("1")
public record EnforcementInspectionClosedEvent(String inspectionId, String county, String townshipCode,
                                               int rectificationItems, Instant closedAt) {
}
