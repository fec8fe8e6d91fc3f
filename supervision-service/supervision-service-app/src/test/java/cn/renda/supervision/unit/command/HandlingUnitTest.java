package cn.renda.supervision.unit.command;

import cn.renda.platform.problem.DomainException;
import cn.renda.supervision.api.events.HandlingUnitContactChangedEvent;
import cn.renda.supervision.api.events.HandlingUnitRegisteredEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

class HandlingUnitTest {

    static final Instant AT = Instant.parse("2024-01-02T01:00:00Z");
    static final HandlingUnitRegisteredEvent REGISTERED = new HandlingUnitRegisteredEvent("u1", "410327", "410327100",
            "城关镇交通办", "张明", "0379-1234567", "李副镇长", AT);
    private AggregateTestFixture<HandlingUnit> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(HandlingUnit.class);
    }

    @Test
    void a_township_unit_is_registered_with_its_contact_and_leader() {
        fixture.givenNoPriorActivity()
                .when(new RegisterHandlingUnitCommand("u1", "410327", "410327100", "城关镇交通办", "张明",
                        "0379-1234567", "李副镇长", AT))
                .expectEvents(REGISTERED);
    }

    @Test
    void a_county_level_unit_has_no_township() {
        fixture.givenNoPriorActivity()
                .when(new RegisterHandlingUnitCommand("u2", "410327", null, "县交通运输局", "王", "0379-1", "赵局长", AT))
                .expectEvents(new HandlingUnitRegisteredEvent("u2", "410327", null, "县交通运输局", "王", "0379-1",
                        "赵局长", AT));
    }

    @Test
    void a_township_of_another_county_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterHandlingUnitCommand("u1", "410327", "410328100", "x", "y", "1", "z", AT))
                .expectNoEvents().expectException(DomainException.class);
    }

    @Test
    void the_contact_changes_and_an_unchanged_contact_records_nothing() {
        fixture.given(REGISTERED)
                .when(new ChangeHandlingUnitContactCommand("u1", "410327", "王磊", "0379-7654321", "李副镇长", AT))
                .expectEvents(new HandlingUnitContactChangedEvent("u1", "410327", "王磊", "0379-7654321", "李副镇长", AT));
        fixture.given(REGISTERED)
                .when(new ChangeHandlingUnitContactCommand("u1", "410327", "张明", "0379-1234567", "李副镇长", AT))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(REGISTERED)
                .when(new ChangeHandlingUnitContactCommand("u1", "410328", "王磊", "1", "李", AT))
                .expectNoEvents().expectException(DomainException.class);
    }
}
