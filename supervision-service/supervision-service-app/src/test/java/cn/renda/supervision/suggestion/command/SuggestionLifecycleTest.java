package cn.renda.supervision.suggestion.command;

import cn.renda.platform.problem.DomainException;
import cn.renda.supervision.api.Rating;
import cn.renda.supervision.api.ReplyResult;
import cn.renda.supervision.api.SuggestionCategory;
import cn.renda.supervision.api.events.SuggestionAssignedEvent;
import cn.renda.supervision.api.events.SuggestionCarriedOverEvent;
import cn.renda.supervision.api.events.SuggestionClosedEvent;
import cn.renda.supervision.api.events.SuggestionDueSoonEvent;
import cn.renda.supervision.api.events.SuggestionFlaggedEvent;
import cn.renda.supervision.api.events.SuggestionOverdueEvent;
import cn.renda.supervision.api.events.SuggestionRatedEvent;
import cn.renda.supervision.api.events.SuggestionReHandlingStartedEvent;
import cn.renda.supervision.api.events.SuggestionRepliedEvent;
import cn.renda.supervision.api.events.SuggestionSubmittedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Every transition of a suggestion after submission, and every refusal. */
class SuggestionLifecycleTest {

    static final String C = "410327";
    static final String T = "410327100";
    static final Instant SUBMITTED = Instant.parse("2024-03-01T01:30:00Z");
    static final Instant ASSIGNED = Instant.parse("2024-03-04T02:00:00Z");
    static final LocalDate DEADLINE = LocalDate.parse("2024-06-04");
    static final Instant REPLIED = Instant.parse("2024-05-10T02:00:00Z");
    static final Instant LATER = Instant.parse("2024-05-20T02:00:00Z");
    static final LocalDate NEW_DEADLINE = LocalDate.parse("2024-08-20");

