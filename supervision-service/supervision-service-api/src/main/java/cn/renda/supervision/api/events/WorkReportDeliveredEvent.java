package cn.renda.supervision.api.events;

import cn.renda.supervision.api.ReportingBody;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/** 专项工作报告: a government office reported on a subject to the presidium or the session. */
@Revision("1")
public record WorkReportDeliveredEvent(String reportId, String county, String townshipCode, String office,
                                       String subject, ReportingBody body, LocalDate deliveredOn, Instant recordedAt) {
}
