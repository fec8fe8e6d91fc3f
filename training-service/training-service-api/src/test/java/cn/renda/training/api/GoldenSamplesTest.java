package cn.renda.training.api;

import cn.renda.training.api.events.TrainingAttendanceRecordedEvent;
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
            return new String(in.readAllBytes()).trim();
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
}