    private AggregateTestFixture<Suggestion> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Suggestion.class);
    }

    static SuggestionSubmittedEvent submitted() {
        return new SuggestionSubmittedEvent("s1", C, T, List.of("d1", "d2"), "修路", "村道破损",
                SuggestionCategory.ROADS_TRANSPORT_WATER, SUBMITTED);
    }

    static SuggestionAssignedEvent assigned() {
        return new SuggestionAssignedEvent("s1", C, T, "u1", List.of("u2"), "李副镇长", DEADLINE, ASSIGNED);
    }

    static SuggestionRepliedEvent replied(int round, ReplyResult result) {
        return new SuggestionRepliedEvent("s1", C, T, "u1", round, result, "已列入计划", null, true, REPLIED);
    }

    static SuggestionRatedEvent rated(String deputy, int round, Rating rating) {
        return new SuggestionRatedEvent("s1", C, T, deputy, round, rating, null, LATER);
    }

    static SuggestionReHandlingStartedEvent reHandling() {
        return new SuggestionReHandlingStartedEvent("s1", C, T, 2, "不满意", NEW_DEADLINE, LATER);
    }

    private void refused(ResultValidator<Suggestion> result, String message) {
        result.expectNoEvents().expectException(DomainException.class).expectExceptionMessage(message);
    }

    // ---- assignment

    @Test
    void a_submitted_suggestion_is_assigned_to_a_lead_and_co_handling_units_with_a_deadline() {
        fixture.given(submitted())
                .when(new AssignSuggestionCommand("s1", C, "u1", List.of("u2"), "李副镇长", DEADLINE, ASSIGNED))
                .expectEvents(assigned());
    }

    @Test
    void a_suggestion_is_assigned_only_once() {
        refused(fixture.given(submitted(), assigned())
                .when(new AssignSuggestionCommand("s1", C, "u3", List.of(), "王", DEADLINE, ASSIGNED)),
                "The suggestion has already been assigned.");
    }

    @Test
    void the_lead_unit_cannot_also_be_a_co_handling_unit() {
        refused(fixture.given(submitted())
                .when(new AssignSuggestionCommand("s1", C, "u1", List.of("u1"), "李", DEADLINE, ASSIGNED)),
                "The lead unit cannot also be a co-handling unit.");
    }

    @Test
    void a_co_handling_unit_is_listed_once() {
        refused(fixture.given(submitted())
                .when(new AssignSuggestionCommand("s1", C, "u1", List.of("u2", "u2"), "李", DEADLINE, ASSIGNED)),
                "A co-handling unit may be listed only once.");
    }

    @Test
    void a_suggestion_cannot_be_assigned_before_it_was_submitted() {
        refused(fixture.given(submitted())
                .when(new AssignSuggestionCommand("s1", C, "u1", List.of(), "李", DEADLINE,
                        Instant.parse("2024-02-28T02:00:00Z"))),
                "A suggestion cannot be assigned before the day it was submitted.");
    }

    @Test
    void a_deadline_on_or_before_the_day_of_assignment_is_refused() {
        refused(fixture.given(submitted())
                .when(new AssignSuggestionCommand("s1", C, "u1", List.of(), "李", LocalDate.parse("2024-03-04"),
                        ASSIGNED)),
                "The deadline must be after the day of assignment.");
    }

    @Test
    void a_deadline_more_than_six_months_away_is_refused() {
        refused(fixture.given(submitted())
                .when(new AssignSuggestionCommand("s1", C, "u1", List.of(), "李", LocalDate.parse("2024-10-01"),
                        ASSIGNED)),
                "A suggestion's deadline is at most 6 months after assignment.");
    }

    @Test
    void another_countys_command_finds_no_suggestion() {
        refused(fixture.given(submitted())
                .when(new AssignSuggestionCommand("s1", "410328", "u1", List.of(), "李", DEADLINE, ASSIGNED)),
                "The county has no such suggestion.");
    }

    // ---- flag

    @Test
    void a_suggestion_is_flagged_for_supervision_once() {
        fixture.given(submitted(), assigned())
                .when(new FlagSuggestionCommand("s1", C, "重点督办", LATER))
                .expectEvents(new SuggestionFlaggedEvent("s1", C, T, "重点督办", LATER));
        refused(fixture.given(submitted(), new SuggestionFlaggedEvent("s1", C, T, "重点督办", LATER))
                .when(new FlagSuggestionCommand("s1", C, "again", LATER)),
                "The suggestion is already flagged for supervision.");
    }

    // ---- reply

    @Test
    void the_lead_unit_replies_on_time() {
        fixture.given(submitted(), assigned())
                .when(new ReplyToSuggestionCommand("s1", C, "u1", ReplyResult.PLANNED, "已列入计划", null, REPLIED))
                .expectEvents(replied(1, ReplyResult.PLANNED));
    }

    @Test
    void a_reply_after_the_deadline_in_china_time_is_late() {
        // 2024-06-04T16:30Z is already June 5 in China
        Instant late = Instant.parse("2024-06-04T16:30:00Z");
        fixture.given(submitted(), assigned())
                .when(new ReplyToSuggestionCommand("s1", C, "u1", ReplyResult.RESOLVED, "已修复", null, late))
                .expectEvents(new SuggestionRepliedEvent("s1", C, T, "u1", 1, ReplyResult.RESOLVED, "已修复", null,
                        false, late));
    }

    @Test
    void a_reply_before_assignment_is_refused() {
        refused(fixture.given(submitted())
                .when(new ReplyToSuggestionCommand("s1", C, "u1", ReplyResult.RESOLVED, "x", null, REPLIED)),
                "A unit can reply only after the suggestion was assigned.");
    }

    @Test
    void a_reply_by_a_unit_it_was_not_assigned_to_is_refused() {
        refused(fixture.given(submitted(), assigned())
                .when(new ReplyToSuggestionCommand("s1", C, "u9", ReplyResult.RESOLVED, "x", null, REPLIED)),
                "The suggestion was not assigned to this unit.");
    }

    @Test
    void a_co_handling_unit_does_not_reply() {
        refused(fixture.given(submitted(), assigned())
                .when(new ReplyToSuggestionCommand("s1", C, "u2", ReplyResult.RESOLVED, "x", null, REPLIED)),
                "A co-handling unit cannot reply; the lead unit replies.");
    }

    @Test
    void cannot_be_resolved_now_needs_the_reasons() {
        refused(fixture.given(submitted(), assigned())
                .when(new ReplyToSuggestionCommand("s1", C, "u1", ReplyResult.CANNOT_RESOLVE_NOW, "x", " ", REPLIED)),
                "A reply that cannot resolve it now must give the reasons.");
    }

    @Test
    void a_round_is_replied_once() {
        refused(fixture.given(submitted(), assigned(), replied(1, ReplyResult.PLANNED))
                .when(new ReplyToSuggestionCommand("s1", C, "u1", ReplyResult.RESOLVED, "x", null, LATER)),
                "This round was already replied; after a dissatisfied rating it can be re-handled and replied again.");
    }

    // ---- ratings

    @Test
    void a_submitting_deputy_rates_the_reply() {
        fixture.given(submitted(), assigned(), replied(1, ReplyResult.PLANNED))
                .when(new RateSuggestionCommand("s1", C, "d2", Rating.BASICALLY_SATISFIED, null, LATER))
                .expectEvents(rated("d2", 1, Rating.BASICALLY_SATISFIED));
    }

    @Test
    void a_rating_before_a_reply_is_refused() {
        refused(fixture.given(submitted(), assigned())
                .when(new RateSuggestionCommand("s1", C, "d1", Rating.SATISFIED, null, LATER)),
                "Deputies rate a suggestion only after the unit replied.");
    }

    @Test
    void a_rating_by_a_deputy_who_did_not_submit_it_is_refused() {
        refused(fixture.given(submitted(), assigned(), replied(1, ReplyResult.PLANNED))
                .when(new RateSuggestionCommand("s1", C, "d9", Rating.SATISFIED, null, LATER)),
                "Only the deputies who submitted the suggestion rate its reply.");
    }

    @Test
    void a_deputy_rates_a_round_once() {
        refused(fixture.given(submitted(), assigned(), replied(1, ReplyResult.PLANNED),
                        rated("d1", 1, Rating.SATISFIED))
                .when(new RateSuggestionCommand("s1", C, "d1", Rating.DISSATISFIED, null, LATER)),
                "The deputy already rated this round's reply.");
    }

    // ---- re-handling

    @Test
    void a_dissatisfied_rating_lets_the_suggestion_be_handled_again_in_a_new_round() {
        fixture.given(submitted(), assigned(), replied(1, ReplyResult.PLANNED), rated("d1", 1, Rating.DISSATISFIED))
                .when(new StartReHandlingCommand("s1", C, "不满意", NEW_DEADLINE, LATER))
                .expectEvents(reHandling());
    }

    @Test
    void re_handling_without_a_dissatisfied_rating_is_refused() {
        refused(fixture.given(submitted(), assigned(), replied(1, ReplyResult.PLANNED), rated("d1", 1, Rating.SATISFIED))
                .when(new StartReHandlingCommand("s1", C, "x", NEW_DEADLINE, LATER)),
                "A suggestion is re-handled only after a dissatisfied rating.");
    }

    @Test
    void re_handling_before_a_reply_is_refused() {
        refused(fixture.given(submitted(), assigned())
                .when(new StartReHandlingCommand("s1", C, "x", NEW_DEADLINE, LATER)),
                "Only a replied suggestion can be handled again.");
    }

    @Test
    void after_re_handling_the_lead_unit_replies_again_and_the_deputies_rate_the_new_round() {
        fixture.given(submitted(), assigned(), replied(1, ReplyResult.PLANNED), rated("d1", 1, Rating.DISSATISFIED),
                        reHandling())
                .when(new ReplyToSuggestionCommand("s1", C, "u1", ReplyResult.RESOLVED, "已修复", null, LATER))
                .expectEvents(new SuggestionRepliedEvent("s1", C, T, "u1", 2, ReplyResult.RESOLVED, "已修复", null,
                        true, LATER));
        fixture.given(submitted(), assigned(), replied(1, ReplyResult.PLANNED), rated("d1", 1, Rating.DISSATISFIED),
                        reHandling(), new SuggestionRepliedEvent("s1", C, T, "u1", 2, ReplyResult.RESOLVED, "已修复",
                                null, true, LATER))
                .when(new RateSuggestionCommand("s1", C, "d1", Rating.SATISFIED, null, LATER))
                .expectEvents(rated("d1", 2, Rating.SATISFIED));
    }

    @Test
    void a_rating_while_being_handled_again_is_refused() {
        refused(fixture.given(submitted(), assigned(), replied(1, ReplyResult.PLANNED),
                        rated("d1", 1, Rating.DISSATISFIED), reHandling())
                .when(new RateSuggestionCommand("s1", C, "d2", Rating.SATISFIED, null, LATER)),
                "Deputies rate a suggestion only after the unit replied.");
    }

    // ---- carry-over

    @Test
    void an_unfinished_suggestion_carries_over_into_the_next_year_once() {
        Instant jan = Instant.parse("2025-01-02T01:00:00Z");
        fixture.given(submitted(), assigned())
                .when(new CarryOverSuggestionCommand("s1", C, 2025, jan))
                .expectEvents(new SuggestionCarriedOverEvent("s1", C, T, 2024, 2025, jan));
        refused(fixture.given(submitted(), assigned(), new SuggestionCarriedOverEvent("s1", C, T, 2024, 2025, jan))
                .when(new CarryOverSuggestionCommand("s1", C, 2025, jan)),
                "The suggestion is already tracked in 2025.");
        refused(fixture.given(submitted(), assigned())
                .when(new CarryOverSuggestionCommand("s1", C, 2026, jan)),
                "An unfinished suggestion carries over into 2025 only.");
    }

    // ---- closure

    @Test
    void a_replied_and_satisfied_suggestion_is_closed_with_its_worst_rating() {
        fixture.given(submitted(), assigned(), replied(1, ReplyResult.RESOLVED), rated("d1", 1, Rating.SATISFIED),
                        rated("d2", 1, Rating.BASICALLY_SATISFIED))
                .when(new CloseSuggestionCommand("s1", C, LATER))
                .expectEvents(new SuggestionClosedEvent("s1", C, T, ReplyResult.RESOLVED, Rating.BASICALLY_SATISFIED,
                        1, LATER));
    }

    @Test
    void closure_before_a_reply_is_refused() {
        refused(fixture.given(submitted(), assigned())
                .when(new CloseSuggestionCommand("s1", C, LATER)),
                "A suggestion is closed only after the unit replied.");
    }

    @Test
    void a_dissatisfied_suggestion_must_be_handled_again_before_closure() {
        refused(fixture.given(submitted(), assigned(), replied(1, ReplyResult.PLANNED),
                        rated("d1", 1, Rating.DISSATISFIED))
                .when(new CloseSuggestionCommand("s1", C, LATER)),
                "A deputy was dissatisfied: the suggestion must be handled again once before it is closed.");
    }

    @Test
    void after_one_re_handling_a_still_dissatisfied_suggestion_can_be_closed() {
        fixture.given(submitted(), assigned(), replied(1, ReplyResult.PLANNED), rated("d1", 1, Rating.DISSATISFIED),
                        reHandling(), replied(2, ReplyResult.CANNOT_RESOLVE_NOW), rated("d1", 2, Rating.DISSATISFIED))
                .when(new CloseSuggestionCommand("s1", C, LATER))
                .expectEvents(new SuggestionClosedEvent("s1", C, T, ReplyResult.CANNOT_RESOLVE_NOW,
                        Rating.DISSATISFIED, 2, LATER));
    }

    @Test
    void a_closed_suggestion_changes_no_more() {
        SuggestionClosedEvent closed = new SuggestionClosedEvent("s1", C, T, ReplyResult.RESOLVED, null, 1, LATER);
        String msg = "The suggestion is closed and cannot change.";
        refused(fixture.given(submitted(), assigned(), replied(1, ReplyResult.RESOLVED), closed)
                .when(new CloseSuggestionCommand("s1", C, LATER)), msg);
        refused(fixture.given(submitted(), assigned(), replied(1, ReplyResult.RESOLVED), closed)
                .when(new RateSuggestionCommand("s1", C, "d1", Rating.SATISFIED, null, LATER)), msg);
        refused(fixture.given(submitted(), assigned(), replied(1, ReplyResult.RESOLVED), closed)
                .when(new FlagSuggestionCommand("s1", C, "x", LATER)), msg);
        refused(fixture.given(submitted(), assigned(), replied(1, ReplyResult.RESOLVED), closed)
                .when(new CarryOverSuggestionCommand("s1", C, 2025, LATER)), msg);
        fixture.given(submitted(), assigned(), replied(1, ReplyResult.RESOLVED), closed)
                .when(new MarkSuggestionOverdueCommand("s1", C, DEADLINE, Instant.parse("2024-07-01T00:00:00Z")))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    // ---- due soon and overdue (sent by the sweep; idempotent)

    @Test
    void due_soon_is_raised_once_per_deadline() {
        Instant at = Instant.parse("2024-05-28T00:00:00Z");
        fixture.given(submitted(), assigned(), new SuggestionFlaggedEvent("s1", C, T, "重点", LATER))
                .when(new MarkSuggestionDueSoonCommand("s1", C, DEADLINE, at))
                .expectEvents(new SuggestionDueSoonEvent("s1", C, T, "u1", true, DEADLINE, at));
        fixture.given(submitted(), assigned(), new SuggestionDueSoonEvent("s1", C, T, "u1", false, DEADLINE, at))
                .when(new MarkSuggestionDueSoonCommand("s1", C, DEADLINE, at))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void overdue_is_raised_once_the_day_after_the_deadline_in_china() {
        Instant sameDay = Instant.parse("2024-06-04T15:59:00Z");   // 23:59 on June 4 in China
        Instant nextDay = Instant.parse("2024-06-04T16:00:00Z");   // 00:00 on June 5 in China
        fixture.given(submitted(), assigned())
                .when(new MarkSuggestionOverdueCommand("s1", C, DEADLINE, sameDay))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(submitted(), assigned())
                .when(new MarkSuggestionOverdueCommand("s1", C, DEADLINE, nextDay))
                .expectEvents(new SuggestionOverdueEvent("s1", C, T, "u1", false, DEADLINE, nextDay));
        fixture.given(submitted(), assigned(), new SuggestionOverdueEvent("s1", C, T, "u1", false, DEADLINE, nextDay))
                .when(new MarkSuggestionOverdueCommand("s1", C, DEADLINE, nextDay.plusSeconds(3600)))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void a_replied_suggestion_or_an_old_deadline_raises_nothing() {
        Instant july = Instant.parse("2024-07-01T00:00:00Z");
        fixture.given(submitted(), assigned(), replied(1, ReplyResult.PLANNED))
                .when(new MarkSuggestionOverdueCommand("s1", C, DEADLINE, july))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(submitted(), assigned(), replied(1, ReplyResult.PLANNED), rated("d1", 1, Rating.DISSATISFIED),
                        reHandling())
                .when(new MarkSuggestionOverdueCommand("s1", C, DEADLINE, july))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void the_new_round_of_a_re_handled_suggestion_can_be_overdue_again() {
        Instant sept = Instant.parse("2024-09-01T00:00:00Z");
        fixture.given(submitted(), assigned(),
                        new SuggestionOverdueEvent("s1", C, T, "u1", false, DEADLINE, Instant.parse("2024-06-05T00:00:00Z")),
                        replied(1, ReplyResult.PLANNED), rated("d1", 1, Rating.DISSATISFIED), reHandling())
                .when(new MarkSuggestionOverdueCommand("s1", C, NEW_DEADLINE, sept))
                .expectEvents(new SuggestionOverdueEvent("s1", C, T, "u1", false, NEW_DEADLINE, sept));
    }
}
