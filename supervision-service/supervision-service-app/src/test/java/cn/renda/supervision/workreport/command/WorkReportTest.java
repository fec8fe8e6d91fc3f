package cn.renda.supervision.workreport.command;

import cn.renda.supervision.api.ReportingBody;
import cn.renda.supervision.api.events.RectificationItemAddedEvent;
import cn.renda.supervision.api.events.RectificationItemCompletedEvent;
import cn.renda.supervision.api.events.WorkReportClosedEvent;
import cn.renda.supervision.api.events.WorkReportDeliberatedEvent;
import cn.renda.supervision.api.events.WorkReportDeliveredEvent;
import cn.renda.supervision.api.events.WorkReportSatisfactionVotedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

class WorkReportTest {

    static final String C = "410327";
    static final String T = "410327100";
    static final LocalDate DAY = LocalDate.parse("2024-06-12");
    static final Instant AT = Instant.parse("2024-06-12T08:00:00Z");
    static final WorkReportDeliveredEvent DELIVERED = new WorkReportDeliveredEvent("w1", C, T, "农业农村办", "人居环境整治",
            ReportingBody.PRESIDIUM, DAY, AT);
    static final WorkReportDeliberatedEvent DELIBERATED = new WorkReportDeliberatedEvent("w1", C, T,
            List.of("加大清运频次"), AT);

    private AggregateTestFixture<WorkReport> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(WorkReport.class);
    }

    @Test
    void a_report_is_delivered_then_deliberated_once() {
        fixture.givenNoPriorActivity()
                .when(new RecordWorkReportCommand("w1", C, T, "农业农村办", "人居环境整治", ReportingBody.PRESIDIUM, DAY, AT))
                .expectEvents(DELIVERED);
        fixture.givenNoPriorActivity()
                .when(new RecordWorkReportCommand("w1", C, T, "x", "y", ReportingBody.SESSION, DAY.plusDays(1), AT))
                .expectNoEvents().expectExceptionMessage("Only a report that was delivered can be recorded.");
        fixture.given(DELIVERED)
                .when(new RecordDeliberationOpinionsCommand("w1", C, List.of("加大清运频次"), AT))
                .expectEvents(DELIBERATED);
        fixture.given(DELIVERED, DELIBERATED)
                .when(new RecordDeliberationOpinionsCommand("w1", C, List.of("again"), AT))
                .expectNoEvents()
                .expectExceptionMessage("The deliberation opinions of this report are already recorded.");
        fixture.given(DELIVERED)
                .when(new RecordDeliberationOpinionsCommand("w1", C, List.of(), AT))
                .expectNoEvents().expectExceptionMessage("At least one deliberation opinion is needed.");
    }

    @Test
    void the_satisfaction_vote_is_optional_once_and_counts_are_sane() {
        fixture.given(DELIVERED)
                .when(new RecordSatisfactionVoteCommand("w1", C, 38, 12, 3, 1, AT))
                .expectEvents(new WorkReportSatisfactionVotedEvent("w1", C, T, 38, 12, 3, 1, AT));
        fixture.given(DELIVERED, new WorkReportSatisfactionVotedEvent("w1", C, T, 38, 12, 3, 1, AT))
                .when(new RecordSatisfactionVoteCommand("w1", C, 1, 0, 0, 0, AT))
                .expectNoEvents().expectExceptionMessage("The satisfaction vote on this report is already recorded.");
        fixture.given(DELIVERED)
                .when(new RecordSatisfactionVoteCommand("w1", C, 0, 0, 0, 0, AT))
                .expectNoEvents()
                .expectExceptionMessage("Counts cannot be negative and must add up to more than zero.");
        fixture.given(DELIVERED)
                .when(new RecordSatisfactionVoteCommand("w1", C, -1, 5, 0, 0, AT))
                .expectNoEvents()
                .expectExceptionMessage("Counts cannot be negative and must add up to more than zero.");
    }

    @Test
    void the_follow_up_closes_after_deliberation_when_every_item_is_done() {
        LocalDate due = LocalDate.parse("2024-09-30");
        RectificationItemAddedEvent item = new RectificationItemAddedEvent("w1", C, T, "r1", "建立长效机制", "镇农业农村办",
                due, AT);
        Instant late = Instant.parse("2024-10-08T02:00:00Z");
        fixture.given(DELIVERED)
                .when(new CloseWorkReportCommand("w1", C, AT))
                .expectNoEvents().expectExceptionMessage("A report's follow-up ends only after it was deliberated.");
        fixture.given(DELIVERED, DELIBERATED)
                .when(new AddWorkReportRectificationCommand("w1", C, "r1", "建立长效机制", "镇农业农村办", due, AT))
                .expectEvents(item);
        fixture.given(DELIVERED, DELIBERATED, item)
                .when(new CompleteWorkReportRectificationCommand("w1", C, "r1", "已建立", late))
                .expectEvents(new RectificationItemCompletedEvent("w1", C, T, "r1", "已建立", false, late));
        fixture.given(DELIVERED, DELIBERATED, item)
                .when(new CloseWorkReportCommand("w1", C, late))
                .expectNoEvents().expectExceptionMessage("1 rectification items are still open.");
        fixture.given(DELIVERED, DELIBERATED, item,
                        new RectificationItemCompletedEvent("w1", C, T, "r1", "已建立", false, late))
                .when(new CloseWorkReportCommand("w1", C, late))
                .expectEvents(new WorkReportClosedEvent("w1", C, T, 1, late));
        fixture.given(DELIVERED, DELIBERATED, new WorkReportClosedEvent("w1", C, T, 0, late))
                .when(new RecordSatisfactionVoteCommand("w1", C, 1, 0, 0, 0, late))
                .expectNoEvents().expectExceptionMessage("The report's follow-up is closed and cannot change.");
        fixture.given(DELIVERED)
                .when(new RecordSatisfactionVoteCommand("w1", "410328", 1, 0, 0, 0, AT))
                .expectNoEvents().expectExceptionMessage("The county has no such work report.");
    }
}
