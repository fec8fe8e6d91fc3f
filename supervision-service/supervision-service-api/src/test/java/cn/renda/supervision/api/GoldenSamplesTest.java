package cn.renda.supervision.api;

import cn.renda.supervision.api.events.CalendarDayOverriddenEvent;
import cn.renda.supervision.api.events.EnforcementInspectionClosedEvent;
import cn.renda.supervision.api.events.EnforcementInspectionRecordedEvent;
import cn.renda.supervision.api.events.RectificationItemAddedEvent;
import cn.renda.supervision.api.events.RectificationItemCompletedEvent;
import cn.renda.supervision.api.events.WorkReportClosedEvent;
import cn.renda.supervision.api.events.WorkReportDeliberatedEvent;
import cn.renda.supervision.api.events.WorkReportDeliveredEvent;
import cn.renda.supervision.api.events.WorkReportSatisfactionVotedEvent;
import cn.renda.supervision.api.events.InspectionClosedEvent;
import cn.renda.supervision.api.events.InspectionFollowUpAssignedEvent;
import cn.renda.supervision.api.events.InspectionFollowUpCompletedEvent;
import cn.renda.supervision.api.events.InspectionRecordedEvent;
import cn.renda.supervision.api.events.PetitionAcceptedEvent;
import cn.renda.supervision.api.events.PetitionExtendedEvent;
import cn.renda.supervision.api.events.PetitionOverdueEvent;
import cn.renda.supervision.api.events.PetitionReceivedEvent;
import cn.renda.supervision.api.events.PetitionRefusedEvent;
import cn.renda.supervision.api.events.PetitionRepliedEvent;
import cn.renda.supervision.api.events.HandlingUnitContactChangedEvent;
import cn.renda.supervision.api.events.HandlingUnitRegisteredEvent;
import cn.renda.supervision.api.events.SuggestionAssignedEvent;
import cn.renda.supervision.api.events.SuggestionCarriedOverEvent;
import cn.renda.supervision.api.events.SuggestionClosedEvent;
import cn.renda.supervision.api.events.SuggestionDeadlineRuleConfiguredEvent;
import cn.renda.supervision.api.events.SuggestionDueSoonEvent;
import cn.renda.supervision.api.events.SuggestionFlaggedEvent;
import cn.renda.supervision.api.events.SuggestionMadeDuringSessionEvent;
import cn.renda.supervision.api.events.SuggestionOverdueEvent;
import cn.renda.supervision.api.events.SuggestionRatedEvent;
import cn.renda.supervision.api.events.SuggestionReHandlingStartedEvent;
import cn.renda.supervision.api.events.SuggestionRepliedEvent;
import cn.renda.supervision.api.events.SuggestionSubmittedEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The published events are a contract: a change of shape must come with a new revision, sample and upcaster. */
class GoldenSamplesTest {

    static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    static final Instant AT = Instant.parse("2024-03-01T01:30:00Z");

    static String sample(String name) throws Exception {
        try (InputStream in = GoldenSamplesTest.class.getResourceAsStream("/samples/" + name)) {
            assertThat(in).as("sample " + name).isNotNull();
            return new String(in.readAllBytes()).trim();
        }
    }

