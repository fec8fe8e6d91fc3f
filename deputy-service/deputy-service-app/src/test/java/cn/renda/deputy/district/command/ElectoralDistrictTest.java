package cn.renda.deputy.district.command;

import cn.renda.deputy.api.events.ElectoralDistrictRegisteredEvent;
import cn.renda.platform.problem.DomainException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ElectoralDistrictTest {

    private AggregateTestFixture<ElectoralDistrict> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ElectoralDistrict.class);
    }

    private static RegisterElectoralDistrictCommand register(String township, int seats, int voters, boolean taken) {
        return new RegisterElectoralDistrictCommand(township + "-03", "410327", township, "03", "第三选区", seats,
                voters, taken);
    }

    @Test
    void a_district_is_registered_with_its_seats_and_voters() {
        fixture.givenNoPriorActivity()
                .when(register("410327100", 4, 2850, false))
                .expectEvents(new ElectoralDistrictRegisteredEvent("410327100-03", "410327", "410327100", "03",
                        "第三选区", 4, 2850));
    }

    @Test
    void a_district_without_seats_or_with_fewer_voters_than_seats_is_refused() {
        fixture.givenNoPriorActivity().when(register("410327100", 0, 2850, false))
                .expectNoEvents().expectExceptionMessage("A district elects at least one deputy.");
        fixture.givenNoPriorActivity().when(register("410327100", 3, 2, false))
                .expectNoEvents().expectExceptionMessage("2 voters cannot elect 3 deputies.");
    }

    @Test
    void a_name_already_used_in_the_township_is_refused() {
        fixture.givenNoPriorActivity().when(register("410327100", 4, 2850, true))
                .expectNoEvents().expectException(DomainException.class)
                .expectExceptionMessage("The township already has a district named 第三选区.");
    }

    @Test
    void a_district_of_a_township_outside_the_county_is_refused() {
        fixture.givenNoPriorActivity().when(register("410328100", 4, 2850, false))
                .expectNoEvents().expectExceptionMessage("Township 410328100 is not in county 410327.");
    }
}
