package cn.renda.supervision.api.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** 满意度测评: the optional satisfaction vote on a work report, with its counts. */
@Revision("1")
public record WorkReportSatisfactionVotedEvent(String reportId, String county, String townshipCode, int satisfied,
                                               int basicallySatisfied, int dissatisfied, int abstained,
                                               Instant votedAt) {
}
