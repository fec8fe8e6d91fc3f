package cn.renda.deputy.township.command;

import cn.renda.deputy.api.events.TownshipRegisteredEvent;
import cn.renda.platform.problem.DomainException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TownshipTest {

    private AggregateTestFixture<Township> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Township.class);
    }

    @Test
    void a_township_of_the_county_is_registered() {
        fixture.givenNoPriorActivity()
                .when(new RegisterTownshipCommand("410327100", "410327", "城关镇"))
                .expectEvents(new TownshipRegisteredEvent("410327100", "410327", "城关镇"));
    }

    @Test
    void a_township_whose_code_is_outside_the_county_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterTownshipCommand("410328100", "410327", "别县镇"))
                .expectNoEvents()
                .expectException(DomainException.class)
                .expectExceptionMessage("Township code 410328100 does not begin with county code 410327.");
    }
}
