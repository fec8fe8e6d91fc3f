package cn.renda.supervision.calendar.command;

import cn.renda.platform.problem.DomainException;
import cn.renda.supervision.api.DeadlineUnit;
import cn.renda.supervision.api.events.CalendarDayOverriddenEvent;
import cn.renda.supervision.api.events.SuggestionDeadlineRuleConfiguredEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

class CountyCalendarTest {

    static final Instant AT = Instant.parse("2024-01-02T01:00:00Z");
    private AggregateTestFixture<CountyCalendar> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CountyCalendar.class);
    }

    @Test
    void a_county_overrides_a_day_and_later_another() {
        LocalDate day = LocalDate.parse("2024-04-05");
        fixture.givenNoPriorActivity()
                .when(new OverrideCalendarDayCommand("410327", day, false, "县内放假", AT))
                .expectEvents(new CalendarDayOverriddenEvent("410327", day, false, "县内放假", AT));
        fixture.given(new CalendarDayOverriddenEvent("410327", day, false, "县内放假", AT))
                .when(new OverrideCalendarDayCommand("410327", day.plusDays(1), true, "补班", AT))
                .expectEvents(new CalendarDayOverriddenEvent("410327", day.plusDays(1), true, "补班", AT));
    }

    @Test
    void a_deadline_rule_of_at_most_six_months_is_configured() {
        fixture.givenNoPriorActivity()
                .when(new ConfigureSuggestionDeadlineRuleCommand("410327", DeadlineUnit.CALENDAR_MONTHS, 6, 10, AT))
                .expectEvents(new SuggestionDeadlineRuleConfiguredEvent("410327", DeadlineUnit.CALENDAR_MONTHS, 6, 10, AT));
        fixture.givenNoPriorActivity()
                .when(new ConfigureSuggestionDeadlineRuleCommand("410327", DeadlineUnit.CALENDAR_MONTHS, 7, 10, AT))
                .expectNoEvents().expectException(DomainException.class);
        fixture.givenNoPriorActivity()
                .when(new ConfigureSuggestionDeadlineRuleCommand("410327", DeadlineUnit.WORKING_DAYS, 127, 5, AT))
                .expectNoEvents().expectException(DomainException.class);
        fixture.givenNoPriorActivity()
                .when(new ConfigureSuggestionDeadlineRuleCommand("410327", DeadlineUnit.WORKING_DAYS, 60, 0, AT))
                .expectNoEvents().expectException(DomainException.class);
    }
}
