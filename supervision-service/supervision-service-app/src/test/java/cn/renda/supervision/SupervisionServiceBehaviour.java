package cn.renda.supervision;

import cn.renda.deputy.api.DeputyTopic;
import cn.renda.deputy.api.events.DeputyRegisteredEvent;
import cn.renda.deputy.replica.DeputyReplica;
import cn.renda.platform.events.EventHeaders;
import cn.renda.supervision.api.SupervisionTopic;
import cn.renda.supervision.api.events.SuggestionSubmittedEvent;
import cn.renda.testkit.EmbeddedInfra;
import cn.renda.testkit.EventRecords;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * supervision-service on the real embedded parts: deputies arrive from Kafka (deputy-service's golden sample, as the
 * producer publishes it) into the local replica; a suggestion goes through the aggregate into the event store and
 * out to Kafka and the Mongo list; a deputy that is unknown here or of another county is refused and nothing stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class SupervisionServiceBehaviour {

    static final String COUNTY = String.valueOf(ThreadLocalRandom.current().nextInt(110000, 659000));
    static final String OTHER_COUNTY = String.valueOf(Integer.parseInt(COUNTY) + 1);

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper mapper;
    @Autowired
    DeputyReplica replica;

    /** Publishes the deputy-service golden sample, re-keyed to a fresh deputy of the given county. */
    String deputyArrives(String county) throws Exception {
        String id = UUID.randomUUID().toString();
        ObjectNode json = (ObjectNode) mapper.readTree(EventRecords.sample("DeputyRegisteredEvent.v2.json"));
        json.put("deputyId", id).put("county", county).put("townshipCode", county + "100");
        mapper.treeToValue(json, DeputyRegisteredEvent.class);
        EventRecords.publish(EmbeddedInfra.kafkaBootstrap(), DeputyTopic.NAME, DeputyRegisteredEvent.class, id, 0,
                county, json.toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> replica.find(county, id).isPresent());
        return id;
    }

    ResponseEntity<JsonNode> submit(String county, String json) {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange("/api/counties/" + county + "/suggestions", HttpMethod.POST, new HttpEntity<>(json, h),
                JsonNode.class);
    }

    static String suggestion(String... deputyIds) {
        return "{\"deputyIds\":[\"" + String.join("\",\"", deputyIds) + "\"],\"title\":\"关于修缮村组道路的建议\","
                + "\"content\":\"村道破损，雨季积水。\",\"category\":\"ROADS_TRANSPORT_WATER\"}";
    }

    long storedEvents() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    @Test
    void a_suggestion_by_a_replicated_deputy_is_stored_published_and_listed() throws Exception {
        String deputy = deputyArrives(COUNTY);
        ResponseEntity<JsonNode> created = submit(COUNTY, suggestion(deputy));
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        String id = created.getBody().get("id").asText();

        List<ConsumerRecord<String, byte[]>> records = EventRecords.read(EmbeddedInfra.kafkaBootstrap(),
                SupervisionTopic.NAME, r -> id.equals(r.key()), 1, Duration.ofSeconds(30));
        assertThat(records).hasSize(1);
        assertThat(EventRecords.header(records.get(0), EventHeaders.COUNTY)).isEqualTo(COUNTY);
        assertThat(EventRecords.header(records.get(0), EventHeaders.TYPE)).isEqualTo(SuggestionSubmittedEvent.class.getName());
        SuggestionSubmittedEvent event = mapper.readValue(records.get(0).value(), SuggestionSubmittedEvent.class);
        assertThat(event.deputyIds()).containsExactly(deputy);
        assertThat(event.townshipCode()).isEqualTo(COUNTY + "100");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode one = http.getForObject("/api/counties/" + COUNTY + "/suggestions/" + id, JsonNode.class);
            assertThat(one.get("title").asText()).isEqualTo("关于修缮村组道路的建议");
        });
        assertThat(http.getForEntity("/api/counties/" + OTHER_COUNTY + "/suggestions/" + id, JsonNode.class)
                .getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void unknown_or_other_county_deputies_are_refused_and_nothing_is_stored() throws Exception {
        String ours = deputyArrives(COUNTY);
        String theirs = deputyArrives(OTHER_COUNTY);
        long before = storedEvents();

        ResponseEntity<JsonNode> unknown = submit(COUNTY, suggestion(UUID.randomUUID().toString()));
        assertThat(unknown.getStatusCode().value()).isEqualTo(422);
        assertThat(unknown.getBody().get("type").asText()).isEqualTo("urn:renda:problem:unknown-deputy");

        ResponseEntity<JsonNode> otherCounty = submit(COUNTY, suggestion(theirs));
        assertThat(otherCounty.getStatusCode().value()).isEqualTo(422);

        ResponseEntity<JsonNode> mixed = submit(COUNTY, suggestion(ours, theirs));
        assertThat(mixed.getStatusCode().value()).isEqualTo(422);

        ResponseEntity<JsonNode> invalid = submit(COUNTY, "{\"deputyIds\":[],\"title\":\"\",\"category\":\"OTHER\"}");
        assertThat(invalid.getStatusCode().value()).isEqualTo(400);
        assertThat(invalid.getBody().get("errors").findValuesAsText("field")).contains("deputyIds", "title", "content");

        ResponseEntity<JsonNode> badCategory = submit(COUNTY, suggestion(ours).replace("ROADS_TRANSPORT_WATER", "NOPE"));
        assertThat(badCategory.getStatusCode().value()).isEqualTo(400);

        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void a_redelivered_deputy_event_changes_nothing() throws Exception {
        String id = deputyArrives(COUNTY);
        ObjectNode json = (ObjectNode) mapper.readTree(EventRecords.sample("DeputyRegisteredEvent.v2.json"));
        json.put("deputyId", id).put("county", COUNTY).put("townshipCode", COUNTY + "999").put("name", "改名");
        // an older sequence than the replica has applied must not overwrite it
        EventRecords.publish(EmbeddedInfra.kafkaBootstrap(), DeputyTopic.NAME, DeputyRegisteredEvent.class, id, 0,
                COUNTY, json.toString());
        String marker = deputyArrives(COUNTY); // processed after the redelivery on the same consumer
        assertThat(marker).isNotNull();
        await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(replica.find(COUNTY, id).orElseThrow().townshipCode()).isEqualTo(COUNTY + "100"));
    }

    @Test
    void the_list_filters_by_a_submitting_deputy_and_by_words_of_the_title() throws Exception {
        String lead = deputyArrives(COUNTY);
        String coSigner = deputyArrives(COUNTY);
        String marker = "Wi-Fi(5G)" + UUID.randomUUID().toString().substring(0, 8);
        String both = submit(COUNTY, suggestion(lead, coSigner)
                .replace("关于修缮村组道路的建议", "关于村委会开通" + marker + "的建议")).getBody().get("id").asText();
        String leadOnly = submit(COUNTY, suggestion(lead)
                .replace("关于修缮村组道路的建议", "关于增设" + marker.toLowerCase() + "热点的建议")).getBody().get("id").asText();
        String coSignerOnly = submit(COUNTY, suggestion(coSigner)).getBody().get("id").asText();
        String base = "/api/counties/" + COUNTY + "/suggestions?size=500";

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(ids(base + "&deputy=" + coSigner)).containsExactlyInAnyOrder(both, coSignerOnly));
        assertThat(ids(base + "&deputy=" + lead)).containsExactlyInAnyOrder(both, leadOnly);
        assertThat(http.getForObject(base + "&deputy=" + lead, JsonNode.class).get("total").asLong()).isEqualTo(2);
        // case-insensitive, and "(", ")" are matched literally, not as a regular expression group
        assertThat(ids(base + "&q={q}", marker.toUpperCase())).containsExactlyInAnyOrder(both, leadOnly);
        assertThat(ids(base + "&q={q}&deputy=" + coSigner, marker)).containsExactly(both);
        assertThat(ids(base + "&q={q}", "Wi-Fi5G" + marker.substring(9))).isEmpty();
        assertThat(ids(base + "&deputy=" + UUID.randomUUID())).isEmpty();
        assertThat(ids("/api/counties/" + OTHER_COUNTY + "/suggestions?deputy=" + lead)).isEmpty();
        assertThat(http.getForEntity(base + "&q={q}", JsonNode.class, "x".repeat(101)).getStatusCode().value())
                .isEqualTo(400);
    }

    List<String> ids(String url, Object... vars) {
        JsonNode page = http.getForObject(url, JsonNode.class, vars);
        return page.get("items").findValuesAsText("id");
    }

    ResponseEntity<JsonNode> post(String county, String path, String json) {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        h.set("X-Renda-User", "clerk-1");
        return http.exchange("/api/counties/" + county + path, HttpMethod.POST, new HttpEntity<>(json, h),
                JsonNode.class);
    }

    String unit(String county, String name) {
        ResponseEntity<JsonNode> r = post(county, "/handling-units", "{\"townshipCode\":\"" + county + "100\","
                + "\"name\":\"" + name + "\",\"contactPerson\":\"张明\",\"contactPhone\":\"0379-1234567\","
                + "\"responsibleLeader\":\"李副镇长\"}");
        assertThat(r.getStatusCode().value()).isEqualTo(201);
        return r.getBody().get("id").asText();
    }

    static void problem(ResponseEntity<JsonNode> r, int status, String slug) {
        assertThat(r.getStatusCode().value()).as(String.valueOf(r.getBody())).isEqualTo(status);
        assertThat(r.getBody().get("type").asText()).isEqualTo("urn:renda:problem:" + slug);
    }

    @Test
    void a_suggestion_goes_through_assignment_reply_dissatisfaction_re_handling_and_closure() throws Exception {
        String d1 = deputyArrives(COUNTY);
        String d2 = deputyArrives(COUNTY);
        String outsider = deputyArrives(COUNTY);
        String lead = unit(COUNTY, "交通办");
        String co = unit(COUNTY, "财政所");
        String theirs = unit(OTHER_COUNTY, "外县单位");
        String id = submit(COUNTY, suggestion(d1, d2)).getBody().get("id").asText();
        String base = "/suggestions/" + id;

        problem(post(COUNTY, base + "/assignment", "{\"leadUnitId\":\"" + theirs + "\",\"responsibleLeader\":\"李\"}"),
                422, "unknown-unit");
        problem(post(COUNTY, base + "/replies", "{\"unitId\":\"" + lead + "\",\"result\":\"RESOLVED\",\"content\":\"x\"}"),
                409, "not-assigned");
        ResponseEntity<JsonNode> assigned = post(COUNTY, base + "/assignment", "{\"leadUnitId\":\"" + lead
                + "\",\"coUnitIds\":[\"" + co + "\"],\"responsibleLeader\":\"李副镇长\"}");
        assertThat(assigned.getStatusCode().value()).isEqualTo(202);
        assertThat(assigned.getBody().get("deadline").asText()).isNotBlank();
        problem(post(COUNTY, base + "/assignment", "{\"leadUnitId\":\"" + lead + "\",\"responsibleLeader\":\"李\"}"),
                409, "already-assigned");
        assertThat(post(COUNTY, base + "/flag", "{\"reason\":\"重点督办\"}").getStatusCode().value()).isEqualTo(202);
        problem(post(COUNTY, base + "/ratings", "{\"deputyId\":\"" + d1 + "\",\"rating\":\"SATISFIED\"}"),
                409, "not-replied");
        problem(post(COUNTY, base + "/replies", "{\"unitId\":\"" + co + "\",\"result\":\"RESOLVED\",\"content\":\"x\"}"),
                403, "not-the-lead-unit");
        problem(post(COUNTY, base + "/replies", "{\"unitId\":\"" + lead + "\",\"result\":\"CANNOT_RESOLVE_NOW\","
                + "\"content\":\"x\"}"), 422, "reasons-required");
        assertThat(post(COUNTY, base + "/replies", "{\"unitId\":\"" + lead + "\",\"result\":\"PLANNED\","
                + "\"content\":\"已列入年度计划\"}").getStatusCode().value()).isEqualTo(202);
        problem(post(COUNTY, base + "/ratings", "{\"deputyId\":\"" + outsider + "\",\"rating\":\"SATISFIED\"}"),
                403, "not-a-submitter");
        assertThat(post(COUNTY, base + "/ratings", "{\"deputyId\":\"" + d1 + "\",\"rating\":\"DISSATISFIED\"}")
                .getStatusCode().value()).isEqualTo(202);
        problem(post(COUNTY, base + "/ratings", "{\"deputyId\":\"" + d1 + "\",\"rating\":\"SATISFIED\"}"),
                409, "already-rated");
        problem(post(COUNTY, base + "/closure", "{}"), 409, "dissatisfied-needs-re-handling");
        assertThat(post(COUNTY, base + "/re-handling", "{\"reason\":\"未明确完工时间\"}").getStatusCode().value())
                .isEqualTo(202);
        assertThat(post(COUNTY, base + "/replies", "{\"unitId\":\"" + lead + "\",\"result\":\"RESOLVED\","
                + "\"content\":\"已修复\"}").getStatusCode().value()).isEqualTo(202);
        assertThat(post(COUNTY, base + "/ratings", "{\"deputyId\":\"" + d2 + "\",\"rating\":\"SATISFIED\"}")
                .getStatusCode().value()).isEqualTo(202);
        assertThat(post(COUNTY, base + "/closure", "{}").getStatusCode().value()).isEqualTo(202);
        problem(post(COUNTY, base + "/flag", "{\"reason\":\"x\"}"), 409, "suggestion-closed");
        problem(post(OTHER_COUNTY, base + "/closure", "{}"), 404, "not-found");

        JsonNode history = http.getForObject("/api/counties/" + COUNTY + base + "/history", JsonNode.class);
        assertThat(history.get("events").findValuesAsText("type")).containsExactly("SuggestionSubmittedEvent",
                "SuggestionAssignedEvent", "SuggestionFlaggedEvent", "SuggestionRepliedEvent", "SuggestionRatedEvent",
                "SuggestionReHandlingStartedEvent", "SuggestionRepliedEvent", "SuggestionRatedEvent",
                "SuggestionClosedEvent");
        assertThat(history.get("events").get(1).get("user").asText()).isEqualTo("admin-" + COUNTY); // from the token
        assertThat(history.get("events").get(1).get("role").asText()).isEqualTo("COUNTY_ADMIN");
        assertThat(history.get("events").get(1).get("requestId").asText()).isNotBlank();
        assertThat(http.getForEntity("/api/counties/" + OTHER_COUNTY + base + "/history", JsonNode.class)
                .getStatusCode().value()).isEqualTo(404);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode one = http.getForObject("/api/counties/" + COUNTY + base, JsonNode.class);
            assertThat(one.get("status").asText()).isEqualTo("CLOSED");
            assertThat(one.get("round").asInt()).isEqualTo(2);
            assertThat(one.get("flagged").asBoolean()).isTrue();
            assertThat(one.get("finalRating").asText()).isEqualTo("SATISFIED");
            assertThat(one.get("lastReply").get("result").asText()).isEqualTo("RESOLVED");
        });
        JsonNode closed = http.getForObject("/api/counties/" + COUNTY + "/suggestions?status=CLOSED&unit=" + co
                + "&flagged=true&category=ROADS_TRANSPORT_WATER", JsonNode.class);
        assertThat(closed.get("items").findValuesAsText("id")).containsExactly(id);
        JsonNode workload = http.getForObject("/api/counties/" + COUNTY + "/handling-units/" + lead + "/workload",
                JsonNode.class);
        assertThat(workload.get("closed").asLong()).isEqualTo(1);
        assertThat(workload.get("open").asLong()).isZero();
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        JsonNode report = http.getForObject("/api/counties/" + COUNTY + "/suggestions/handling-report?township="
                + COUNTY + "100&townshipName=城关镇&from=" + today + "&to=" + today, JsonNode.class);
        assertThat(report.get("closed").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(report.get("reHandled").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(report.get("text").asText()).startsWith(today + "至" + today + "，城关镇代表共提出建议");
        problem(http.exchange("/api/counties/" + COUNTY + "/suggestions?status=NOPE", HttpMethod.GET, null,
                JsonNode.class), 400, "validation");
    }

    @Test
    void the_calendar_shows_national_day_and_a_county_override_changes_the_deadline() {
        JsonNode days = http.getForObject("/api/counties/" + COUNTY + "/calendar?from=2024-09-28&to=2024-10-13",
                JsonNode.class);
        assertThat(days.get("workingDays").asInt()).isEqualTo(7); // 29, 30 Sep; 8-12 Oct
        JsonNode before = http.getForObject("/api/counties/" + COUNTY
                + "/calendar/suggestion-deadline?assignedOn=2024-07-01", JsonNode.class);
        assertThat(before.get("deadline").asText()).isEqualTo("2024-10-08");
        assertThat(post(COUNTY, "/calendar/overrides", "{\"date\":\"2024-10-08\",\"workingDay\":false,"
                + "\"note\":\"县内调整\"}").getStatusCode().value()).isEqualTo(202);
        JsonNode after = http.getForObject("/api/counties/" + COUNTY
                + "/calendar/suggestion-deadline?assignedOn=2024-07-01", JsonNode.class);
        assertThat(after.get("deadline").asText()).isEqualTo("2024-10-09");
        problem(post(COUNTY, "/calendar/deadline-rule", "{\"unit\":\"CALENDAR_MONTHS\",\"amount\":7,"
                + "\"dueSoonWorkingDays\":5}"), 422, "deadline-rule-out-of-range");
    }

    @Test
    void an_inspection_with_a_follow_up_is_recorded_closed_and_totalled_per_township() throws Exception {
        String d1 = deputyArrives(COUNTY);
        String d2 = deputyArrives(COUNTY);
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        problem(post(COUNTY, "/inspections", "{\"townshipCode\":\"" + COUNTY + "100\",\"topic\":\"饮水\","
                + "\"date\":\"" + today + "\",\"deputyIds\":[\"" + UUID.randomUUID() + "\"]}"), 422, "unknown-deputy");
        ResponseEntity<JsonNode> recorded = post(COUNTY, "/inspections", "{\"townshipCode\":\"" + COUNTY + "100\","
                + "\"topic\":\"农村饮水安全\",\"date\":\"" + today + "\",\"deputyIds\":[\"" + d1 + "\",\"" + d2
                + "\"],\"findings\":\"管网老化\"}");
        assertThat(recorded.getStatusCode().value()).isEqualTo(201);
        String id = recorded.getBody().get("id").asText();
        String item = post(COUNTY, "/inspections/" + id + "/follow-ups", "{\"description\":\"更换管网\","
                + "\"responsibleOfficial\":\"王副镇长\",\"deadline\":\"2099-01-01\"}").getBody().get("itemId").asText();
        problem(post(COUNTY, "/inspections/" + id + "/closure", "{}"), 409, "follow-ups-open");
        // only the congress's staff record a follow-up's outcome: not a handling unit, not a deputy
        String completion = "/inspections/" + id + "/follow-ups/" + item + "/completion";
        problem(postAs(token("HANDLING_UNIT", "unit", unit(COUNTY, "水务站")), completion, "{\"outcome\":\"已更换\"}"),
                403, "forbidden");
        problem(postAs(token("DEPUTY", "deputy", d1), completion, "{\"outcome\":\"已更换\"}"), 403, "forbidden");
        assertThat(post(COUNTY, "/inspections/" + id + "/follow-ups/" + item + "/completion",
                "{\"outcome\":\"已更换\"}").getStatusCode().value()).isEqualTo(202);
        assertThat(post(COUNTY, "/inspections/" + id + "/closure", "{}").getStatusCode().value()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode one = http.getForObject("/api/counties/" + COUNTY + "/inspections/" + id, JsonNode.class);
            assertThat(one.get("status").asText()).isEqualTo("CLOSED");
            assertThat(one.get("followUps").get(0).get("onTime").asBoolean()).isTrue();
        });
        JsonNode totals = http.getForObject("/api/counties/" + COUNTY + "/inspections/totals?from=" + today + "&to="
                + today, JsonNode.class);
        assertThat(totals.get("byTownship").get(COUNTY + "100").get("personTimes").asLong()).isGreaterThanOrEqualTo(2);
        JsonNode list = http.getForObject("/api/counties/" + COUNTY + "/inspections?township=" + COUNTY + "100&from="
                + today, JsonNode.class);
        assertThat(list.get("items").findValuesAsText("id")).contains(id);
    }

    @Test
    void a_petition_is_accepted_extended_once_and_replied_by_its_unit() {
        String unit = unit(COUNTY, "司法所");
        String other = unit(COUNTY, "派出所");
        ResponseEntity<JsonNode> received = post(COUNTY, "/petitions", "{\"townshipCode\":\"" + COUNTY + "100\","
                + "\"channel\":\"VISIT\",\"subject\":\"宅基地纠纷\",\"content\":\"请求调处\"}");
        assertThat(received.getStatusCode().value()).isEqualTo(201);
        assertThat(received.getBody().get("acceptBy").asText()).isNotBlank();
        String id = received.getBody().get("id").asText();
        String base = "/petitions/" + id;
        problem(post(COUNTY, base + "/extension", "{\"reason\":\"x\"}"), 409, "petition-received");
        assertThat(post(COUNTY, base + "/acceptance", "{\"unitId\":\"" + unit + "\"}").getStatusCode().value())
                .isEqualTo(202);
        problem(post(COUNTY, base + "/refusal", "{\"reason\":\"x\"}"), 409, "petition-accepted");
        assertThat(post(COUNTY, base + "/extension", "{\"reason\":\"需实地勘测\"}").getStatusCode().value())
                .isEqualTo(202);
        problem(post(COUNTY, base + "/extension", "{\"reason\":\"again\"}"), 409, "already-extended");
        problem(post(COUNTY, base + "/replies", "{\"unitId\":\"" + other + "\",\"content\":\"x\"}"), 403,
                "not-the-assigned-unit");
        assertThat(post(COUNTY, base + "/replies", "{\"unitId\":\"" + unit + "\",\"content\":\"已调解\"}")
                .getStatusCode().value()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode one = http.getForObject("/api/counties/" + COUNTY + base, JsonNode.class);
            assertThat(one.get("status").asText()).isEqualTo("REPLIED");
            assertThat(one.get("extended").asBoolean()).isTrue();
            assertThat(one.get("repliedOnTime").asBoolean()).isTrue();
        });
    }

    @Test
    void a_work_report_and_an_enforcement_inspection_are_followed_up_to_closure() {
        String report = post(COUNTY, "/work-reports", "{\"townshipCode\":\"" + COUNTY + "100\",\"office\":\"农业农村办\","
                + "\"subject\":\"人居环境整治\",\"body\":\"PRESIDIUM\",\"deliveredOn\":\"2024-06-12\"}").getBody()
                .get("id").asText();
        problem(post(COUNTY, "/work-reports/" + report + "/closure", "{}"), 409, "not-deliberated");
        assertThat(post(COUNTY, "/work-reports/" + report + "/deliberation", "{\"opinions\":[\"加大清运频次\"]}")
                .getStatusCode().value()).isEqualTo(202);
        assertThat(post(COUNTY, "/work-reports/" + report + "/satisfaction-vote", "{\"satisfied\":38,"
                + "\"basicallySatisfied\":12,\"dissatisfied\":3,\"abstained\":1}").getStatusCode().value()).isEqualTo(202);
        String item = post(COUNTY, "/work-reports/" + report + "/rectification", "{\"description\":\"建立长效机制\","
                + "\"responsibleUnit\":\"农业农村办\",\"deadline\":\"2024-09-30\"}").getBody().get("itemId").asText();
        problem(post(COUNTY, "/work-reports/" + report + "/closure", "{}"), 409, "rectification-open");
        assertThat(post(COUNTY, "/work-reports/" + report + "/rectification/" + item + "/completion",
                "{\"outcome\":\"已建立\"}").getStatusCode().value()).isEqualTo(202);
        assertThat(post(COUNTY, "/work-reports/" + report + "/closure", "{}").getStatusCode().value()).isEqualTo(202);

        String enforcement = post(COUNTY, "/enforcement-inspections", "{\"law\":\"食品安全法\",\"scope\":\"学校食堂\","
                + "\"startedOn\":\"2024-05-20\",\"findings\":\"健康证过期\"}").getBody().get("id").asText();
        String fix = post(COUNTY, "/enforcement-inspections/" + enforcement + "/rectification", "{\"description\":"
                + "\"换发健康证\",\"responsibleUnit\":\"县市场监督管理局\",\"deadline\":\"2024-07-31\"}").getBody()
                .get("itemId").asText();
        problem(post(COUNTY, "/work-reports/" + enforcement + "/closure", "{}"), 404, "not-found");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode r = http.getForObject("/api/counties/" + COUNTY + "/work-reports/" + report, JsonNode.class);
            assertThat(r.get("status").asText()).isEqualTo("CLOSED");
            assertThat(r.get("vote").get("satisfactionRate").asDouble()).isEqualTo(92.6);
            assertThat(r.get("rectification").get(item).get("done").asBoolean()).isTrue();
            JsonNode e = http.getForObject("/api/counties/" + COUNTY + "/enforcement-inspections/" + enforcement,
                    JsonNode.class);
            assertThat(e.get("openRectification").asInt()).isEqualTo(1);
            assertThat(e.get("rectification").get(fix).get("responsibleUnit").asText()).isEqualTo("县市场监督管理局");
        });
    }

    @org.springframework.beans.factory.annotation.Value("${renda.security.jwt.secret}")
    String jwtSecret;
    @org.springframework.beans.factory.annotation.Value("${renda.security.jwt.issuer}")
    String jwtIssuer;
    @org.springframework.beans.factory.annotation.Value("${renda.security.jwt.audience}")
    String jwtAudience;

    /** A token like the gateway's, with the claim a unit or a deputy carries. */
    String token(String role, String claim, String value) throws Exception {
        var claims = new com.nimbusds.jwt.JWTClaimsSet.Builder().subject(role.toLowerCase() + "-1").issuer(jwtIssuer)
                .audience(jwtAudience).issueTime(new java.util.Date())
                .expirationTime(new java.util.Date(System.currentTimeMillis() + 3_600_000))
                .claim("role", role).claim("counties", List.of(COUNTY)).claim(claim, value).build();
        var jwt = new com.nimbusds.jwt.SignedJWT(new com.nimbusds.jose.JWSHeader.Builder(
                com.nimbusds.jose.JWSAlgorithm.HS256).type(com.nimbusds.jose.JOSEObjectType.JWT).build(), claims);
        jwt.sign(new com.nimbusds.jose.crypto.MACSigner(jwtSecret.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    ResponseEntity<JsonNode> postAs(String token, String path, String json) {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        h.setBearerAuth(token);
        return http.exchange("/api/counties/" + COUNTY + path, HttpMethod.POST, new HttpEntity<>(json, h),
                JsonNode.class);
    }

    @Test
    void units_reply_only_as_themselves_deputies_rate_only_as_themselves_clerks_write_only_their_township()
            throws Exception {
        String d1 = deputyArrives(COUNTY);
        String d2 = deputyArrives(COUNTY);
        String lead = unit(COUNTY, "交通办");
        String other = unit(COUNTY, "财政所");
        String id = submit(COUNTY, suggestion(d1, d2).replace("}", ",\"sessionId\":\"session-1\"}")).getBody()
                .get("id").asText();
        String base = "/suggestions/" + id;
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(http.getForObject(
                "/api/counties/" + COUNTY + base, JsonNode.class).path("duringSession").asBoolean()).isTrue());
        String asOther = token("HANDLING_UNIT", "unit", other);
        String asLead = token("HANDLING_UNIT", "unit", lead);
        String asD2 = token("DEPUTY", "deputy", d2);
        problem(postAs(asLead, base + "/assignment", "{\"leadUnitId\":\"" + lead + "\",\"responsibleLeader\":\"李\"}"),
                403, "forbidden");
        post(COUNTY, base + "/assignment", "{\"leadUnitId\":\"" + lead + "\",\"responsibleLeader\":\"李\"}");
        problem(postAs(asOther, base + "/replies", "{\"unitId\":\"" + lead + "\",\"result\":\"RESOLVED\",\"content\":\"x\"}"),
                403, "forbidden");
        problem(postAs(asD2, base + "/replies", "{\"unitId\":\"" + lead + "\",\"result\":\"RESOLVED\",\"content\":\"x\"}"),
                403, "forbidden");
        assertThat(postAs(asLead, base + "/replies", "{\"unitId\":\"" + lead + "\",\"result\":\"RESOLVED\","
                + "\"content\":\"已修复\"}").getStatusCode().value()).isEqualTo(202);
        problem(postAs(asD2, base + "/ratings", "{\"deputyId\":\"" + d1 + "\",\"rating\":\"SATISFIED\"}"), 403,
                "forbidden");
        assertThat(postAs(asD2, base + "/ratings", "{\"deputyId\":\"" + d2 + "\",\"rating\":\"SATISFIED\"}")
                .getStatusCode().value()).isEqualTo(202);
        problem(postAs(asD2, base + "/closure", "{}"), 403, "forbidden");

        String otherClerk = cn.renda.testkit.TestAuthentication.token(jwtSecret, jwtIssuer, jwtAudience, "clerk-2",
                "TOWNSHIP_CLERK", List.of(COUNTY), COUNTY + "200");
        problem(postAs(otherClerk, "/petitions", "{\"townshipCode\":\"" + COUNTY + "100\",\"channel\":\"LETTER\","
                + "\"subject\":\"x\",\"content\":\"y\"}"), 403, "forbidden");
        String ownClerk = cn.renda.testkit.TestAuthentication.token(jwtSecret, jwtIssuer, jwtAudience, "clerk-1",
                "TOWNSHIP_CLERK", List.of(COUNTY), COUNTY + "100");
        assertThat(postAs(ownClerk, "/petitions", "{\"townshipCode\":\"" + COUNTY + "100\",\"channel\":\"LETTER\","
                + "\"subject\":\"x\",\"content\":\"y\"}").getStatusCode().value()).isEqualTo(201);
    }

    ResponseEntity<JsonNode> getAs(String token, String path) {
        HttpHeaders h = new HttpHeaders();
        h.setBearerAuth(token);
        return http.exchange("/api/counties/" + COUNTY + path, HttpMethod.GET, new HttpEntity<>(h), JsonNode.class);
    }

    List<String> listedIds(ResponseEntity<JsonNode> page) {
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        List<String> ids = new java.util.ArrayList<>();
        page.getBody().path("items").forEach(n -> ids.add(n.path("id").asText()));
        return ids;
    }

    @Test
    void handling_units_read_only_what_is_assigned_to_them_and_deputies_only_what_they_signed() throws Exception {
        String d1 = deputyArrives(COUNTY);
        String d2 = deputyArrives(COUNTY);
        String d3 = deputyArrives(COUNTY);
        String lead = unit(COUNTY, "住建局");
        String other = unit(COUNTY, "水利局");
        String id = submit(COUNTY, suggestion(d1, d2)).getBody().get("id").asText();
        String base = "/suggestions/" + id;
        // the unit directory and the suggestion reach the read side asynchronously: assign once both are known
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(post(COUNTY, base + "/assignment",
                "{\"leadUnitId\":\"" + lead + "\",\"responsibleLeader\":\"王\"}").getStatusCode().value())
                .isEqualTo(202));
        String asLead = token("HANDLING_UNIT", "unit", lead);
        String asOther = token("HANDLING_UNIT", "unit", other);
        String asD2 = token("DEPUTY", "deputy", d2);
        String asD3 = token("DEPUTY", "deputy", d3);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(listedIds(getAs(asLead, "/suggestions?size=500"))).contains(id));
        assertThat(getAs(asLead, base).getStatusCode().value()).isEqualTo(200);
        assertThat(getAs(asOther, base).getStatusCode().value()).isEqualTo(404);
        assertThat(getAs(asOther, base + "/history").getStatusCode().value()).isEqualTo(404);
        assertThat(listedIds(getAs(asOther, "/suggestions?size=500"))).doesNotContain(id);
        problem(getAs(asOther, "/suggestions?unit=" + lead), 403, "forbidden");

        assertThat(getAs(asD2, base).getStatusCode().value()).isEqualTo(200);
        assertThat(listedIds(getAs(asD2, "/suggestions?size=500"))).contains(id);
        assertThat(getAs(asD3, base).getStatusCode().value()).isEqualTo(404);
        assertThat(listedIds(getAs(asD3, "/suggestions?size=500"))).isEmpty();
        problem(getAs(asD3, "/suggestions?deputy=" + d1), 403, "forbidden");
        // the county's staff still see everything
        assertThat(listedIds(getAs(cn.renda.testkit.TestAuthentication.token(jwtSecret, jwtIssuer, jwtAudience,
                "admin", "COUNTY_ADMIN", List.of(COUNTY), null), "/suggestions?size=500"))).contains(id);
    }

    // -------------------------------------------------------------------------------------------------------------
    // who may read what (README "Who may read what"): narrowed lists, 404 for another's record, 403 for another's list

    String clerkOf(String township) {
        return cn.renda.testkit.TestAuthentication.token(jwtSecret, jwtIssuer, jwtAudience, "clerk-" + township,
                "TOWNSHIP_CLERK", List.of(COUNTY), township);
    }

    String staff(String role) {
        return cn.renda.testkit.TestAuthentication.token(jwtSecret, jwtIssuer, jwtAudience, role.toLowerCase() + "-1",
                role, List.of(COUNTY), null);
    }

    static int status(ResponseEntity<JsonNode> r) {
        return r.getStatusCode().value();
    }

    String created(ResponseEntity<JsonNode> r) {
        assertThat(r.getStatusCode().value()).as(String.valueOf(r.getBody())).isEqualTo(201);
        return r.getBody().get("id").asText();
    }

    String inspection(String township, String... deputyIds) {
        return created(post(COUNTY, "/inspections", "{\"townshipCode\":\"" + township + "\",\"topic\":\"视察\","
                + "\"date\":\"2024-05-10\",\"deputyIds\":[\"" + String.join("\",\"", deputyIds) + "\"]}"));
    }

    String enforcement(String township, String... deputyIds) {
        String ids = deputyIds.length == 0 ? "[]" : "[\"" + String.join("\",\"", deputyIds) + "\"]";
        return created(post(COUNTY, "/enforcement-inspections", "{" + (township == null ? ""
                : "\"townshipCode\":\"" + township + "\",") + "\"law\":\"食品安全法\",\"scope\":\"学校食堂\","
                + "\"startedOn\":\"2024-05-20\",\"deputyIds\":" + ids + "}"));
    }

    @Test
    void inspections_are_read_by_their_deputies_and_their_townships_staff_and_never_by_handling_units()
            throws Exception {
        String t100 = COUNTY + "100";
        String t200 = COUNTY + "200";
        String d1 = deputyArrives(COUNTY);
        String d2 = deputyArrives(COUNTY);
        String idle = deputyArrives(COUNTY);
        String unit = unit(COUNTY, "民政办");
        String ours = inspection(t100, d1);
        String theirs = inspection(t200, d2);
        String countyWide = enforcement(null, d1);
        String theirEnforcement = enforcement(t200);
        String ourEnforcement = enforcement(t100, d2);
        String admin = staff("COUNTY_ADMIN");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(listedIds(getAs(admin, "/inspections?size=500"))).contains(ours, theirs);
            assertThat(listedIds(getAs(admin, "/enforcement-inspections?size=500")))
                    .contains(countyWide, theirEnforcement, ourEnforcement);
        });
        assertThat(listedIds(getAs(staff("ANALYST"), "/inspections?size=500"))).contains(ours, theirs);

        // a township clerk: the clerk's own township (and the county-wide enforcement inspections)
        String clerk = clerkOf(t100);
        assertThat(listedIds(getAs(clerk, "/inspections?size=500"))).contains(ours).doesNotContain(theirs)
                .containsExactlyInAnyOrderElementsOf(listedIds(getAs(admin, "/inspections?size=500&township=" + t100)));
        assertThat(status(getAs(clerk, "/inspections/" + ours))).isEqualTo(200);
        problem(getAs(clerk, "/inspections/" + theirs), 404, "not-found");
        problem(getAs(clerk, "/inspections?township=" + t200), 403, "forbidden");
        problem(getAs(clerk, "/inspections/totals?township=" + t200), 403, "forbidden");
        JsonNode clerkTotals = getAs(clerk, "/inspections/totals").getBody();
        assertThat(clerkTotals.get("byTownship").has(t100)).isTrue();
        assertThat(clerkTotals.get("byTownship").has(t200)).isFalse();
        assertThat(listedIds(getAs(clerkOf(t200), "/enforcement-inspections?size=500")))
                .contains(countyWide, theirEnforcement).doesNotContain(ourEnforcement);
        problem(getAs(clerkOf(t200), "/enforcement-inspections/" + ourEnforcement), 404, "not-found");
        assertThat(status(getAs(clerkOf(t200), "/enforcement-inspections/" + countyWide))).isEqualTo(200);

        // a deputy: the inspections he or she took part in
        String asD1 = token("DEPUTY", "deputy", d1);
        assertThat(listedIds(getAs(asD1, "/inspections?size=500"))).containsExactly(ours);
        assertThat(listedIds(getAs(asD1, "/inspections?size=500&deputy=" + d1))).containsExactly(ours);
        assertThat(listedIds(getAs(admin, "/inspections?size=500&deputy=" + d1))).containsExactly(ours);
        assertThat(listedIds(getAs(asD1, "/inspections?size=500&township=" + t200))).isEmpty();
        assertThat(getAs(asD1, "/inspections/totals").getBody().get("inspections").asLong()).isEqualTo(1);
        problem(getAs(asD1, "/inspections?deputy=" + d2), 403, "forbidden");
        problem(getAs(asD1, "/inspections/" + theirs), 404, "not-found");
        assertThat(status(getAs(asD1, "/inspections/" + ours))).isEqualTo(200);
        assertThat(listedIds(getAs(token("DEPUTY", "deputy", idle), "/inspections?size=500"))).isEmpty();
        assertThat(listedIds(getAs(asD1, "/enforcement-inspections?size=500"))).containsExactly(countyWide);
        assertThat(listedIds(getAs(token("DEPUTY", "deputy", d2), "/enforcement-inspections?size=500")))
                .containsExactly(ourEnforcement);
        problem(getAs(asD1, "/enforcement-inspections/" + ourEnforcement), 404, "not-found");

        // a handling unit: none of the inspections' internal records
        String asUnit = token("HANDLING_UNIT", "unit", unit);
        ResponseEntity<JsonNode> refused = getAs(asUnit, "/inspections");
        problem(refused, 403, "forbidden");
        assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(refused.getBody().get("detail").asText()).contains("承办单位");
        problem(getAs(asUnit, "/inspections/totals"), 403, "forbidden");
        problem(getAs(asUnit, "/inspections/" + ours), 404, "not-found");
        problem(getAs(asUnit, "/enforcement-inspections"), 403, "forbidden");
        problem(getAs(asUnit, "/enforcement-inspections/" + countyWide), 404, "not-found");

        // another county sees none of it
        assertThat(status(http.getForEntity("/api/counties/" + OTHER_COUNTY + "/inspections/" + ours, JsonNode.class)))
                .isEqualTo(404);
        assertThat(ids("/api/counties/" + OTHER_COUNTY + "/inspections?size=500")).doesNotContain(ours, theirs);
        assertThat(ids("/api/counties/" + OTHER_COUNTY + "/enforcement-inspections?size=500")).doesNotContain(countyWide);
    }

    @Test
    void petitions_are_read_by_the_unit_they_were_forwarded_to_and_their_township_and_never_by_deputies()
            throws Exception {
        String t100 = COUNTY + "100";
        String t200 = COUNTY + "200";
        String unit = unit(COUNTY, "司法所");
        String other = unit(COUNTY, "自然资源所");
        String forwarded = created(post(COUNTY, "/petitions", "{\"townshipCode\":\"" + t100 + "\","
                + "\"channel\":\"LETTER\",\"subject\":\"土地纠纷\",\"content\":\"请求调处\"}"));
        String elsewhere = created(post(COUNTY, "/petitions", "{\"townshipCode\":\"" + t200 + "\","
                + "\"channel\":\"VISIT\",\"subject\":\"道路\",\"content\":\"请求修路\"}"));
        String received = created(post(COUNTY, "/petitions", "{\"townshipCode\":\"" + t100 + "\","
                + "\"channel\":\"ONLINE\",\"subject\":\"饮水\",\"content\":\"水压不足\"}"));
        assertThat(status(post(COUNTY, "/petitions/" + forwarded + "/acceptance", "{\"unitId\":\"" + unit + "\"}")))
                .isEqualTo(202);
        assertThat(status(post(COUNTY, "/petitions/" + elsewhere + "/acceptance", "{\"unitId\":\"" + other + "\"}")))
                .isEqualTo(202);
        String admin = staff("COUNTY_ADMIN");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(listedIds(getAs(admin, "/petitions?size=500&unit=" + unit))).containsExactly(forwarded);
            assertThat(listedIds(getAs(admin, "/petitions?size=500&unit=" + other))).containsExactly(elsewhere);
        });
        assertThat(listedIds(getAs(admin, "/petitions?size=500"))).contains(forwarded, elsewhere, received);

        String asUnit = token("HANDLING_UNIT", "unit", unit);
        assertThat(listedIds(getAs(asUnit, "/petitions?size=500"))).containsExactly(forwarded);
        assertThat(listedIds(getAs(asUnit, "/petitions?size=500&unit=" + unit))).containsExactly(forwarded);
        assertThat(status(getAs(asUnit, "/petitions/" + forwarded))).isEqualTo(200);
        problem(getAs(asUnit, "/petitions/" + elsewhere), 404, "not-found");
        problem(getAs(asUnit, "/petitions/" + received), 404, "not-found");
        ResponseEntity<JsonNode> another = getAs(asUnit, "/petitions?unit=" + other);
        problem(another, 403, "forbidden");
        assertThat(another.getBody().get("title").asText()).isEqualTo("无权操作");

        String clerk = clerkOf(t100);
        assertThat(listedIds(getAs(clerk, "/petitions?size=500"))).contains(forwarded, received).doesNotContain(elsewhere)
                .containsExactlyInAnyOrderElementsOf(listedIds(getAs(admin, "/petitions?size=500&township=" + t100)));
        problem(getAs(clerk, "/petitions/" + elsewhere), 404, "not-found");
        problem(getAs(clerk, "/petitions?township=" + t200), 403, "forbidden");
        assertThat(listedIds(getAs(clerk, "/petitions?size=500&unit=" + other))).isEmpty();

        String deputy = token("DEPUTY", "deputy", deputyArrives(COUNTY));
        HttpHeaders english = new HttpHeaders();
        english.setBearerAuth(deputy);
        english.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
        ResponseEntity<JsonNode> refused = http.exchange("/api/counties/" + COUNTY + "/petitions", HttpMethod.GET,
                new HttpEntity<>(english), JsonNode.class);
        problem(refused, 403, "forbidden");
        assertThat(refused.getBody().get("detail").asText()).contains("deputy");
        problem(getAs(deputy, "/petitions/" + forwarded), 404, "not-found");

        assertThat(status(http.getForEntity("/api/counties/" + OTHER_COUNTY + "/petitions/" + forwarded, JsonNode.class)))
                .isEqualTo(404);
        assertThat(ids("/api/counties/" + OTHER_COUNTY + "/petitions?size=500")).doesNotContain(forwarded, elsewhere);
    }

    @Test
    void work_reports_the_handling_report_and_workloads_are_read_by_role() throws Exception {
        String t100 = COUNTY + "100";
        String t200 = COUNTY + "200";
        String session = created(post(COUNTY, "/work-reports", "{\"townshipCode\":\"" + t100 + "\",\"office\":"
                + "\"财政所\",\"subject\":\"预算执行\",\"body\":\"SESSION\",\"deliveredOn\":\"2024-03-01\"}"));
        String presidium = created(post(COUNTY, "/work-reports", "{\"townshipCode\":\"" + t100 + "\",\"office\":"
                + "\"农业农村办\",\"subject\":\"人居环境\",\"body\":\"PRESIDIUM\",\"deliveredOn\":\"2024-03-02\"}"));
        String elsewhere = created(post(COUNTY, "/work-reports", "{\"townshipCode\":\"" + t200 + "\",\"office\":"
                + "\"派出所\",\"subject\":\"治安\",\"body\":\"SESSION\",\"deliveredOn\":\"2024-03-03\"}"));
        String admin = staff("COUNTY_ADMIN");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(listedIds(getAs(admin,
                "/work-reports?size=500"))).contains(session, presidium, elsewhere));

        String d1 = deputyArrives(COUNTY);
        String asDeputy = token("DEPUTY", "deputy", d1);
        assertThat(listedIds(getAs(asDeputy, "/work-reports?size=500"))).contains(session, elsewhere)
                .doesNotContain(presidium);
        problem(getAs(asDeputy, "/work-reports/" + presidium), 404, "not-found");
        assertThat(status(getAs(asDeputy, "/work-reports/" + elsewhere))).isEqualTo(200);
        String clerk = clerkOf(t100);
        assertThat(listedIds(getAs(clerk, "/work-reports?size=500"))).contains(session, presidium)
                .doesNotContain(elsewhere);
        problem(getAs(clerk, "/work-reports/" + elsewhere), 404, "not-found");
        problem(getAs(clerk, "/work-reports?township=" + t200), 403, "forbidden");

        String lead = unit(COUNTY, "交通运输所");
        String other = unit(COUNTY, "水务站");
        String asLead = token("HANDLING_UNIT", "unit", lead);
        problem(getAs(asLead, "/work-reports"), 403, "forbidden");
        problem(getAs(asLead, "/work-reports/" + session), 404, "not-found");

        // the handling report: a unit's lines, a clerk's township, the whole report for a deputy (it goes to the session)
        String mine = submit(COUNTY, suggestion(d1)).getBody().get("id").asText();
        // the history is read from the event store: readable at once, before the list has caught up
        assertThat(getAs(admin, "/suggestions/" + mine + "/history").getBody().at("/events/0/type").asText())
                .isEqualTo("SuggestionSubmittedEvent");
        assertThat(status(getAs(asDeputy, "/suggestions/" + mine + "/history"))).isEqualTo(200);
        String notMine = submit(COUNTY, suggestion(d1)).getBody().get("id").asText();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(status(post(COUNTY, "/suggestions/"
                + mine + "/assignment", "{\"leadUnitId\":\"" + lead + "\",\"responsibleLeader\":\"王\"}")))
                .isEqualTo(202));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(status(post(COUNTY, "/suggestions/"
                + notMine + "/assignment", "{\"leadUnitId\":\"" + other + "\",\"responsibleLeader\":\"李\"}")))
                .isEqualTo(202));
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        String period = "/suggestions/handling-report?from=" + today + "&to=" + today;
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(getAs(admin, period + "&unit=" + lead).getBody().get("assigned").asLong()).isEqualTo(1));
        JsonNode unitReport = getAs(asLead, period).getBody();
        assertThat(unitReport.get("submitted").asLong()).isEqualTo(1);
        assertThat(unitReport.get("text").asText()).contains("交由该承办单位办理");
        problem(getAs(asLead, period + "&unit=" + other), 403, "forbidden");
        JsonNode whole = getAs(admin, period).getBody();
        assertThat(whole.get("submitted").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(getAs(asDeputy, period).getBody().get("submitted").asLong())
                .isEqualTo(whole.get("submitted").asLong());
        JsonNode township = getAs(clerk, period).getBody();
        assertThat(township.get("townshipCode").asText()).isEqualTo(t100);
        assertThat(township.get("submitted").asLong())
                .isEqualTo(getAs(admin, period + "&township=" + t100).getBody().get("submitted").asLong());
        problem(getAs(clerkOf(t200), period + "&township=" + t100), 403, "forbidden");

        // suggestions: a clerk reads the clerk's own township's
        String otherClerk = clerkOf(t200);
        assertThat(listedIds(getAs(otherClerk, "/suggestions?size=500"))).doesNotContain(mine, notMine);
        problem(getAs(otherClerk, "/suggestions/" + mine), 404, "not-found");
        problem(getAs(otherClerk, "/suggestions/" + mine + "/history"), 404, "not-found");
        assertThat(status(getAs(asLead, "/suggestions/" + mine + "/history"))).isEqualTo(200);
        problem(getAs(asLead, "/suggestions/" + notMine + "/history"), 404, "not-found");
        problem(getAs(otherClerk, "/suggestions?township=" + t100), 403, "forbidden");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(listedIds(getAs(clerk, "/suggestions?size=500"))).contains(mine, notMine));

        // a unit's workload: its own; a deputy none
        assertThat(status(getAs(asLead, "/handling-units/" + lead + "/workload"))).isEqualTo(200);
        problem(getAs(asLead, "/handling-units/" + other + "/workload"), 404, "not-found");
        problem(getAs(asDeputy, "/handling-units/" + lead + "/workload"), 404, "not-found");
        assertThat(status(getAs(clerk, "/handling-units/" + other + "/workload"))).isEqualTo(200);
        // the unit directory and the calendar stay open to every role of the county
        assertThat(status(getAs(asDeputy, "/handling-units"))).isEqualTo(200);
        assertThat(status(getAs(asLead, "/calendar/deadline-rule"))).isEqualTo(200);
    }

    @Autowired
    org.springframework.core.env.Environment securityEnvironment;

    @Test
    void the_service_checks_token_county_and_role_on_its_own() {
        cn.renda.testkit.ServiceSecurityChecks.verify(http, securityEnvironment, COUNTY,
                "/api/counties/" + COUNTY + "/suggestions", "/api/counties/" + COUNTY + "/suggestions");
    }
}
