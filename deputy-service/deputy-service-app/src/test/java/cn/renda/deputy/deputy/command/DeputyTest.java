package cn.renda.deputy.deputy.command;

import cn.renda.deputy.api.Gender;
import cn.renda.deputy.api.Occupation;
import cn.renda.deputy.api.events.DeputyRegisteredEvent;
import cn.renda.platform.problem.DomainException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

class DeputyTest {

    private static final Instant NOW = Instant.parse("2024-01-15T02:00:00Z");
    private AggregateTestFixture<Deputy> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Deputy.class);
    }

    @Test
    void a_deputy_is_registered_as_serving_in_a_township_of_the_county() {
        fixture.givenNoPriorActivity()
                .when(new RegisterDeputyCommand("d1", "410327", "410327100", "王建华", Gender.MALE, 1972,
                        Occupation.FARMER, NOW))
                .expectEvents(new DeputyRegisteredEvent("d1", "410327", "410327100", "王建华", Gender.MALE, 1972,
                        Occupation.FARMER, NOW));
    }

    @Test
    void a_deputy_in_a_township_of_another_county_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterDeputyCommand("d1", "410327", "410328100", "王建华", Gender.MALE, 1972,
                        Occupation.FARMER, NOW))
                .expectNoEvents()
                .expectException(DomainException.class);
    }

    @Test
    void a_deputy_under_eighteen_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterDeputyCommand("d1", "410327", "410327100", "李小明", Gender.MALE, 2010,
                        Occupation.OTHER, NOW))
                .expectNoEvents()
                .expectException(DomainException.class)
                .expectExceptionMessage("A deputy must be at least 18 years old.");
    }
}
