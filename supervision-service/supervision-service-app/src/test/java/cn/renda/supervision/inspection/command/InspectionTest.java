package cn.renda.supervision.inspection.command;

import cn.renda.platform.problem.DomainException;
import cn.renda.supervision.api.events.InspectionClosedEvent;
import cn.renda.supervision.api.events.InspectionFollowUpAssignedEvent;
import cn.renda.supervision.api.events.InspectionFollowUpCompletedEvent;
import cn.renda.supervision.api.events.InspectionRecordedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

class InspectionTest {

    static final String C = "410327";
    static final String T = "410327100";
    static final LocalDate DAY = LocalDate.parse("2024-04-18");
    static final Instant AT = Instant.parse("2024-04-18T09:00:00Z");
    static final LocalDate DUE = LocalDate.parse("2024-06-30");
    static final InspectionRecordedEvent RECORDED = new InspectionRecordedEvent("i1", C, T, "饮水安全", DAY,
            List.of("d1", "d2", "d3"), 3, "管网老化", AT);
    static final InspectionFollowUpAssignedEvent ITEM = new InspectionFollowUpAssignedEvent("i1", C, T, "f1",
            "更换管网", "王副镇长", DUE, AT);

    private AggregateTestFixture<Inspection> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Inspection.class);
    }

    @Test
    void an_inspection_counts_one_person_time_per_deputy() {
        fixture.givenNoPriorActivity()
                .when(new RecordInspectionCommand("i1", C, T, "饮水安全", DAY, List.of("d1", "d2", "d3"), "管网老化", AT))
                .expectEvents(RECORDED);
    }

    @Test
    void an_inspection_without_deputies_twice_the_same_deputy_in_the_future_or_elsewhere_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new RecordInspectionCommand("i1", C, T, "x", DAY, List.of(), null, AT))
                .expectNoEvents().expectException(DomainException.class)
                .expectExceptionMessage("At least one deputy must take part in the inspection.");
        fixture.givenNoPriorActivity()
                .when(new RecordInspectionCommand("i1", C, T, "x", DAY, List.of("d1", "d1"), null, AT))
                .expectNoEvents().expectExceptionMessage("A deputy may be listed only once.");
        fixture.givenNoPriorActivity()
                .when(new RecordInspectionCommand("i1", C, T, "x", DAY.plusDays(1), List.of("d1"), null, AT))
                .expectNoEvents().expectExceptionMessage("Only an inspection that took place can be recorded.");
        fixture.givenNoPriorActivity()
                .when(new RecordInspectionCommand("i1", C, "410328100", "x", DAY, List.of("d1"), null, AT))
                .expectNoEvents().expectExceptionMessage("The inspected township must be in the county.");
    }

    @Test
    void a_follow_up_item_goes_to_a_responsible_official_with_a_deadline_after_the_inspection() {
        fixture.given(RECORDED)
                .when(new AssignInspectionFollowUpCommand("i1", C, "f1", "更换管网", "王副镇长", DUE, AT))
                .expectEvents(ITEM);
        fixture.given(RECORDED)
                .when(new AssignInspectionFollowUpCommand("i1", C, "f1", "x", "王", DAY, AT))
                .expectNoEvents().expectExceptionMessage("The deadline must be after the inspection date.");
        fixture.given(RECORDED, ITEM)
                .when(new AssignInspectionFollowUpCommand("i1", C, "f1", "x", "王", DUE, AT))
                .expectNoEvents().expectExceptionMessage("The follow-up item id is already used.");
    }

    @Test
    void a_follow_up_item_is_completed_once_on_time_or_late() {
        Instant onTime = Instant.parse("2024-06-20T01:00:00Z");
        Instant late = Instant.parse("2024-07-01T01:00:00Z");
        fixture.given(RECORDED, ITEM)
                .when(new CompleteInspectionFollowUpCommand("i1", C, "f1", "已更换", onTime))
                .expectEvents(new InspectionFollowUpCompletedEvent("i1", C, T, "f1", "已更换", true, onTime));
        fixture.given(RECORDED, ITEM)
                .when(new CompleteInspectionFollowUpCommand("i1", C, "f1", "已更换", late))
                .expectEvents(new InspectionFollowUpCompletedEvent("i1", C, T, "f1", "已更换", false, late));
        fixture.given(RECORDED, ITEM, new InspectionFollowUpCompletedEvent("i1", C, T, "f1", "已更换", true, onTime))
                .when(new CompleteInspectionFollowUpCommand("i1", C, "f1", "again", late))
                .expectNoEvents().expectExceptionMessage("The inspection has no such open follow-up item.");
    }

    @Test
    void an_inspection_closes_only_when_every_item_is_done_and_then_changes_no_more() {
        InspectionFollowUpCompletedEvent done = new InspectionFollowUpCompletedEvent("i1", C, T, "f1", "ok", true, AT);
        fixture.given(RECORDED, ITEM)
                .when(new CloseInspectionCommand("i1", C, AT))
                .expectNoEvents().expectException(DomainException.class)
                .expectExceptionMessage("1 follow-up items are still open.");
        fixture.given(RECORDED, ITEM, done)
                .when(new CloseInspectionCommand("i1", C, AT))
                .expectEvents(new InspectionClosedEvent("i1", C, T, 1, AT));
        fixture.given(RECORDED, ITEM, done, new InspectionClosedEvent("i1", C, T, 1, AT))
                .when(new AssignInspectionFollowUpCommand("i1", C, "f2", "x", "王", DUE, AT))
                .expectNoEvents().expectExceptionMessage("The inspection is closed and cannot change.");
        fixture.given(RECORDED)
                .when(new CloseInspectionCommand("i1", "410328", AT))
                .expectNoEvents().expectExceptionMessage("The county has no such inspection.");
    }
}