    /** One instance of every published event, equal to its golden sample. */
    static Stream<Object> events() {
        return Stream.of(
                new SuggestionSubmittedEvent("s-0001", "410327", "410327100", List.of("d-0001"),
                        "关于修缮村组道路的建议", "部分村组道路破损，雨季积水，建议列入年度计划修缮。",
                        SuggestionCategory.ROADS_TRANSPORT_WATER, AT),
                new SuggestionMadeDuringSessionEvent("s-0001", "410327", "410327100", "session-0001", AT),
                new SuggestionAssignedEvent("s-0001", "410327", "410327100", "u-0001", List.of("u-0002"), "李副镇长",
                        LocalDate.parse("2024-06-03"), Instant.parse("2024-03-01T02:00:00Z")),
                new SuggestionFlaggedEvent("s-0001", "410327", "410327100", "群众反映强烈，列为重点督办", 
                        Instant.parse("2024-03-02T02:00:00Z")),
                new SuggestionRepliedEvent("s-0001", "410327", "410327100", "u-0001", 1, ReplyResult.PLANNED,
                        "已列入2024年村道修缮计划，预计汛期前完工。", null, true, Instant.parse("2024-04-10T08:00:00Z")),
                new SuggestionRatedEvent("s-0001", "410327", "410327100", "d-0001", 1, Rating.DISSATISFIED,
                        "未明确完工时间", Instant.parse("2024-04-12T08:00:00Z")),
                new SuggestionReHandlingStartedEvent("s-0001", "410327", "410327100", 2, "代表不满意，要求明确完工时间",
                        LocalDate.parse("2024-07-12"), Instant.parse("2024-04-12T09:00:00Z")),
                new SuggestionCarriedOverEvent("s-0001", "410327", "410327100", 2024, 2025,
                        Instant.parse("2025-01-02T01:00:00Z")),
                new SuggestionClosedEvent("s-0001", "410327", "410327100", ReplyResult.RESOLVED, Rating.SATISFIED, 2,
                        Instant.parse("2025-03-01T01:00:00Z")),
                new SuggestionDueSoonEvent("s-0001", "410327", "410327100", "u-0001", true,
                        LocalDate.parse("2024-06-03"), Instant.parse("2024-05-27T16:00:00Z")),
                new SuggestionOverdueEvent("s-0001", "410327", "410327100", "u-0001", true,
                        LocalDate.parse("2024-06-03"), Instant.parse("2024-06-03T16:00:00Z")),
                new HandlingUnitRegisteredEvent("u-0001", "410327", "410327100", "城关镇交通运输办公室", "张明",
                        "0379-66012345", "李副镇长", AT),
                new HandlingUnitContactChangedEvent("u-0001", "410327", "王磊", "0379-66012346", "李副镇长",
                        Instant.parse("2024-05-01T01:00:00Z")),
                new CalendarDayOverriddenEvent("410327", LocalDate.parse("2024-04-05"), false, "县内补充放假",
                        AT),
                new SuggestionDeadlineRuleConfiguredEvent("410327", DeadlineUnit.CALENDAR_MONTHS, 3, 10, AT),
                new InspectionRecordedEvent("i-0001", "410327", "410327100", "农村饮水安全工程建设情况",
                        LocalDate.parse("2024-04-18"), List.of("d-0001", "d-0002"), 2,
                        "部分村组管网老化，供水不稳定。", Instant.parse("2024-04-18T09:00:00Z")),
                new InspectionFollowUpAssignedEvent("i-0001", "410327", "410327100", "f-1", "更换老化管网",
                        "王副镇长", LocalDate.parse("2024-06-30"), Instant.parse("2024-04-19T01:00:00Z")),
                new InspectionFollowUpCompletedEvent("i-0001", "410327", "410327100", "f-1", "已更换管网3公里",
                        true, Instant.parse("2024-06-20T01:00:00Z")),
                new InspectionClosedEvent("i-0001", "410327", "410327100", 1, Instant.parse("2024-06-21T01:00:00Z")),
                new PetitionReceivedEvent("p-0001", "410327", "410327100", PetitionChannel.VISIT, "宅基地纠纷",
                        "反映邻里宅基地界址纠纷，请求调处。", LocalDate.parse("2024-09-16"),
                        LocalDate.parse("2024-10-08"), Instant.parse("2024-09-16T02:00:00Z")),
                new PetitionAcceptedEvent("p-0001", "410327", "410327100", "u-0001", LocalDate.parse("2024-12-09"),
                        true, Instant.parse("2024-10-09T02:00:00Z")),
                new PetitionRefusedEvent("p-0002", "410327", "410327100", "已进入诉讼程序，依法不予受理", true,
                        Instant.parse("2024-09-20T02:00:00Z")),
                new PetitionExtendedEvent("p-0001", "410327", "410327100", "需实地勘测", LocalDate.parse("2025-01-08"),
                        Instant.parse("2024-12-02T02:00:00Z")),
                new PetitionRepliedEvent("p-0001", "410327", "410327100", "u-0001", "已组织双方调解并达成协议。", true,
                        Instant.parse("2024-12-30T02:00:00Z")),
                new PetitionOverdueEvent("p-0003", "410327", "410327100", PetitionStage.ACCEPTANCE,
                        LocalDate.parse("2024-10-08"), Instant.parse("2024-10-08T16:00:00Z")),
                new EnforcementInspectionRecordedEvent("e-0001", "410327", null, "中华人民共和国食品安全法",
                        "全县学校食堂和集镇餐饮店", LocalDate.parse("2024-05-20"), List.of("d-0001", "d-0002"),
                        "部分餐饮店从业人员健康证过期。", Instant.parse("2024-05-24T08:00:00Z")),
                new RectificationItemAddedEvent("e-0001", "410327", null, "r-1", "督促从业人员换发健康证",
                        "县市场监督管理局", LocalDate.parse("2024-07-31"), Instant.parse("2024-05-25T01:00:00Z")),
                new RectificationItemCompletedEvent("e-0001", "410327", null, "r-1", "已全部换发", true,
                        Instant.parse("2024-07-15T01:00:00Z")),
                new EnforcementInspectionClosedEvent("e-0001", "410327", null, 1,
                        Instant.parse("2024-07-16T01:00:00Z")),
                new WorkReportDeliveredEvent("w-0001", "410327", "410327100", "镇农业农村办公室",
                        "关于农村人居环境整治工作情况的报告", ReportingBody.PRESIDIUM, LocalDate.parse("2024-06-12"),
                        Instant.parse("2024-06-12T08:00:00Z")),
                new WorkReportDeliberatedEvent("w-0001", "410327", "410327100",
                        List.of("加大垃圾清运频次", "建立长效管护机制"), Instant.parse("2024-06-13T08:00:00Z")),
                new WorkReportSatisfactionVotedEvent("w-0001", "410327", "410327100", 38, 12, 3, 1,
                        Instant.parse("2024-06-12T09:00:00Z")),
                new WorkReportClosedEvent("w-0001", "410327", "410327100", 2, Instant.parse("2024-09-30T01:00:00Z")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void every_event_matches_its_golden_sample_both_ways(Object event) throws Exception {
        Class<?> type = event.getClass();
        Revision revision = type.getAnnotation(Revision.class);
        assertThat(revision).as(type.getSimpleName() + " has a revision").isNotNull();
        String json = sample(type.getSimpleName() + ".v" + revision.value() + ".json");
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(event))).isEqualTo(MAPPER.readTree(json));
        assertThat(MAPPER.readValue(json, type)).isEqualTo(event);
    }

    @Test
    void suggestion_submitted_keeps_revision_one_for_its_consumers() throws Exception {
        assertThat(SuggestionSubmittedEvent.class.getAnnotation(Revision.class).value()).isEqualTo("1");
        SuggestionSubmittedEvent e = MAPPER.readValue(sample("SuggestionSubmittedEvent.v1.json"),
                SuggestionSubmittedEvent.class);
        assertThat(e.suggestionId()).isEqualTo("s-0001");
        assertThat(e.townshipCode()).isEqualTo("410327100");
    }
}
