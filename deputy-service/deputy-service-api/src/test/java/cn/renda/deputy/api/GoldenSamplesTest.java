package cn.renda.deputy.api;

import cn.renda.deputy.api.events.DeputyPersonalDataErasedEvent;
import cn.renda.deputy.api.events.DeputyRegisteredEvent;
import cn.renda.deputy.api.events.DeputyStatusChangedEvent;
import cn.renda.deputy.api.events.*;
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
import java.util.List;

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

    static void matches(Object event, String sampleName) throws Exception {
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(event))).isEqualTo(MAPPER.readTree(sample(sampleName)));
        assertThat(MAPPER.readValue(sample(sampleName), event.getClass())).isEqualTo(event);
        assertThat(event.getClass().getAnnotation(Revision.class).value()).isEqualTo("1");
    }

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void presidium_events_match_their_samples() throws Exception {
        matches(new PresidiumFormedEvent("410327100-13", "410327", "410327100", 13, 5, 9, d("2021-11-21")),
                "PresidiumFormedEvent.v1.json");
        matches(new PresidiumMemberAppointedEvent("410327100-13", "410327", "410327100", "d-0001", "王建华",
                PresidiumRole.CHAIR, false, true, false, d("2021-11-21")), "PresidiumMemberAppointedEvent.v1.json");
        matches(new PresidiumPostLostEvent("410327100-13", "410327", "410327100", "d-0001", PresidiumRole.CHAIR,
                DeputyStatusChange.RESIGNED, d("2024-06-30")), "PresidiumPostLostEvent.v1.json");
    }

    @Test
    void session_events_match_their_samples() throws Exception {
        matches(new SessionConvenedEvent("s-0001", "410327", "410327100", 13, 3, SessionKind.REGULAR, d("2024-01-20"), 1,
                List.of("审议政府工作报告", "审议主席团工作报告", "审查财政预算")), "SessionConvenedEvent.v1.json");
        matches(new SessionDocumentsDistributedEvent("s-0001", "410327", "410327100",
                List.of("政府工作报告（草案）", "财政预算报告（草案）"), d("2024-01-13"), 7),
                "SessionDocumentsDistributedEvent.v1.json");
        matches(new SessionOpenedEvent("s-0001", "410327", "410327100", d("2024-01-20"), 3,
                List.of("d-0001", "d-0002"), List.of("d-0003")), "SessionOpenedEvent.v1.json");
        matches(new SessionVoteRecordedEvent("s-0001", "410327", "410327100", "政府工作报告", VoteKind.REPORT, 60, 1, 2,
                true), "SessionVoteRecordedEvent.v1.json");
        matches(new SessionClosedEvent("s-0001", "410327", "410327100", d("2024-01-20"), 1), "SessionClosedEvent.v1.json");
    }

    @Test
    void constituent_contact_events_match_their_samples() throws Exception {
        matches(new ReceptionDayHeldEvent("r-0001", "410327", "410327100", d("2024-03-05"), "城关镇人大代表之家",
                List.of("d-0001", "d-0002"), 12, List.of("村道路灯损坏", "灌溉渠清淤")), "ReceptionDayHeldEvent.v1.json");
        matches(new HomeVisitMadeEvent("v-0001", "410327", "410327100", d("2024-04-10"), List.of("d-0001"), 8,
                List.of("低保申请进度")), "HomeVisitMadeEvent.v1.json");
        matches(new DeputyReportedToVotersEvent("p-0001", "410327", "410327100", "d-0001", d("2024-11-15"), 45, 38, 6, 1),
                "DeputyReportedToVotersEvent.v1.json");
    }

    @Test
    void group_events_match_their_samples() throws Exception {
        matches(new DeputyGroupFormedEvent("g-0001", "410327", "410327100", "东关村代表小组", "东关村", "东关村代表活动室"),
                "DeputyGroupFormedEvent.v1.json");
        matches(new GroupLeaderAppointedEvent("g-0001", "410327", "410327100", "d-0001"), "GroupLeaderAppointedEvent.v1.json");
        matches(new GroupActivityPlannedEvent("g-0001", "410327", "410327100", "a-0001", "视察村级道路建设",
                d("2024-05-10")), "GroupActivityPlannedEvent.v1.json");
        matches(new GroupActivityHeldEvent("g-0001", "410327", "410327100", "a-0001", d("2024-05-12"),
                List.of("d-0001", "d-0002"), "查看三处道路，提出两条意见"), "GroupActivityHeldEvent.v1.json");
    }

    @Test
    void term_and_district_events_match_their_samples() throws Exception {
        matches(new TermOpenedEvent("410327100-13", "410327", "410327100", 13, d("2021-11-20"), d("2026-11-19")),
                "TermOpenedEvent.v1.json");
        matches(new ElectoralDistrictRegisteredEvent("410327100-03", "410327", "410327100", "03", "第三选区", 4, 2850),
                "ElectoralDistrictRegisteredEvent.v1.json");
    }

    @Test
    void county_configured_matches_its_sample() throws Exception {
        matches(new CountyConfiguredEvent("410327", 5, 9, 2, 3), "CountyConfiguredEvent.v1.json");
    }
}
