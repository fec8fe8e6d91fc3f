package cn.renda.supervision.suggestion.command;

import cn.renda.platform.problem.DomainException;
import cn.renda.supervision.api.SuggestionCategory;
import cn.renda.supervision.api.events.SuggestionMadeDuringSessionEvent;
import cn.renda.supervision.api.events.SuggestionSubmittedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

class SuggestionTest {

    private static final Instant NOW = Instant.parse("2024-03-01T01:30:00Z");
    private AggregateTestFixture<Suggestion> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Suggestion.class);
    }

    @Test
    void a_suggestion_by_two_deputies_is_submitted_for_the_lead_deputys_township() {
        fixture.givenNoPriorActivity()
                .when(new SubmitSuggestionCommand("s1", "410327", "410327100", List.of("d1", "d2"), "修路", "村道破损",
                        SuggestionCategory.ROADS_TRANSPORT_WATER, NOW, null))
                .expectEvents(new SuggestionSubmittedEvent("s1", "410327", "410327100", List.of("d1", "d2"), "修路",
                        "村道破损", SuggestionCategory.ROADS_TRANSPORT_WATER, NOW));
    }

    @Test
    void a_suggestion_made_during_a_session_says_so() {
        fixture.givenNoPriorActivity()
                .when(new SubmitSuggestionCommand("s1", "410327", "410327100", List.of("d1"), "修路", "村道破损",
                        SuggestionCategory.ROADS_TRANSPORT_WATER, NOW, "session-1"))
                .expectEvents(new SuggestionSubmittedEvent("s1", "410327", "410327100", List.of("d1"), "修路",
                                "村道破损", SuggestionCategory.ROADS_TRANSPORT_WATER, NOW),
                        new SuggestionMadeDuringSessionEvent("s1", "410327", "410327100", "session-1", NOW));
    }

    @Test
    void a_suggestion_without_a_deputy_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new SubmitSuggestionCommand("s1", "410327", "410327100", List.of(), "修路", "村道破损",
                        SuggestionCategory.OTHER, NOW, null))
                .expectNoEvents()
                .expectException(DomainException.class);
    }

    @Test
    void a_deputy_listed_twice_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new SubmitSuggestionCommand("s1", "410327", "410327100", List.of("d1", "d1"), "修路", "村道破损",
                        SuggestionCategory.OTHER, NOW, null))
                .expectNoEvents()
                .expectException(DomainException.class)
                .expectExceptionMessage("A deputy may be listed only once.");
    }
}
