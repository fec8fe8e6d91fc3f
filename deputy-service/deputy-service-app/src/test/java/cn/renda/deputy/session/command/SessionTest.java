package cn.renda.deputy.session.command;

import cn.renda.deputy.api.SessionKind;
import cn.renda.deputy.api.VoteKind;
import cn.renda.deputy.api.events.SessionClosedEvent;
import cn.renda.deputy.api.events.SessionConvenedEvent;
import cn.renda.deputy.api.events.SessionDocumentsDistributedEvent;
import cn.renda.deputy.api.events.SessionOpenedEvent;
import cn.renda.deputy.api.events.SessionVoteRecordedEvent;
import cn.renda.platform.problem.DomainException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

class SessionTest {

    private static final String ID = "410327100-s1";
    private static final LocalDate DAY = LocalDate.parse("2024-01-20");
    private static final List<String> SERVING = List.of("d1", "d2", "d3", "d4", "d5", "d6");
    private AggregateTestFixture<Session> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Session.class);
    }

    private static SessionConvenedEvent convened(SessionKind kind) {
        return new SessionConvenedEvent(ID, "410327", "410327100", 13, 3, kind, DAY, 1, List.of("审议政府工作报告"));
    }

    private static SessionOpenedEvent opened(List<String> present) {
        return new SessionOpenedEvent(ID, "410327", "410327100", DAY, SERVING.size(), present, List.of());
    }

    @Test
    void a_session_is_convened_with_its_agenda() {
        fixture.givenNoPriorActivity()
                .when(new ConveneSessionCommand(ID, "410327", "410327100", 13, 3, SessionKind.REGULAR, DAY, 1,
                        List.of("审议政府工作报告")))
                .expectEvents(convened(SessionKind.REGULAR));
    }

    @Test
    void a_session_dated_within_its_term_is_convened_and_one_outside_it_is_refused() {
        LocalDate termStart = LocalDate.parse("2021-11-20");
        LocalDate termUntil = LocalDate.parse("2026-11-19");
        fixture.givenNoPriorActivity()
                .when(new ConveneSessionCommand(ID, "410327", "410327100", 13, 3, SessionKind.REGULAR, DAY, 1,
                        List.of("审议政府工作报告"), List.of(), List.of(), termStart, termUntil))
                .expectEvents(convened(SessionKind.REGULAR));
        SessionConvenedEvent lastDay = new SessionConvenedEvent(ID, "410327", "410327100", 13, 9, SessionKind.REGULAR,
                termUntil, 1, List.of("审议政府工作报告"));
        fixture.givenNoPriorActivity()
                .when(new ConveneSessionCommand(ID, "410327", "410327100", 13, 9, SessionKind.REGULAR, termUntil, 1,
                        List.of("审议政府工作报告"), List.of(), List.of(), termStart, termUntil))
                .expectEvents(lastDay);
        fixture.givenNoPriorActivity()
                .when(new ConveneSessionCommand(ID, "410327", "410327100", 13, 1, SessionKind.REGULAR,
                        termStart.minusDays(1), 1, List.of("审议政府工作报告"), List.of(), List.of(), termStart, termUntil))
                .expectNoEvents()
                .expectExceptionMessage("Term 13 runs from 2021-11-20 to 2026-11-19; 2021-11-19 is outside it.");
        fixture.givenNoPriorActivity()
                .when(new ConveneSessionCommand(ID, "410327", "410327100", 13, 1, SessionKind.PRESIDIUM_MEETING,
                        termUntil.plusDays(1), 1, List.of(), List.of(), List.of(), termStart, termUntil))
                .expectNoEvents()
                .expectExceptionMessage("Term 13 runs from 2021-11-20 to 2026-11-19; 2026-11-20 is outside it.");
    }

    @Test
    void a_session_without_agenda_or_with_an_impossible_length_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new ConveneSessionCommand(ID, "410327", "410327100", 13, 3, SessionKind.REGULAR, DAY, 1, List.of()))
                .expectNoEvents().expectExceptionMessage("A congress session needs an agenda.");
        fixture.givenNoPriorActivity()
                .when(new ConveneSessionCommand(ID, "410327", "410327100", 13, 3, SessionKind.REGULAR, DAY, 0,
                        List.of("议程")))
                .expectNoEvents().expectException(DomainException.class);
    }

    @Test
    void documents_record_how_many_days_before_the_session_they_were_handed_out() {
        fixture.given(convened(SessionKind.REGULAR))
                .when(new DistributeDocumentsCommand(ID, "410327", List.of("政府工作报告（草案）"), DAY.minusDays(7)))
                .expectEvents(new SessionDocumentsDistributedEvent(ID, "410327", "410327100",
                        List.of("政府工作报告（草案）"), DAY.minusDays(7), 7));
        fixture.given(convened(SessionKind.REGULAR))
                .when(new DistributeDocumentsCommand(ID, "410327", List.of("报告"), DAY.plusDays(1)))
                .expectNoEvents().expectException(DomainException.class);
    }

    @Test
    void a_session_opens_with_two_thirds_of_the_serving_deputies() {
        fixture.given(convened(SessionKind.REGULAR))
                .when(new OpenSessionCommand(ID, "410327", DAY, SERVING, List.of("d1", "d2", "d3", "d4"), List.of(), 2, 3))
                .expectEvents(opened(List.of("d1", "d2", "d3", "d4")));
    }

    @Test
    void opening_without_quorum_is_refused() {
        fixture.given(convened(SessionKind.REGULAR))
                .when(new OpenSessionCommand(ID, "410327", DAY, SERVING, List.of("d1", "d2", "d3"), List.of("d4"), 2, 3))
                .expectNoEvents()
                .expectExceptionMessage("3 of 6 serving deputies present; at least 4 must attend for the session to open.");
    }

    @Test
    void an_attendee_who_is_not_a_serving_deputy_is_refused_and_duplicates_do_not_count_twice() {
        fixture.given(convened(SessionKind.REGULAR))
                .when(new OpenSessionCommand(ID, "410327", DAY, SERVING, List.of("d1", "d2", "d3", "x9"), List.of(), 2, 3))
                .expectNoEvents().expectException(DomainException.class);
        fixture.given(convened(SessionKind.REGULAR))
                .when(new OpenSessionCommand(ID, "410327", DAY, SERVING, List.of("d1", "d1", "d2", "d2", "d3"), List.of(), 2, 3))
                .expectNoEvents().expectException(DomainException.class);
    }

    @Test
    void a_presidium_meeting_needs_no_congress_quorum() {
        fixture.given(convened(SessionKind.PRESIDIUM_MEETING))
                .when(new OpenSessionCommand(ID, "410327", DAY, SERVING, List.of("d1"), List.of(), 2, 3))
                .expectEvents(opened(List.of("d1")));
    }

    @Test
    void a_session_opens_once() {
        fixture.given(convened(SessionKind.REGULAR), opened(List.of("d1", "d2", "d3", "d4")))
                .when(new OpenSessionCommand(ID, "410327", DAY, SERVING, List.of("d1", "d2", "d3", "d4"), List.of(), 2, 3))
                .expectNoEvents().expectException(DomainException.class);
    }

    @Test
    void a_vote_passes_with_more_than_half_of_all_serving_deputies() {
        fixture.given(convened(SessionKind.REGULAR), opened(List.of("d1", "d2", "d3", "d4", "d5")))
                .when(new RecordVoteCommand(ID, "410327", "政府工作报告", VoteKind.REPORT, 4, 1, 0))
                .expectEvents(new SessionVoteRecordedEvent(ID, "410327", "410327100", "政府工作报告", VoteKind.REPORT,
                        4, 1, 0, true));
        fixture.given(convened(SessionKind.REGULAR), opened(List.of("d1", "d2", "d3", "d4", "d5")))
                .when(new RecordVoteCommand(ID, "410327", "选举乡长", VoteKind.ELECTION, 3, 1, 1))
                .expectEvents(new SessionVoteRecordedEvent(ID, "410327", "410327100", "选举乡长", VoteKind.ELECTION,
                        3, 1, 1, false));
    }

    @Test
    void votes_beyond_attendance_before_opening_or_twice_are_refused() {
        fixture.given(convened(SessionKind.REGULAR), opened(List.of("d1", "d2", "d3", "d4")))
                .when(new RecordVoteCommand(ID, "410327", "预算", VoteKind.REPORT, 4, 1, 0))
                .expectNoEvents().expectException(DomainException.class);
        fixture.given(convened(SessionKind.REGULAR))
                .when(new RecordVoteCommand(ID, "410327", "预算", VoteKind.REPORT, 1, 0, 0))
                .expectNoEvents().expectExceptionMessage("Votes are taken only while the session is open.");
        fixture.given(convened(SessionKind.REGULAR), opened(List.of("d1", "d2", "d3", "d4")),
                        new SessionVoteRecordedEvent(ID, "410327", "410327100", "预算", VoteKind.REPORT, 4, 0, 0, true))
                .when(new RecordVoteCommand(ID, "410327", "预算", VoteKind.REPORT, 4, 0, 0))
                .expectNoEvents().expectException(DomainException.class);
    }

    @Test
    void a_session_closes_after_opening_with_its_actual_length() {
        fixture.given(convened(SessionKind.REGULAR), opened(List.of("d1", "d2", "d3", "d4")))
                .when(new CloseSessionCommand(ID, "410327", DAY.plusDays(1)))
                .expectEvents(new SessionClosedEvent(ID, "410327", "410327100", DAY.plusDays(1), 2));
        fixture.given(convened(SessionKind.REGULAR))
                .when(new CloseSessionCommand(ID, "410327", DAY))
                .expectNoEvents().expectException(DomainException.class);
        fixture.given(convened(SessionKind.REGULAR), opened(List.of("d1", "d2", "d3", "d4")))
                .when(new CloseSessionCommand(ID, "410327", DAY.minusDays(1)))
                .expectNoEvents().expectException(DomainException.class);
    }

    @Test
    void an_extraordinary_session_needs_one_fifth_of_the_deputies_to_propose_it() {
        List<String> ten = List.of("d1", "d2", "d3", "d4", "d5", "d6", "d7", "d8", "d9", "d10");
        fixture.givenNoPriorActivity()
                .when(new ConveneSessionCommand(ID, "410327", "410327100", 13, 4, SessionKind.EXTRAORDINARY, DAY, 1,
                        List.of("补选乡长"), List.of("d1", "d1", "x"), ten))
                .expectNoEvents()
                .expectExceptionMessage("An extraordinary session needs one fifth of the 10 serving deputies (2) to propose it; 1 did.");
        fixture.givenNoPriorActivity()
                .when(new ConveneSessionCommand(ID, "410327", "410327100", 13, 4, SessionKind.EXTRAORDINARY, DAY, 1,
                        List.of("补选乡长"), List.of("d1", "d2"), ten))
                .expectEvents(new SessionConvenedEvent(ID, "410327", "410327100", 13, 4, SessionKind.EXTRAORDINARY, DAY,
                        1, List.of("补选乡长")));
    }
}
