package cn.renda.deputy.shared.upcasting;

import cn.renda.deputy.api.Gender;
import cn.renda.deputy.api.Occupation;
import cn.renda.deputy.api.events.DeputyRegisteredEvent;
import cn.renda.testkit.EventRecords;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class DeputyRegisteredEventUpcasterTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())).build();

    private IntermediateEventRepresentation stored(String revision, String json) {
        return new InitialEventRepresentation(new GenericDomainEventEntry<>("Deputy", "d-0001", 0, "e1",
                Instant.parse("2024-01-15T02:00:00Z"), DeputyRegisteredEvent.class.getName(), revision,
                json.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8)), serializer);
    }

    @Test
    void a_revision_1_event_from_the_store_reads_as_revision_2_with_the_new_fields_empty() {
        List<IntermediateEventRepresentation> upcast = new DeputyRegisteredEventUpcaster()
                .upcast(Stream.of(stored("1", EventRecords.sample("DeputyRegisteredEvent.v1.json")))).toList();
        assertThat(upcast).hasSize(1);
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        DeputyRegisteredEvent event = serializer.deserialize(upcast.get(0).getData());
        assertThat(event).isEqualTo(new DeputyRegisteredEvent("d-0001", "410327", "410327100", "王建华", Gender.MALE,
                1972, Occupation.FARMER, Instant.parse("2024-01-15T02:00:00Z")));
    }

    @Test
    void a_revision_2_event_passes_unchanged() {
        String v2 = EventRecords.sample("DeputyRegisteredEvent.v2.json");
        List<IntermediateEventRepresentation> upcast = new DeputyRegisteredEventUpcaster()
                .upcast(Stream.of(stored("2", v2))).toList();
        DeputyRegisteredEvent event = serializer.deserialize(upcast.get(0).getData());
        assertThat(event.personalData()).startsWith("aesgcm1:");
        assertThat(event.term()).isEqualTo(13);
    }
}
