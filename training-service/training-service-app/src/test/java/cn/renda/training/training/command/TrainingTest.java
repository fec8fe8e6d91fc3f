package cn.renda.training.training.command;

import cn.renda.platform.problem.DomainException;
import cn.renda.training.api.AttendanceStatus;
import cn.renda.training.api.Audience;
import cn.renda.training.api.CourseFormat;
import cn.renda.training.api.LegalTopic;
import cn.renda.training.api.Organiser;
import cn.renda.training.api.events.TrainingAbsenceRecordedEvent;
import cn.renda.training.api.events.TrainingAssessedEvent;
import cn.renda.training.api.events.TrainingAttendanceRecordedEvent;
import cn.renda.training.api.events.TrainingCertificateRevokedEvent;
import cn.renda.training.api.events.TrainingCompletedEvent;
import cn.renda.training.api.events.TrainingCourseDetailsSetEvent;
import cn.renda.training.api.events.TrainingEnrolmentRecordedEvent;
import cn.renda.training.api.events.TrainingLatenessRecordedEvent;
import cn.renda.training.api.events.TrainingPlannedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

class TrainingTest {

    private static final Instant NOW = Instant.parse("2024-04-18T08:00:00Z");
    private static final TrainingPlannedEvent PLANNED = new TrainingPlannedEvent("t1", "410327", "代表法专题培训",
            LegalTopic.DEPUTIES_LAW, LocalDate.parse("2024-04-18"), 4, Organiser.COUNTY);
    private AggregateTestFixture<Training> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Training.class);
    }

    @Test
    void a_training_is_planned() {
        fixture.givenNoPriorActivity()
                .when(new PlanTrainingCommand("t1", "410327", "代表法专题培训", LegalTopic.DEPUTIES_LAW,
                        LocalDate.parse("2024-04-18"), 4, Organiser.COUNTY))
                .expectEvents(PLANNED);
    }

    @Test
    void a_training_without_hours_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new PlanTrainingCommand("t1", "410327", "代表法专题培训", LegalTopic.DEPUTIES_LAW,
                        LocalDate.parse("2024-04-18"), 0, Organiser.COUNTY))
                .expectNoEvents()
                .expectException(DomainException.class);
    }

    @Test
    void attendance_counts_the_trainings_hours_for_the_deputys_township() {
        fixture.given(PLANNED)
                .when(new RecordAttendanceCommand("t1", "410327", "d1", "410327100", NOW))
                .expectEvents(new TrainingAttendanceRecordedEvent("t1", "410327", "d1", "410327100", 4, NOW));
    }

    @Test
    void the_same_deputys_attendance_is_recorded_once() {
        fixture.given(PLANNED, new TrainingAttendanceRecordedEvent("t1", "410327", "d1", "410327100", 4, NOW))
                .when(new RecordAttendanceCommand("t1", "410327", "d1", "410327100", NOW))
                .expectNoEvents()
                .expectException(DomainException.class)
                .expectExceptionMessage("This deputy's attendance at this training is already recorded.");
    }

    @Test
    void another_countys_training_is_not_found() {
        fixture.given(PLANNED)
                .when(new RecordAttendanceCommand("t1", "410328", "d1", "410328100", NOW))
                .expectNoEvents()
                .expectException(DomainException.class);
    }

    private static final TrainingCourseDetailsSetEvent TWO_SEATS_PASS_60 = new TrainingCourseDetailsSetEvent("t1",
            "410327", null, Audience.DEPUTIES, CourseFormat.LECTURE, "县人大会议室", 2, 60);

    private static TrainingEnrolmentRecordedEvent enrolled(String deputy) {
        return new TrainingEnrolmentRecordedEvent("t1", "410327", deputy, "410327100", NOW);
    }

    private static TrainingAttendanceRecordedEvent attended(String deputy) {
        return new TrainingAttendanceRecordedEvent("t1", "410327", deputy, "410327100", 4, NOW);
    }

    private static EnrolDeputiesCommand enrol(String... deputies) {
        return new EnrolDeputiesCommand("t1", "410327", java.util.Arrays.stream(deputies)
                .map(d -> new EnrolDeputiesCommand.Participant(d, "410327100")).toList(), NOW);
    }

    private static RecordAttendanceCommand sheet(String deputy, AttendanceStatus status) {
        return new RecordAttendanceCommand("t1", "410327",
                List.of(new RecordAttendanceCommand.Entry(deputy, "410327100", status)), NOW);
    }

    @Test
    void planning_with_course_particulars_records_them() {
        fixture.givenNoPriorActivity()
                .when(new PlanTrainingCommand("t1", "410327", "代表法专题培训", LegalTopic.DEPUTIES_LAW,
                        LocalDate.parse("2024-04-18"), 4, Organiser.COUNTY, null, Audience.DEPUTIES,
                        CourseFormat.LECTURE, "县人大会议室", 2, 60))
                .expectEvents(PLANNED, TWO_SEATS_PASS_60);
    }

    @Test
    void a_township_organised_training_must_name_its_township() {
        fixture.givenNoPriorActivity()
                .when(new PlanTrainingCommand("t1", "410327", "代表法专题培训", LegalTopic.DEPUTIES_LAW,
                        LocalDate.parse("2024-04-18"), 4, Organiser.TOWNSHIP, "510101100", null, null, null, null,
                        null))
                .expectNoEvents()
                .expectException(DomainException.class)
                .expectExceptionMessage("A training organised by a township must name a township of this county.");
    }

    @Test
    void enrolment_fills_the_seats() {
        fixture.given(PLANNED, TWO_SEATS_PASS_60)
                .when(enrol("d1", "d2"))
                .expectEvents(enrolled("d1"), enrolled("d2"));
    }

    @Test
    void enrolment_past_capacity_is_refused_whole() {
        fixture.given(PLANNED, TWO_SEATS_PASS_60, enrolled("d1"))
                .when(enrol("d2", "d3"))
                .expectNoEvents()
                .expectException(DomainException.class)
                .expectExceptionMessage("This training has 2 seats, 1 taken; 2 more do not fit.");
    }

    @Test
    void a_walk_in_holds_a_seat_so_later_enrolment_may_not_fit() {
        fixture.given(PLANNED, TWO_SEATS_PASS_60, enrolled("d1"), attended("d2"))
                .when(enrol("d3"))
                .expectNoEvents()
                .expectException(DomainException.class)
                .expectExceptionMessage("This training has 2 seats, 2 taken; 1 more do not fit.");
    }

    @Test
    void enrolling_twice_is_refused() {
        fixture.given(PLANNED, enrolled("d1"))
                .when(enrol("d1"))
                .expectNoEvents()
                .expectException(DomainException.class)
                .expectExceptionMessage("Deputy d1 is already enrolled in this training.");
    }

    @Test
    void a_deputy_not_enrolled_may_attend_as_a_walk_in_while_seats_remain() {
        fixture.given(PLANNED, TWO_SEATS_PASS_60, enrolled("d1"))
                .when(sheet("d2", AttendanceStatus.LATE))
                .expectEvents(attended("d2"), new TrainingLatenessRecordedEvent("t1", "410327", "d2", NOW));
    }

    @Test
    void a_walk_in_past_capacity_is_refused() {
        fixture.given(PLANNED, TWO_SEATS_PASS_60, enrolled("d1"), enrolled("d2"))
                .when(sheet("d3", AttendanceStatus.PRESENT))
                .expectNoEvents()
                .expectException(DomainException.class);
    }

    @Test
    void absence_of_a_deputy_not_enrolled_is_refused() {
        fixture.given(PLANNED, enrolled("d1"))
                .when(sheet("d2", AttendanceStatus.ABSENT))
                .expectNoEvents()
                .expectException(DomainException.class)
                .expectExceptionMessage("Deputy d2 is not enrolled: absence or leave cannot be recorded.");
    }

    @Test
    void an_enrolled_deputy_on_leave_is_excused_and_no_person_time() {
        fixture.given(PLANNED, enrolled("d1"))
                .when(sheet("d1", AttendanceStatus.EXCUSED))
                .expectEvents(new TrainingAbsenceRecordedEvent("t1", "410327", "d1", "410327100", true, NOW));
    }

    @Test
    void an_attendance_sheet_is_all_or_nothing() {
        fixture.given(PLANNED, enrolled("d1"), attended("d1"))
                .when(new RecordAttendanceCommand("t1", "410327", List.of(
                        new RecordAttendanceCommand.Entry("d2", "410327100", AttendanceStatus.PRESENT),
                        new RecordAttendanceCommand.Entry("d1", "410327100", AttendanceStatus.PRESENT)), NOW))
                .expectNoEvents()
                .expectException(DomainException.class);
    }

    @Test
    void an_absent_deputy_cannot_be_assessed() {
        fixture.given(PLANNED, enrolled("d1"), new TrainingAbsenceRecordedEvent("t1", "410327", "d1", "410327100",
                        false, NOW))
                .when(new AssessDeputyCommand("t1", "410327", "d1", 90, NOW))
                .expectNoEvents()
                .expectException(DomainException.class);
    }

    @Test
    void assessment_is_judged_against_the_passing_score() {
        fixture.given(PLANNED, TWO_SEATS_PASS_60, attended("d1"))
                .when(new AssessDeputyCommand("t1", "410327", "d1", 59, NOW))
                .expectEvents(new TrainingAssessedEvent("t1", "410327", "d1", 59, false, NOW));
    }

    @Test
    void completion_issues_a_certificate_for_the_trainings_hours() {
        fixture.given(PLANNED, TWO_SEATS_PASS_60, attended("d1"),
                        new TrainingAssessedEvent("t1", "410327", "d1", 80, true, NOW))
                .when(new CompleteTrainingCommand("t1", "410327", "d1", "张建国", "CODE1", NOW))
                .expectEvents(new TrainingCompletedEvent("t1", "410327", "d1", "410327100", "张建国", "代表法专题培训", 4,
                        LocalDate.parse("2024-04-18"), "CODE1", NOW))
                .expectResultMessagePayload("CODE1");
    }

    @Test
    void completion_without_a_passing_score_is_refused_where_one_is_set() {
        fixture.given(PLANNED, TWO_SEATS_PASS_60, attended("d1"),
                        new TrainingAssessedEvent("t1", "410327", "d1", 59, false, NOW))
                .when(new CompleteTrainingCommand("t1", "410327", "d1", "张建国", "CODE1", NOW))
                .expectNoEvents()
                .expectException(DomainException.class)
                .expectExceptionMessage("This training needs a passing score of 60; the deputy scored 59.");
    }

    @Test
    void attendance_alone_completes_a_training_without_assessment() {
        fixture.given(PLANNED, attended("d1"))
                .when(new CompleteTrainingCommand("t1", "410327", "d1", "张建国", "CODE1", NOW))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new TrainingCompletedEvent("t1", "410327", "d1", "410327100", "张建国", "代表法专题培训", 4,
                        LocalDate.parse("2024-04-18"), "CODE1", NOW));
    }

    @Test
    void completion_without_attendance_is_refused() {
        fixture.given(PLANNED, enrolled("d1"))
                .when(new CompleteTrainingCommand("t1", "410327", "d1", "张建国", "CODE1", NOW))
                .expectNoEvents()
                .expectException(DomainException.class)
                .expectExceptionMessage("The deputy has no attendance (present or late) at this training.");
    }

    @Test
    void completing_twice_is_refused() {
        fixture.given(PLANNED, attended("d1"), completed())
                .when(new CompleteTrainingCommand("t1", "410327", "d1", "张建国", "CODE2", NOW))
                .expectNoEvents()
                .expectException(DomainException.class);
    }

    @Test
    void a_certificate_is_revoked_with_its_code() {
        fixture.given(PLANNED, attended("d1"), completed())
                .when(new RevokeCertificateCommand("t1", "410327", "d1", "考核成绩登记错误", NOW))
                .expectEvents(new TrainingCertificateRevokedEvent("t1", "410327", "d1", "CODE1", "考核成绩登记错误", NOW));
    }

    @Test
    void a_revoked_completion_cannot_be_revoked_again_nor_completed_again() {
        TrainingCertificateRevokedEvent revoked = new TrainingCertificateRevokedEvent("t1", "410327", "d1", "CODE1",
                "考核成绩登记错误", NOW);
        fixture.given(PLANNED, attended("d1"), completed(), revoked)
                .when(new RevokeCertificateCommand("t1", "410327", "d1", "again", NOW))
                .expectNoEvents()
                .expectException(DomainException.class)
                .expectExceptionMessage("This deputy's certificate for this training is already revoked.");
        fixture.given(PLANNED, attended("d1"), completed(), revoked)
                .when(new CompleteTrainingCommand("t1", "410327", "d1", "张建国", "CODE2", NOW))
                .expectNoEvents()
                .expectException(DomainException.class);
    }

    @Test
    void revoking_without_completion_is_refused() {
        fixture.given(PLANNED, attended("d1"))
                .when(new RevokeCertificateCommand("t1", "410327", "d1", "x", NOW))
                .expectNoEvents()
                .expectException(DomainException.class);
    }

    @Test
    void a_score_cannot_change_after_completion() {
        fixture.given(PLANNED, attended("d1"), completed())
                .when(new AssessDeputyCommand("t1", "410327", "d1", 30, NOW))
                .expectNoEvents()
                .expectException(DomainException.class);
    }

    private static TrainingCompletedEvent completed() {
        return new TrainingCompletedEvent("t1", "410327", "d1", "410327100", "张建国", "代表法专题培训", 4,
                LocalDate.parse("2024-04-18"), "CODE1", NOW);
    }
}
