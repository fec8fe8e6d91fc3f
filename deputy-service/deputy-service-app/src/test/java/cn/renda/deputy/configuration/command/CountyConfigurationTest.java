package cn.renda.deputy.configuration.command;

import cn.renda.deputy.api.events.CountyConfiguredEvent;
import cn.renda.platform.problem.DomainException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CountyConfigurationTest {

    private AggregateTestFixture<CountyConfiguration> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CountyConfiguration.class);
    }

    @Test
    void a_county_sets_its_presidium_size_and_quorum_and_may_set_them_again() {
        fixture.givenNoPriorActivity()
                .when(new ConfigureCountyCommand("410327", 5, 9, 2, 3))
                .expectEvents(new CountyConfiguredEvent("410327", 5, 9, 2, 3));
        fixture.given(new CountyConfiguredEvent("410327", 5, 9, 2, 3))
                .when(new ConfigureCountyCommand("410327", 7, 11, 3, 4))
                .expectEvents(new CountyConfiguredEvent("410327", 7, 11, 3, 4));
    }

    @Test
    void a_presidium_size_range_outside_3_to_25_or_upside_down_is_refused() {
        for (int[] sizes : new int[][]{{2, 9}, {5, 26}, {9, 5}}) {
            fixture.givenNoPriorActivity()
                    .when(new ConfigureCountyCommand("410327", sizes[0], sizes[1], 2, 3))
                    .expectNoEvents()
                    .expectException(DomainException.class)
                    .expectExceptionMessage("The presidium size range must lie within 3..25 with min <= max.");
        }
    }

    @Test
    void a_quorum_of_half_or_less_or_more_than_all_is_refused() {
        for (int[] quorum : new int[][]{{1, 2}, {2, 5}, {4, 3}, {0, 3}, {1, 0}}) {
            fixture.givenNoPriorActivity()
                    .when(new ConfigureCountyCommand("410327", 5, 9, quorum[0], quorum[1]))
                    .expectNoEvents()
                    .expectExceptionMessage("The quorum must be more than half and at most all of the deputies.");
        }
        fixture.givenNoPriorActivity()
                .when(new ConfigureCountyCommand("410327", 5, 9, 3, 5))
                .expectEvents(new CountyConfiguredEvent("410327", 5, 9, 3, 5));
    }
}
