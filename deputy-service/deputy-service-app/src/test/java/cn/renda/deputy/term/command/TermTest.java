package cn.renda.deputy.term.command;

import cn.renda.deputy.api.events.TermOpenedEvent;
import cn.renda.platform.problem.DomainException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

class TermTest {

    private static final LocalDate START = LocalDate.parse("2021-11-20");
    private AggregateTestFixture<Term> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Term.class);
    }

    @Test
    void the_first_term_of_a_township_runs_five_years_from_its_start() {
        fixture.givenNoPriorActivity()
                .when(new OpenTermCommand("410327100-13", "410327", "410327100", 13, START, null, null))
                .expectEvents(new TermOpenedEvent("410327100-13", "410327", "410327100", 13, START,
                        LocalDate.parse("2026-11-19")));
    }

    @Test
    void a_leap_day_start_ends_the_day_before_the_fifth_anniversary() {
        LocalDate leap = LocalDate.parse("2024-02-29");
        fixture.givenNoPriorActivity()
                .when(new OpenTermCommand("410327100-14", "410327", "410327100", 14, leap, null, null))
                .expectEvents(new TermOpenedEvent("410327100-14", "410327", "410327100", 14, leap,
                        LocalDate.parse("2029-02-27")));
    }

    @Test
    void the_next_term_follows_the_latest_one() {
        LocalDate next = LocalDate.parse("2026-11-18");
        fixture.givenNoPriorActivity()
                .when(new OpenTermCommand("410327100-14", "410327", "410327100", 14, next, 13, START))
                .expectEvents(new TermOpenedEvent("410327100-14", "410327", "410327100", 14, next,
                        LocalDate.parse("2031-11-17")));
    }

    @Test
    void a_term_that_skips_a_number_or_goes_back_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new OpenTermCommand("410327100-15", "410327", "410327100", 15, START.plusYears(5), 13, START))
                .expectNoEvents()
                .expectExceptionMessage("The township's latest term is 13; only term 14 can begin next.");
        fixture.givenNoPriorActivity()
                .when(new OpenTermCommand("410327100-12", "410327", "410327100", 12, START.minusYears(5), 13, START))
                .expectNoEvents()
                .expectExceptionMessage("The township's latest term is 13; only term 14 can begin next.");
    }

    @Test
    void a_term_starting_on_or_before_the_previous_one_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new OpenTermCommand("410327100-14", "410327", "410327100", 14, START, 13, START))
                .expectNoEvents()
                .expectExceptionMessage("Term 14 must start after term 13 began on 2021-11-20.");
    }

    @Test
    void a_term_outside_the_county_or_with_an_impossible_number_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new OpenTermCommand("410328100-13", "410327", "410328100", 13, START, null, null))
                .expectNoEvents()
                .expectException(DomainException.class)
                .expectExceptionMessage("Township 410328100 is not in county 410327.");
        fixture.givenNoPriorActivity()
                .when(new OpenTermCommand("410327100-0", "410327", "410327100", 0, START, null, null))
                .expectNoEvents()
                .expectExceptionMessage("A term number is between 1 and 99.");
    }
}
