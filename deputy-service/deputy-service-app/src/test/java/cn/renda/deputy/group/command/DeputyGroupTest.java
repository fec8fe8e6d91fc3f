package cn.renda.deputy.group.command;

import cn.renda.deputy.api.events.DeputyGroupFormedEvent;
import cn.renda.deputy.api.events.GroupActivityHeldEvent;
import cn.renda.deputy.api.events.GroupActivityPlannedEvent;
import cn.renda.deputy.api.events.GroupLeaderAppointedEvent;
import cn.renda.platform.problem.DomainException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

class DeputyGroupTest {

    private static final String G = "410327100-g1";
    private static final LocalDate PLANNED = LocalDate.parse("2024-05-10");
    private AggregateTestFixture<DeputyGroup> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DeputyGroup.class);
    }

    private static DeputyGroupFormedEvent formed() {
        return new DeputyGroupFormedEvent(G, "410327", "410327100", "东关村代表小组", "东关村", "东关村代表活动室");
    }

    private static GroupActivityPlannedEvent planned() {
        return new GroupActivityPlannedEvent(G, "410327", "410327100", "a1", "视察村级道路", PLANNED);
    }

    @Test
    void a_group_is_formed_in_a_township_of_the_county() {
        fixture.givenNoPriorActivity()
                .when(new FormDeputyGroupCommand(G, "410327", "410327100", "东关村代表小组", "东关村", "东关村代表活动室"))
                .expectEvents(formed());
        fixture.givenNoPriorActivity()
                .when(new FormDeputyGroupCommand(G, "410327", "410328100", "外县小组", null, null))
                .expectNoEvents().expectException(DomainException.class);
    }

    @Test
    void the_leader_is_one_of_the_group_members() {
        fixture.given(formed())
                .when(new AppointGroupLeaderCommand(G, "410327", "d1", G))
                .expectEvents(new GroupLeaderAppointedEvent(G, "410327", "410327100", "d1"));
        fixture.given(formed())
                .when(new AppointGroupLeaderCommand(G, "410327", "d2", "410327100-g2"))
                .expectNoEvents().expectExceptionMessage("Deputy d2 is not a member of this group.");
    }

    @Test
    void an_activity_is_planned_then_held_with_its_attendance() {
        fixture.given(formed())
                .when(new PlanGroupActivityCommand(G, "410327", "a1", "视察村级道路", PLANNED))
                .expectEvents(planned());
        fixture.given(formed(), planned())
                .when(new RecordGroupActivityHeldCommand(G, "410327", "a1", PLANNED.plusDays(2), List.of("d1", "d2"),
                        List.of(G, G), "提出两条意见"))
                .expectEvents(new GroupActivityHeldEvent(G, "410327", "410327100", "a1", PLANNED.plusDays(2),
                        List.of("d1", "d2"), "提出两条意见"));
    }

    @Test
    void an_unplanned_activity_or_one_held_twice_or_without_members_is_refused() {
        fixture.given(formed())
                .when(new RecordGroupActivityHeldCommand(G, "410327", "a9", PLANNED, List.of("d1"), List.of(G), null))
                .expectNoEvents().expectExceptionMessage("A group activity must be planned before it is recorded as held.");
        fixture.given(formed(), planned(), new GroupActivityHeldEvent(G, "410327", "410327100", "a1", PLANNED,
                        List.of("d1"), null))
                .when(new RecordGroupActivityHeldCommand(G, "410327", "a1", PLANNED, List.of("d1"), List.of(G), null))
                .expectNoEvents().expectException(DomainException.class);
        fixture.given(formed(), planned())
                .when(new RecordGroupActivityHeldCommand(G, "410327", "a1", PLANNED, List.of(), List.of(), null))
                .expectNoEvents().expectException(DomainException.class);
        fixture.given(formed(), planned())
                .when(new RecordGroupActivityHeldCommand(G, "410327", "a1", PLANNED, List.of("d1", "x"),
                        List.of(G, "410327100-g2"), null))
                .expectNoEvents().expectExceptionMessage("Deputy x is not a member of this group.");
    }
}
