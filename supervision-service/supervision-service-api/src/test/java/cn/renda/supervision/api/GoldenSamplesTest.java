package cn.renda.supervision.api;

import cn.renda.supervision.api.events.SuggestionSubmittedEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;

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
    void suggestion_submitted_matches_its_sample() throws Exception {
        var event = new SuggestionSubmittedEvent("s-0001", "410327", "410327100", List.of("d-0001"),
                "关于修缮村组道路的建议", "部分村组道路破损，雨季积水，建议列入年度计划修缮。",
                SuggestionCategory.ROADS_TRANSPORT_WATER, Instant.parse("2024-03-01T01:30:00Z"));
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(event)))
                .isEqualTo(MAPPER.readTree(sample("SuggestionSubmittedEvent.v1.json")));
        assertThat(MAPPER.readValue(sample("SuggestionSubmittedEvent.v1.json"), SuggestionSubmittedEvent.class))
                .isEqualTo(event);
        assertThat(SuggestionSubmittedEvent.class.getAnnotation(Revision.class).value()).isEqualTo("1");
    }
}
