package cn.renda.supervision.enforcement.command;

import cn.renda.supervision.api.events.EnforcementInspectionClosedEvent;
import cn.renda.supervision.api.events.EnforcementInspectionRecordedEvent;
import cn.renda.supervision.api.events.RectificationItemAddedEvent;
import cn.renda.supervision.api.events.RectificationItemCompletedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

class EnforcementInspectionTest {

    static final String C = "410327";
    static final LocalDate START = LocalDate.parse("2024-05-20");
    static final LocalDate DUE = LocalDate.parse("2024-07-31");
    static final Instant AT = Instant.parse("2024-05-24T08:00:00Z");
    static final EnforcementInspectionRecordedEvent RECORDED = new EnforcementInspectionRecordedEvent("e1", C, null,
            "食品安全法", "学校食堂", START, List.of("d1"), "健康证过期", AT);
    static final RectificationItemAddedEvent ITEM = new RectificationItemAddedEvent("e1", C, null, "r1", "换发健康证",
            "县市场监督管理局", DUE, AT);

    private AggregateTestFixture<EnforcementInspection> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(EnforcementInspection.class);
    }

    @Test
    void a_county_wide_enforcement_inspection_is_recorded() {
        fixture.givenNoPriorActivity()
                .when(new RecordEnforcementInspectionCommand("e1", C, null, "食品安全法", "学校食堂", START,
                        List.of("d1"), "健康证过期", AT))
                .expectEvents(RECORDED);
        fixture.givenNoPriorActivity()
                .when(new RecordEnforcementInspectionCommand("e1", C, "410328100", "x", "y", START, List.of(), null, AT))
                .expectNoEvents().expectExceptionMessage("The township must be in the county.");
        fixture.givenNoPriorActivity()
                .when(new RecordEnforcementInspectionCommand("e1", C, null, "x", "y", LocalDate.parse("2024-06-01"),
                        List.of(), null, AT))
                .expectNoEvents()
                .expectExceptionMessage("Only an enforcement inspection that has started can be recorded.");
    }

    @Test
    void rectification_items_are_added_completed_and_then_the_inspection_closes() {
        Instant done = Instant.parse("2024-07-15T01:00:00Z");
        fixture.given(RECORDED)
                .when(new AddEnforcementRectificationCommand("e1", C, "r1", "换发健康证", "县市场监督管理局", DUE, AT))
                .expectEvents(ITEM);
        fixture.given(RECORDED, ITEM)
                .when(new AddEnforcementRectificationCommand("e1", C, "r1", "x", "y", DUE, AT))
                .expectNoEvents().expectExceptionMessage("The rectification item id is already used.");
        fixture.given(RECORDED)
                .when(new AddEnforcementRectificationCommand("e1", C, "r2", "x", "y", START, AT))
                .expectNoEvents()
                .expectExceptionMessage("The deadline must be after the day of the inspection or report.");
        fixture.given(RECORDED, ITEM)
                .when(new CloseEnforcementInspectionCommand("e1", C, done))
                .expectNoEvents().expectExceptionMessage("1 rectification items are still open.");
        fixture.given(RECORDED, ITEM)
                .when(new CompleteEnforcementRectificationCommand("e1", C, "r1", "已换发", done))
                .expectEvents(new RectificationItemCompletedEvent("e1", C, null, "r1", "已换发", true, done));
        fixture.given(RECORDED, ITEM, new RectificationItemCompletedEvent("e1", C, null, "r1", "已换发", true, done))
                .when(new CompleteEnforcementRectificationCommand("e1", C, "r1", "again", done))
                .expectNoEvents().expectExceptionMessage("There is no such open rectification item.");
        fixture.given(RECORDED, ITEM, new RectificationItemCompletedEvent("e1", C, null, "r1", "已换发", true, done))
                .when(new CloseEnforcementInspectionCommand("e1", C, done))
                .expectEvents(new EnforcementInspectionClosedEvent("e1", C, null, 1, done));
        fixture.given(RECORDED, new EnforcementInspectionClosedEvent("e1", C, null, 0, done))
                .when(new AddEnforcementRectificationCommand("e1", C, "r3", "x", "y", DUE, done))
                .expectNoEvents().expectExceptionMessage("The enforcement inspection is closed and cannot change.");
    }
}
