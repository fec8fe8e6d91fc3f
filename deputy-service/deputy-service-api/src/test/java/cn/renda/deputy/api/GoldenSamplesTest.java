package cn.renda.deputy.api;

import cn.renda.deputy.api.events.DeputyPersonalDataErasedEvent;
import cn.renda.deputy.api.events.DeputyRegisteredEvent;
import cn.renda.deputy.api.events.DeputyStatusChangedEvent;
import com.fasterxml.jackson.databind.JsonNode;
import cn.renda.deputy.api.events.TownshipRegisteredEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;

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
    void deputy_registered_revision_1_sample_still_reads_with_the_later_fields_empty() throws Exception {
        var event = new DeputyRegisteredEvent("d-0001", "410327", "410327100", "王建华", Gender.MALE, 1972,
                Occupation.FARMER, Instant.parse("2024-01-15T02:00:00Z"));
        assertThat(MAPPER.readValue(sample("DeputyRegisteredEvent.v1.json"), DeputyRegisteredEvent.class))
                .isEqualTo(event);
        JsonNode v1 = MAPPER.readTree(sample("DeputyRegisteredEvent.v1.json"));
        JsonNode v2 = MAPPER.readTree(sample("DeputyRegisteredEvent.v2.json"));
        v1.fieldNames().forEachRemaining(f -> {
            assertThat(v2.has(f)).as("revision 2 keeps field " + f).isTrue();
            assertThat(v2.get(f).getNodeType()).as("revision 2 keeps the type of " + f).isEqualTo(v1.get(f).getNodeType());
        });
    }

    @Test
    void deputy_registered_matches_its_revision_2_sample() throws Exception {
        var event = new DeputyRegisteredEvent("d-0002", "410327", "410327100", "李秀英", Gender.FEMALE, 1980,
                Occupation.PROFESSIONAL, Instant.parse("2024-01-15T02:00:00Z"), 13, "汉族", Education.BACHELOR,
                PartyMembership.CPC_MEMBER, true, false, "第三选区", "g-0001", LocalDate.parse("2021-11-20"),
                "aesgcm1:AAAAAAAAAAAAAAAAc2FtcGxlLWNpcGhlcnRleHQ=");
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(event)))
                .isEqualTo(MAPPER.readTree(sample("DeputyRegisteredEvent.v2.json")));
        assertThat(MAPPER.readValue(sample("DeputyRegisteredEvent.v2.json"), DeputyRegisteredEvent.class))
                .isEqualTo(event);
        assertThat(DeputyRegisteredEvent.class.getAnnotation(Revision.class).value()).isEqualTo("2");
    }

    @Test
    void deputy_status_changed_matches_its_sample() throws Exception {
        var event = new DeputyStatusChangedEvent("d-0001", "410327", "410327100", DeputyStatusChange.RESIGNED,
                LocalDate.parse("2024-06-30"), "因工作调动辞去代表职务", Instant.parse("2024-07-01T01:30:00Z"));
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(event)))
                .isEqualTo(MAPPER.readTree(sample("DeputyStatusChangedEvent.v1.json")));
        assertThat(MAPPER.readValue(sample("DeputyStatusChangedEvent.v1.json"), DeputyStatusChangedEvent.class))
                .isEqualTo(event);
        assertThat(DeputyStatusChangedEvent.class.getAnnotation(Revision.class).value()).isEqualTo("1");
    }

    @Test
    void deputy_personal_data_erased_matches_its_sample() throws Exception {
        var event = new DeputyPersonalDataErasedEvent("d-0001", "410327", "410327100", "本人申请删除个人信息",
                Instant.parse("2026-03-02T08:00:00Z"));
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(event)))
                .isEqualTo(MAPPER.readTree(sample("DeputyPersonalDataErasedEvent.v1.json")));
        assertThat(MAPPER.readValue(sample("DeputyPersonalDataErasedEvent.v1.json"), DeputyPersonalDataErasedEvent.class))
                .isEqualTo(event);
        assertThat(DeputyPersonalDataErasedEvent.class.getAnnotation(Revision.class).value()).isEqualTo("1");
    }
}
