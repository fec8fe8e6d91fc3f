package cn.renda.deputy.api;

import cn.renda.deputy.api.events.DeputyRegisteredEvent;
import cn.renda.deputy.api.events.TownshipRegisteredEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published events are a contract: each golden sample is exactly what the producer writes today, and each event
 * carries the revision its sample is named after. A change of shape breaks this test on purpose: add a revision, a new
 * sample and an upcaster instead.
 */
class GoldenSamplesTest {

    static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    static String sample(String name) throws Exception {
        try (InputStream in = GoldenSamplesTest.class.getResourceAsStream("/samples/" + name)) {
            return new String(in.readAllBytes()).trim();
        }
    }

    @Test
    void township_registered_matches_its_sample() throws Exception {
        var event = new TownshipRegisteredEvent("410327100", "410327", "城关镇");
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(event)))
                .isEqualTo(MAPPER.readTree(sample("TownshipRegisteredEvent.v1.json")));
        assertThat(TownshipRegisteredEvent.class.getAnnotation(Revision.class).value()).isEqualTo("1");
    }

    @Test
    void deputy_registered_matches_its_sample() throws Exception {
        var event = new DeputyRegisteredEvent("d-0001", "410327", "410327100", "王建华", Gender.MALE, 1972,
                Occupation.FARMER, Instant.parse("2024-01-15T02:00:00Z"));
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(event)))
                .isEqualTo(MAPPER.readTree(sample("DeputyRegisteredEvent.v1.json")));
        assertThat(MAPPER.readValue(sample("DeputyRegisteredEvent.v1.json"), DeputyRegisteredEvent.class))
                .isEqualTo(event);
        assertThat(DeputyRegisteredEvent.class.getAnnotation(Revision.class).value()).isEqualTo("1");
    }
}
