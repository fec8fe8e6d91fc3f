package cn.renda.supervision.api.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/** 审议意见: the deliberation opinions on a work report, sent to the reporting office. */
@Revision("1")
public record WorkReportDeliberatedEvent(String reportId, String county, String townshipCode, List<String> opinions,
                                         Instant deliberatedAt) {
}
