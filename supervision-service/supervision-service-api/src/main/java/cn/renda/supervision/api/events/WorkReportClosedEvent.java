package cn.renda.supervision.api.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The follow-up of a work report is finished: every rectification item is done. */
@Revision("1")
public record WorkReportClosedEvent(String reportId, String county, String townshipCode, int rectificationItems,
                                    Instant closedAt) {
}
