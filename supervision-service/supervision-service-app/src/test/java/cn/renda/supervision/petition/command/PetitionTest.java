package cn.renda.supervision.petition.command;

import cn.renda.supervision.api.PetitionChannel;
import cn.renda.supervision.api.PetitionStage;
import cn.renda.supervision.api.events.PetitionAcceptedEvent;
import cn.renda.supervision.api.events.PetitionExtendedEvent;
import cn.renda.supervision.api.events.PetitionOverdueEvent;
import cn.renda.supervision.api.events.PetitionReceivedEvent;
import cn.renda.supervision.api.events.PetitionRefusedEvent;
import cn.renda.supervision.api.events.PetitionRepliedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

class PetitionTest {

    static final String C = "410327";
    static final String T = "410327100";
    static final LocalDate RECEIVED_ON = LocalDate.parse("2024-09-16");
    static final LocalDate ACCEPT_BY = LocalDate.parse("2024-10-08");
    static final LocalDate HANDLE_BY = LocalDate.parse("2024-12-09");
    static final Instant AT = Instant.parse("2024-09-16T02:00:00Z");
    static final Instant ACCEPTED_AT = Instant.parse("2024-10-09T02:00:00Z");
    static final PetitionReceivedEvent RECEIVED = new PetitionReceivedEvent("p1", C, T, PetitionChannel.VISIT,
            "宅基地纠纷", "请求调处", RECEIVED_ON, ACCEPT_BY, AT);
    static final PetitionAcceptedEvent ACCEPTED = new PetitionAcceptedEvent("p1", C, T, "u1", HANDLE_BY, false,
            ACCEPTED_AT);

