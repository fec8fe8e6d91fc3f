package cn.renda.deputy.presidium.command;

import cn.renda.deputy.api.DeputyStatusChange;
import cn.renda.deputy.api.PresidiumRole;
import cn.renda.deputy.api.events.PresidiumFormedEvent;
import cn.renda.deputy.api.events.PresidiumMemberAppointedEvent;
import cn.renda.deputy.api.events.PresidiumPostLostEvent;
import cn.renda.platform.problem.DomainException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

class PresidiumTest {

    private static final String ID = "410327100-13";
    private static final LocalDate ON = LocalDate.parse("2021-11-21");
    private AggregateTestFixture<Presidium> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Presidium.class);
    }

    private static PresidiumFormedEvent formed(int max) {
        return new PresidiumFormedEvent(ID, "410327", "410327100", 13, 5, max, ON);
    }

    private static PresidiumMemberAppointedEvent appointed(String deputy, PresidiumRole role) {
        return new PresidiumMemberAppointedEvent(ID, "410327", "410327100", deputy, "代表" + deputy, role,
                role != PresidiumRole.MEMBER, role == PresidiumRole.CHAIR, false, ON);
    }

    private static AppointPresidiumMemberCommand appoint(String deputy, PresidiumRole role, String township) {
        return new AppointPresidiumMemberCommand(ID, "410327", deputy, "代表" + deputy, township, role,
                role != PresidiumRole.MEMBER, role == PresidiumRole.CHAIR, false, ON);
    }

    @Test
    void a_presidium_is_formed_with_the_county_size_range() {
        fixture.givenNoPriorActivity()
                .when(new FormPresidiumCommand(ID, "410327", "410327100", 13, 5, 9, ON))
                .expectEvents(formed(9));
    }

    @Test
    void a_presidium_is_formed_within_its_term_and_refused_outside_it() {
        LocalDate start = LocalDate.parse("2021-11-20");
        LocalDate until = LocalDate.parse("2026-11-19");
        fixture.givenNoPriorActivity()
                .when(new FormPresidiumCommand(ID, "410327", "410327100", 13, 5, 9, ON, start, until))
                .expectEvents(formed(9));
        fixture.givenNoPriorActivity()
                .when(new FormPresidiumCommand(ID, "410327", "410327100", 13, 5, 9, start.minusDays(1), start, until))
                .expectNoEvents()
                .expectExceptionMessage("Term 13 runs from 2021-11-20 to 2026-11-19; a presidium formed on 2021-11-19"
                        + " is outside it.");
    }

    @Test
    void an_impossible_size_range_or_a_township_of_another_county_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new FormPresidiumCommand(ID, "410327", "410327100", 13, 9, 5, ON))
                .expectNoEvents().expectException(DomainException.class);
        fixture.givenNoPriorActivity()
                .when(new FormPresidiumCommand("410328100-13", "410327", "410328100", 13, 5, 9, ON))
                .expectNoEvents().expectException(DomainException.class);
    }

    @Test
    void the_chair_is_appointed_as_party_secretary() {
        fixture.given(formed(9))
                .when(appoint("d1", PresidiumRole.CHAIR, "410327100"))
                .expectEvents(appointed("d1", PresidiumRole.CHAIR));
    }

    @Test
    void there_is_only_one_chair() {
        fixture.given(formed(9), appointed("d1", PresidiumRole.CHAIR))
                .when(appoint("d2", PresidiumRole.CHAIR, "410327100"))
                .expectNoEvents().expectExceptionMessage("A presidium has only one chair.");
    }

    @Test
    void a_deputy_holds_one_post_and_must_be_of_the_township() {
        fixture.given(formed(9), appointed("d1", PresidiumRole.CHAIR))
                .when(appoint("d1", PresidiumRole.MEMBER, "410327100"))
                .expectNoEvents().expectException(DomainException.class);
        fixture.given(formed(9))
                .when(appoint("d9", PresidiumRole.MEMBER, "410327101"))
                .expectNoEvents().expectExceptionMessage("Presidium members must be deputies of this township.");
    }

    @Test
    void the_presidium_cannot_grow_past_its_maximum() {
        fixture.given(formed(5), appointed("d1", PresidiumRole.CHAIR), appointed("d2", PresidiumRole.VICE_CHAIR),
                        appointed("d3", PresidiumRole.MEMBER), appointed("d4", PresidiumRole.MEMBER),
                        appointed("d5", PresidiumRole.MEMBER))
                .when(appoint("d6", PresidiumRole.MEMBER, "410327100"))
                .expectNoEvents().expectExceptionMessage("The presidium already has the maximum of 5 members.");
    }

    @Test
    void a_chair_whose_deputy_status_ends_loses_the_post_and_the_chair_is_free_again() {
        LocalDate effective = LocalDate.parse("2024-06-30");
        fixture.given(formed(9), appointed("d1", PresidiumRole.CHAIR))
                .when(new VacatePresidiumPostCommand(ID, "d1", DeputyStatusChange.RESIGNED, effective))
                .expectEvents(new PresidiumPostLostEvent(ID, "410327", "410327100", "d1", PresidiumRole.CHAIR,
                        DeputyStatusChange.RESIGNED, effective));
        fixture.given(formed(9), appointed("d1", PresidiumRole.CHAIR), new PresidiumPostLostEvent(ID, "410327",
                        "410327100", "d1", PresidiumRole.CHAIR, DeputyStatusChange.RESIGNED, effective))
                .when(appoint("d2", PresidiumRole.CHAIR, "410327100"))
                .expectEvents(appointed("d2", PresidiumRole.CHAIR));
    }

    @Test
    void a_deputy_without_a_post_loses_nothing() {
        fixture.given(formed(9), appointed("d1", PresidiumRole.CHAIR))
                .when(new VacatePresidiumPostCommand(ID, "d7", DeputyStatusChange.DECEASED, LocalDate.parse("2024-06-30")))
                .expectNoEvents().expectSuccessfulHandlerExecution();
    }
}
