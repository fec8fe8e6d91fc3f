package cn.renda.training.api;

import cn.renda.training.api.events.TrainingAbsenceRecordedEvent;
import cn.renda.training.api.events.TrainingAssessedEvent;
import cn.renda.training.api.events.TrainingAttendanceRecordedEvent;
import cn.renda.training.api.events.TrainingCertificateRevokedEvent;
import cn.renda.training.api.events.TrainingCompletedEvent;
import cn.renda.training.api.events.TrainingCourseDetailsSetEvent;
import cn.renda.training.api.events.TrainingEnrolmentRecordedEvent;
import cn.renda.training.api.events.TrainingLatenessRecordedEvent;
import cn.renda.training.api.events.TrainingPlannedEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The published events are a contract: a change of shape must come with a new revision, sample and upcaster. */
class GoldenSamplesTest {

    static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    static String sample(String name) throws Exception {
        try (InputStream in = GoldenSamplesTest.class.getResourceAsStream("/samples/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
        }
    }

    @Test
    void training_planned_matches_its_sample() throws Exception {
        var event = new TrainingPlannedEvent("t-0001", "410327", "代表法专题培训", LegalTopic.DEPUTIES_LAW,
                LocalDate.parse("2024-04-18"), 4, Organiser.COUNTY);
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(event)))
                .isEqualTo(MAPPER.readTree(sample("TrainingPlannedEvent.v1.json")));
        assertThat(TrainingPlannedEvent.class.getAnnotation(Revision.class).value()).isEqualTo("1");
    }

    @Test
    void attendance_recorded_matches_its_sample() throws Exception {
        var event = new TrainingAttendanceRecordedEvent("t-0001", "410327", "d-0001", "410327100", 4,
                Instant.parse("2024-04-18T08:00:00Z"));
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(event)))
                .isEqualTo(MAPPER.readTree(sample("TrainingAttendanceRecordedEvent.v1.json")));
        assertThat(MAPPER.readValue(sample("TrainingAttendanceRecordedEvent.v1.json"),
                TrainingAttendanceRecordedEvent.class)).isEqualTo(event);
        assertThat(TrainingAttendanceRecordedEvent.class.getAnnotation(Revision.class).value()).isEqualTo("1");
    }

    /** Serialises to the sample, reads back from it, and carries revision 1. */
    private static void matches(Object event, String sample) throws Exception {
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(event))).isEqualTo(MAPPER.readTree(sample(sample)));
        assertThat(MAPPER.readValue(sample(sample), event.getClass())).isEqualTo(event);
        assertThat(event.getClass().getAnnotation(Revision.class).value()).isEqualTo("1");
    }

    @Test
    void course_details_match_their_sample() throws Exception {
        matches(new TrainingCourseDetailsSetEvent("t-0001", "410327", null, Audience.DEPUTIES, CourseFormat.LECTURE,
                "县人大常委会三楼会议室", 60, 60), "TrainingCourseDetailsSetEvent.v1.json");
    }

    @Test
    void enrolment_matches_its_sample() throws Exception {
        matches(new TrainingEnrolmentRecordedEvent("t-0001", "410327", "d-0001", "410327100",
                Instant.parse("2024-04-10T02:00:00Z")), "TrainingEnrolmentRecordedEvent.v1.json");
    }

    @Test
    void lateness_matches_its_sample() throws Exception {
        matches(new TrainingLatenessRecordedEvent("t-0001", "410327", "d-0002", Instant.parse("2024-04-18T08:05:00Z")),
                "TrainingLatenessRecordedEvent.v1.json");
    }

    @Test
    void absence_matches_its_sample() throws Exception {
        matches(new TrainingAbsenceRecordedEvent("t-0001", "410327", "d-0003", "410327101", true,
                Instant.parse("2024-04-18T08:10:00Z")), "TrainingAbsenceRecordedEvent.v1.json");
    }

    @Test
    void assessment_matches_its_sample() throws Exception {
        matches(new TrainingAssessedEvent("t-0001", "410327", "d-0001", 86, true, Instant.parse("2024-04-19T03:00:00Z")),
                "TrainingAssessedEvent.v1.json");
    }

    @Test
    void completion_matches_its_sample() throws Exception {
        matches(new TrainingCompletedEvent("t-0001", "410327", "d-0001", "410327100", "张建国", "代表法专题培训", 4,
                LocalDate.parse("2024-04-18"), "K7QW3M9XPD2A", Instant.parse("2024-04-20T01:00:00Z")),
                "TrainingCompletedEvent.v1.json");
    }

    @Test
    void revocation_matches_its_sample() throws Exception {
        matches(new TrainingCertificateRevokedEvent("t-0001", "410327", "d-0001", "K7QW3M9XPD2A", "考核成绩登记错误",
                Instant.parse("2024-05-06T02:00:00Z")), "TrainingCertificateRevokedEvent.v1.json");
    }
}