    private AggregateTestFixture<Petition> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Petition.class);
        // calendar days, then the next working day if needed (weekends only in this stub)
        fixture.registerInjectableResource((PetitionCalendar) (county, start, days) -> {
            LocalDate d = start.plusDays(days);
            while (d.getDayOfWeek().getValue() >= 6) {
                d = d.plusDays(1);
            }
            return d;
        });
    }

    @Test
    void a_petition_is_received_with_its_acceptance_limit() {
        fixture.givenNoPriorActivity()
                .when(new ReceivePetitionCommand("p1", C, T, PetitionChannel.VISIT, "宅基地纠纷", "请求调处", RECEIVED_ON,
                        ACCEPT_BY, AT))
                .expectEvents(RECEIVED);
        fixture.givenNoPriorActivity()
                .when(new ReceivePetitionCommand("p1", C, "410328100", PetitionChannel.LETTER, "x", "y", RECEIVED_ON,
                        ACCEPT_BY, AT))
                .expectNoEvents().expectExceptionMessage("The petition's township must be in the county.");
        fixture.givenNoPriorActivity()
                .when(new ReceivePetitionCommand("p1", C, T, PetitionChannel.LETTER, "x", "y",
                        RECEIVED_ON.plusDays(1), ACCEPT_BY, AT))
                .expectNoEvents().expectExceptionMessage("The day of receipt cannot be after today.");
    }

    @Test
    void acceptance_after_the_limit_is_recorded_as_late() {
        fixture.given(RECEIVED)
                .when(new AcceptPetitionCommand("p1", C, "u1", HANDLE_BY, ACCEPTED_AT))
                .expectEvents(ACCEPTED);
    }

    @Test
    void a_refused_petition_cannot_be_accepted_and_an_accepted_one_cannot_be_refused() {
        Instant at = Instant.parse("2024-09-20T02:00:00Z");
        fixture.given(RECEIVED)
                .when(new RefusePetitionCommand("p1", C, "已进入诉讼程序", at))
                .expectEvents(new PetitionRefusedEvent("p1", C, T, "已进入诉讼程序", true, at));
        fixture.given(RECEIVED, new PetitionRefusedEvent("p1", C, T, "x", true, at))
                .when(new AcceptPetitionCommand("p1", C, "u1", HANDLE_BY, ACCEPTED_AT))
                .expectNoEvents().expectExceptionMessage("Only a received petition can be accepted.");
        fixture.given(RECEIVED, ACCEPTED)
                .when(new RefusePetitionCommand("p1", C, "x", ACCEPTED_AT))
                .expectNoEvents().expectExceptionMessage("Only a petition not yet accepted can be refused.");
    }

    @Test
    void the_handling_limit_is_extended_once_by_thirty_days() {
        Instant at = Instant.parse("2024-12-02T02:00:00Z");
        // 9 Dec + 30 = 8 Jan 2025 (a Wednesday)
        PetitionExtendedEvent extended = new PetitionExtendedEvent("p1", C, T, "需实地勘测",
                LocalDate.parse("2025-01-08"), at);
        fixture.given(RECEIVED, ACCEPTED)
                .when(new ExtendPetitionCommand("p1", C, "需实地勘测", at))
                .expectEvents(extended);
        fixture.given(RECEIVED, ACCEPTED, extended)
                .when(new ExtendPetitionCommand("p1", C, "again", at))
                .expectNoEvents().expectExceptionMessage("A petition's handling limit is extended once only.");
        fixture.given(RECEIVED)
                .when(new ExtendPetitionCommand("p1", C, "x", at))
                .expectNoEvents().expectExceptionMessage("Only a petition being handled can be extended.");
    }

    @Test
    void only_the_assigned_unit_replies() {
        Instant at = Instant.parse("2024-12-30T02:00:00Z");
        fixture.given(RECEIVED, ACCEPTED)
                .when(new ReplyToPetitionCommand("p1", C, "u1", "已调解", at))
                .expectEvents(new PetitionRepliedEvent("p1", C, T, "u1", "已调解", false, at));
        fixture.given(RECEIVED, ACCEPTED)
                .when(new ReplyToPetitionCommand("p1", C, "u9", "x", at))
                .expectNoEvents().expectExceptionMessage("The petition was not assigned to this unit.");
        fixture.given(RECEIVED)
                .when(new ReplyToPetitionCommand("p1", C, "u1", "x", at))
                .expectNoEvents().expectExceptionMessage("Only an accepted, unanswered petition can be replied.");
    }

    @Test
    void overdue_is_raised_once_per_limit_and_only_after_it() {
        Instant dayAfterAcceptBy = Instant.parse("2024-10-08T16:00:00Z");
        Instant onAcceptBy = Instant.parse("2024-10-08T10:00:00Z");
        PetitionOverdueEvent acceptance = new PetitionOverdueEvent("p1", C, T, PetitionStage.ACCEPTANCE, ACCEPT_BY,
                dayAfterAcceptBy);
        fixture.given(RECEIVED)
                .when(new MarkPetitionOverdueCommand("p1", C, ACCEPT_BY, onAcceptBy))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(RECEIVED)
                .when(new MarkPetitionOverdueCommand("p1", C, ACCEPT_BY, dayAfterAcceptBy))
                .expectEvents(acceptance);
        fixture.given(RECEIVED, acceptance)
                .when(new MarkPetitionOverdueCommand("p1", C, ACCEPT_BY, dayAfterAcceptBy))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        Instant late = Instant.parse("2024-12-10T02:00:00Z");
        fixture.given(RECEIVED, acceptance, ACCEPTED)
                .when(new MarkPetitionOverdueCommand("p1", C, HANDLE_BY, late))
                .expectEvents(new PetitionOverdueEvent("p1", C, T, PetitionStage.HANDLING, HANDLE_BY, late));
        fixture.given(RECEIVED, ACCEPTED, new PetitionRepliedEvent("p1", C, T, "u1", "x", true, ACCEPTED_AT))
                .when(new MarkPetitionOverdueCommand("p1", C, HANDLE_BY, late))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }
}
