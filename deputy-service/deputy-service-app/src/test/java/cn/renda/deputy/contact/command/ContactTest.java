package cn.renda.deputy.contact.command;

import cn.renda.deputy.api.events.DeputyReportedToVotersEvent;
import cn.renda.deputy.api.events.HomeVisitMadeEvent;
import cn.renda.deputy.api.events.ReceptionDayHeldEvent;
import cn.renda.platform.problem.DomainException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

class ContactTest {

    private static final Instant NOW = Instant.parse("2024-03-05T01:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2024-03-05");

    @Test
    void a_reception_day_is_recorded_with_deputies_visitors_and_issues() {
        new AggregateTestFixture<>(ReceptionDay.class).givenNoPriorActivity()
                .when(new RecordReceptionDayCommand("r1", "410327", "410327100", TODAY, "代表之家", List.of("d1", "d2", "d1"),
                        12, List.of("路灯损坏"), NOW))
                .expectEvents(new ReceptionDayHeldEvent("r1", "410327", "410327100", TODAY, "代表之家",
                        List.of("d1", "d2"), 12, List.of("路灯损坏")));
    }

    @Test
    void a_reception_day_in_the_future_or_without_deputies_is_refused() {
        new AggregateTestFixture<>(ReceptionDay.class).givenNoPriorActivity()
                .when(new RecordReceptionDayCommand("r1", "410327", "410327100", TODAY.plusDays(1), null, List.of("d1"),
                        3, List.of(), NOW))
                .expectNoEvents().expectException(DomainException.class);
        new AggregateTestFixture<>(ReceptionDay.class).givenNoPriorActivity()
                .when(new RecordReceptionDayCommand("r1", "410327", "410327100", TODAY, null, List.of(), 3, List.of(), NOW))
                .expectNoEvents().expectExceptionMessage("At least one deputy must take part.");
    }

    @Test
    void a_home_visit_covers_at_least_one_household() {
        new AggregateTestFixture<>(HomeVisit.class).givenNoPriorActivity()
                .when(new RecordHomeVisitCommand("v1", "410327", "410327100", TODAY, List.of("d1"), 8, List.of("低保"), NOW))
                .expectEvents(new HomeVisitMadeEvent("v1", "410327", "410327100", TODAY, List.of("d1"), 8, List.of("低保")));
        new AggregateTestFixture<>(HomeVisit.class).givenNoPriorActivity()
                .when(new RecordHomeVisitCommand("v1", "410327", "410327100", TODAY, List.of("d1"), 0, List.of(), NOW))
                .expectNoEvents().expectException(DomainException.class);
    }

    @Test
    void a_report_to_voters_cannot_have_more_evaluations_than_voters() {
        new AggregateTestFixture<>(VoterReport.class).givenNoPriorActivity()
                .when(new RecordVoterReportCommand("p1", "410327", "410327100", "d1", TODAY, 45, 38, 6, 1, NOW))
                .expectEvents(new DeputyReportedToVotersEvent("p1", "410327", "410327100", "d1", TODAY, 45, 38, 6, 1));
        new AggregateTestFixture<>(VoterReport.class).givenNoPriorActivity()
                .when(new RecordVoterReportCommand("p1", "410327", "410327100", "d1", TODAY, 45, 40, 6, 1, NOW))
                .expectNoEvents().expectException(DomainException.class);
    }
}
