package cn.renda.reporting;

import cn.renda.deputy.api.DeputyTopic;
import cn.renda.deputy.api.events.DeputyRegisteredEvent;
import cn.renda.deputy.api.events.ReceptionDayHeldEvent;
import cn.renda.deputy.api.events.SessionClosedEvent;
import cn.renda.deputy.api.events.SessionConvenedEvent;
import cn.renda.deputy.api.events.SessionOpenedEvent;
import cn.renda.deputy.api.events.TownshipRegisteredEvent;
import cn.renda.supervision.api.SupervisionTopic;
import cn.renda.supervision.api.events.InspectionRecordedEvent;
import cn.renda.supervision.api.events.SuggestionAssignedEvent;
import cn.renda.supervision.api.events.SuggestionSubmittedEvent;
import cn.renda.testkit.EmbeddedInfra;
import cn.renda.testkit.EventRecords;
import cn.renda.training.api.TrainingTopic;
import cn.renda.training.api.events.TrainingAttendanceRecordedEvent;
import cn.renda.training.api.events.TrainingPlannedEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The analyses over the embedded broker and Mongo stand-in, fed the producers' golden samples: performance records
 * with their access rules and time travel, dormant deputies, alerts and their rules, assessment and its indicators,
 * comparison scope, timeliness, and the exported files (XLSX opened with POI, DOCX and PDF text read back).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyticsIT extends AuthorizedCalls {

    static final String COUNTY = String.valueOf(ThreadLocalRandom.current().nextInt(110000, 659000));
    static final String A = COUNTY + "100";
    static final String B = COUNTY + "101";
    static final String D1 = UUID.randomUUID().toString();
    static final String D2 = UUID.randomUUID().toString();
    static final String D3 = UUID.randomUUID().toString();
    static final String SUGGESTION = UUID.randomUUID().toString();
    static final String YEAR = "from=2024-01-01&to=2024-12-31";
    /** The inspection happens ten days before today (China time), so the live dormant list does not age. */
    static final java.time.LocalDate TODAY = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    static final String UNTIL_TODAY = "from=2024-01-01&to=" + TODAY;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        EmbeddedInfra.register(registry, "reporting_analytics_it");
        registry.add("renda.reporting.events-group", () -> "reporting-events-analytics-it");
        registry.add("renda.reporting.overview-group", () -> "reporting-overview-analytics-it");
        registry.add("renda.reporting.county-names." + COUNTY, () -> "样板县");
    }

    @Autowired
    ObjectMapper mapper;
    @Value("${renda.security.jwt.secret}")
    String secret;
    @Value("${renda.security.jwt.issuer}")
    String issuer;
    @Value("${renda.security.jwt.audience}")
    String audience;

    Instant beforeInspection;

    ObjectNode sample(String name) throws Exception {
        return ((ObjectNode) mapper.readTree(EventRecords.sample(name))).put("county", COUNTY);
    }

    void publish(String topic, Class<?> type, String id, long seq, ObjectNode json) {
        EventRecords.publish(EmbeddedInfra.kafkaBootstrap(), topic, type, id, seq, COUNTY, json.toString());
    }

    @BeforeAll
    void feed() throws Exception {
        publish(DeputyTopic.NAME, TownshipRegisteredEvent.class, A, 0, sample("TownshipRegisteredEvent.v1.json")
                .put("townshipCode", A));
        publish(DeputyTopic.NAME, TownshipRegisteredEvent.class, B, 0, sample("TownshipRegisteredEvent.v1.json")
                .put("townshipCode", B).put("name", "白鹤镇"));
        publish(DeputyTopic.NAME, DeputyRegisteredEvent.class, D1, 0, sample("DeputyRegisteredEvent.v1.json")
                .put("deputyId", D1).put("townshipCode", A));
        publish(DeputyTopic.NAME, DeputyRegisteredEvent.class, D2, 0, sample("DeputyRegisteredEvent.v1.json")
                .put("deputyId", D2).put("townshipCode", A).put("name", "李秀英"));
        publish(DeputyTopic.NAME, DeputyRegisteredEvent.class, D3, 0, sample("DeputyRegisteredEvent.v1.json")
                .put("deputyId", D3).put("townshipCode", B).put("occupation", "CADRE"));
        String session = UUID.randomUUID().toString();
        publish(DeputyTopic.NAME, SessionConvenedEvent.class, session, 0, sample("SessionConvenedEvent.v1.json")
                .put("sessionId", session).put("townshipCode", A));
        ObjectNode opened = sample("SessionOpenedEvent.v1.json").put("sessionId", session).put("townshipCode", A);
        opened.putArray("presentDeputyIds").add(D1).add(D2);
        publish(DeputyTopic.NAME, SessionOpenedEvent.class, session, 1, opened);
        publish(DeputyTopic.NAME, SessionClosedEvent.class, session, 2, sample("SessionClosedEvent.v1.json")
                .put("sessionId", session).put("townshipCode", A));
        String reception = UUID.randomUUID().toString();
        ObjectNode held = sample("ReceptionDayHeldEvent.v1.json").put("receptionId", reception).put("townshipCode", A);
        held.putArray("deputyIds").add(D1);
        publish(DeputyTopic.NAME, ReceptionDayHeldEvent.class, reception, 0, held);
        ObjectNode submitted = sample("SuggestionSubmittedEvent.v1.json").put("suggestionId", SUGGESTION)
                .put("townshipCode", A);
        submitted.putArray("deputyIds").add(D1);
        publish(SupervisionTopic.NAME, SuggestionSubmittedEvent.class, SUGGESTION, 0, submitted);
        publish(SupervisionTopic.NAME, SuggestionAssignedEvent.class, SUGGESTION, 1,
                sample("SuggestionAssignedEvent.v1.json").put("suggestionId", SUGGESTION).put("townshipCode", A));
        String training = UUID.randomUUID().toString();
        publish(TrainingTopic.NAME, TrainingPlannedEvent.class, training, 0, sample("TrainingPlannedEvent.v1.json")
                .put("trainingId", training));
        publish(TrainingTopic.NAME, TrainingAttendanceRecordedEvent.class, training, 1,
                sample("TrainingAttendanceRecordedEvent.v1.json").put("trainingId", training).put("deputyId", D1)
                        .put("townshipCode", A));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(get("/api/counties/" + COUNTY + "/records/" + D1 + "?" + YEAR, admin()).at("/total")
                        .asLong()).isEqualTo(4));
        Thread.sleep(5); // the next event is recorded strictly later than this instant
        beforeInspection = Instant.now();
        Thread.sleep(5);
        String inspection = UUID.randomUUID().toString();
        ObjectNode recorded = sample("InspectionRecordedEvent.v1.json").put("inspectionId", inspection)
                .put("townshipCode", A).put("date", TODAY.minusDays(10).toString());
        recorded.putArray("deputyIds").add(D1);
        publish(SupervisionTopic.NAME, InspectionRecordedEvent.class, inspection, 0, recorded);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(get("/api/counties/" + COUNTY + "/records/" + D1 + "?" + UNTIL_TODAY, admin()).at("/total")
                        .asLong()).isEqualTo(5));
    }

    @Test
    void a_performance_record_lists_the_deputys_activities_live_and_as_of_an_earlier_instant() {
        JsonNode r = get("/api/counties/" + COUNTY + "/records/" + D1 + "?" + UNTIL_TODAY, admin());
        assertThat(r.at("/township").asText()).isEqualTo(A);
        assertThat(r.at("/townshipName").asText()).isEqualTo("城关镇");
        List<String> kinds = new ArrayList<>();
        r.get("items").forEach(i -> kinds.add(i.get("kind").asText()));
        assertThat(kinds).containsExactly("SESSION", "SUGGESTION", "RECEPTION_DAY", "TRAINING", "INSPECTION");
        assertThat(r.at("/items/0/kindLabel").asText()).isEqualTo("出席人代会");
        assertThat(r.at("/items/1/link").asText()).isEqualTo("/api/counties/" + COUNTY + "/suggestions/" + SUGGESTION);
        assertThat(r.at("/items/1/title").asText()).isEqualTo("关于修缮村组道路的建议");
        HttpHeaders en = headers(admin());
        en.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
        assertThat(http.exchange("/api/counties/" + COUNTY + "/records/" + D1 + "?" + YEAR, HttpMethod.GET,
                new HttpEntity<>(en), JsonNode.class).getBody().at("/items/0/kindLabel").asText())
                .isEqualTo("attended a congress session");
        JsonNode before = get("/api/counties/" + COUNTY + "/records/" + D1 + "?" + UNTIL_TODAY + "&asOf="
                + beforeInspection, admin());
        assertThat(get("/api/counties/" + COUNTY + "/records/" + D1 + "?" + YEAR, admin()).at("/total").asLong())
                .as("the inspection was this year").isEqualTo(4);
        assertThat(before.at("/total").asLong()).as("the inspection was recorded later").isEqualTo(4);

        assertThat(status("/api/counties/" + COUNTY + "/records/" + D1, deputy(D1))).isEqualTo(200);
        ResponseEntity<JsonNode> other = exchange("/api/counties/" + COUNTY + "/records/" + D1, deputy(D2));
        assertThat(other.getStatusCode().value()).isEqualTo(403);
        assertThat(other.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(other.getBody().get("type").asText()).isEqualTo("urn:renda:problem:forbidden-role");
        assertThat(status("/api/counties/" + COUNTY + "/records/" + D1, token("clerk-a", "TOWNSHIP_CLERK", A, null)))
                .isEqualTo(200);
        assertThat(status("/api/counties/" + COUNTY + "/records/" + D1, token("clerk-b", "TOWNSHIP_CLERK", B, null)))
                .isEqualTo(403);
        assertThat(status("/api/counties/" + COUNTY + "/records/" + D1, token("analyst", "ANALYST", null, null)))
                .isEqualTo(200);
        assertThat(exchange("/api/counties/" + COUNTY + "/records/nobody", admin()).getBody().get("type").asText())
                .isEqualTo("urn:renda:problem:unknown-deputy");
        assertThat(exchange("/api/counties/" + COUNTY + "/records/" + D1 + "?from=2024-13-01", admin()).getStatusCode()
                .value()).isEqualTo(400);
    }

    @Test
    void dormant_deputies_are_a_paged_list() {
        JsonNode page = get("/api/counties/" + COUNTY + "/dormant-deputies?months=10&asOf=2024-12-31&size=1", admin());
        assertThat(page.get("total").asLong()).as("nothing was recorded by the end of 2024").isZero();
        JsonNode live = get("/api/counties/" + COUNTY + "/dormant-deputies?months=1&size=1", admin());
        assertThat(live.get("total").asLong()).as("D1 inspected ten days ago").isEqualTo(2);
        assertThat(live.get("items")).hasSize(1);
        assertThat(live.at("/items/0/deputyId").asText()).isEqualTo(D2);
        assertThat(live.at("/items/0/lastActivityOn").asText()).isEqualTo("2024-01-20");
        assertThat(live.at("/items/0/record").asText()).isEqualTo("/api/counties/" + COUNTY + "/records/" + D2);
        assertThat(live.get("page").asInt()).isZero();
        assertThat(live.get("size").asInt()).isEqualTo(1);
        JsonNode second = get("/api/counties/" + COUNTY + "/dormant-deputies?months=1&size=1&page=1", admin());
        assertThat(second.at("/items/0/deputyId").asText()).isEqualTo(D3);
        assertThat(second.at("/items/0/lastActivityOn").isNull()).isTrue();
        assertThat(get("/api/counties/" + COUNTY + "/dormant-deputies?months=1",
                token("clerk-b", "TOWNSHIP_CLERK", B, null)).get("total").asLong()).as("a clerk sees the own township")
                .isEqualTo(1);
        assertThat(status("/api/counties/" + COUNTY + "/dormant-deputies?township=" + A,
                token("clerk-b", "TOWNSHIP_CLERK", B, null))).isEqualTo(403);
    }

    @Test
    void alerts_name_rule_township_records_and_figures_and_their_rules_are_county_configuration() {
        JsonNode alerts = get("/api/counties/" + COUNTY + "/alerts", admin());
        List<String> rules = new ArrayList<>();
        alerts.get("items").forEach(a -> rules.add(a.get("rule").asText() + "@" + a.get("township").asText()));
        assertThat(rules).contains("OVERDUE_SUGGESTION@" + A, "NO_FULL_TIME_VICE_CHAIR@" + A,
                "NO_FULL_TIME_VICE_CHAIR@" + B, "CADRE_SHARE_HIGH@" + B, "NO_RECEPTION_DAY_THIS_MONTH@" + A);
        JsonNode overdue = find(alerts, "OVERDUE_SUGGESTION");
        assertThat(overdue.at("/label").asText()).isEqualTo("建议超期未答复");
        assertThat(overdue.at("/subjects/0/link").asText()).isEqualTo("/api/counties/" + COUNTY + "/suggestions/" + SUGGESTION);
        assertThat(overdue.at("/figures/suggestions").asInt()).isEqualTo(1);
        assertThat(find(alerts, "CADRE_SHARE_HIGH").at("/threshold/cadreShareMaxPercent").asDouble()).isEqualTo(40.0);
        JsonNode clerk = get("/api/counties/" + COUNTY + "/alerts", token("clerk-b", "TOWNSHIP_CLERK", B, null));
        clerk.get("items").forEach(x -> assertThat(x.get("township").asText()).isEqualTo(B));
        assertThat(clerk.get("total").asInt()).isPositive();
        JsonNode earlier = get("/api/counties/" + COUNTY + "/alerts?asOf=2024-12-31", admin());
        assertThat(earlier.get("items")).as("nothing had been recorded by the end of 2024").isEmpty();
        assertThat(earlier.get("referenceDate").asText()).isEqualTo("2024-12-31");
        assertThat(status("/api/counties/" + COUNTY + "/alerts", deputy(D1))).isEqualTo(403);

        String body = "{\"dueSoonDays\":5,\"flaggedDueWithinDays\":10,\"dormantMonths\":6,"
                + "\"cadreShareMaxPercent\":100,\"minSessionDays\":2,\"minReceptionDaysPerMonth\":1}";
        assertThat(put("/api/counties/" + COUNTY + "/alerts/rules", body, token("clerk-a", "TOWNSHIP_CLERK", A, null))
                .getStatusCode().value()).isEqualTo(403);
        ResponseEntity<JsonNode> bad = put("/api/counties/" + COUNTY + "/alerts/rules",
                body.replace("\"dormantMonths\":6", "\"dormantMonths\":0"), admin());
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(bad.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(bad.getBody().toString()).contains("dormantMonths");
        assertThat(put("/api/counties/" + COUNTY + "/alerts/rules", body, admin()).getStatusCode().value())
                .isEqualTo(200);
        assertThat(get("/api/counties/" + COUNTY + "/alerts/rules", admin()).at("/ownRules").asBoolean()).isTrue();
        JsonNode after = get("/api/counties/" + COUNTY + "/alerts", admin());
        assertThat(after.at("/rules/cadreShareMaxPercent").asDouble()).isEqualTo(100.0);
        after.get("items").forEach(a -> assertThat(a.get("rule").asText()).isNotEqualTo("CADRE_SHARE_HIGH"));
        put("/api/counties/" + COUNTY + "/alerts/rules", body.replace("100", "40"), admin());
    }

    @Test
    void the_assessment_ranks_townships_and_its_weights_must_sum_to_100() {
        JsonNode a = get("/api/counties/" + COUNTY + "/assessment?" + YEAR, admin());
        assertThat(a.get("townships")).hasSize(2);
        assertThat(a.at("/townships/0/township").asText()).isEqualTo(A);
        assertThat(a.at("/townships/0/rank").asInt()).isEqualTo(1);
        assertThat(a.at("/townships/0/breakdown/0/code").asText()).isEqualTo("SESSIONS_HELD");
        assertThat(a.at("/townships/0/breakdown/0/raw").asDouble()).isEqualTo(1.0);
        assertThat(a.at("/townships/0/breakdown/0/contribution").asDouble()).isEqualTo(10.0);
        assertThat(a.at("/townships/0/score").asDouble()).isGreaterThan(a.at("/townships/1/score").asDouble());
        ResponseEntity<JsonNode> bad = put("/api/counties/" + COUNTY + "/assessment/indicators",
                "{\"indicators\":[{\"code\":\"SESSIONS_HELD\",\"weight\":90,\"target\":1}]}", admin());
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(bad.getBody().toString()).contains("weightsSumTo100");
        assertThat(put("/api/counties/" + COUNTY + "/assessment/indicators",
                "{\"indicators\":[{\"code\":\"SESSIONS_HELD\",\"weight\":100,\"target\":1}]}", admin())
                .getStatusCode().value()).isEqualTo(200);
        JsonNode only = get("/api/counties/" + COUNTY + "/assessment?" + YEAR, admin());
        assertThat(only.at("/townships/0/score").asDouble()).isEqualTo(100.0);
        assertThat(only.at("/townships/1/score").asDouble()).isEqualTo(0.0);
    }

    @Test
    void comparison_is_limited_to_the_callers_counties() {
        String path = "/api/comparison?counties=" + COUNTY + "&" + YEAR;
        JsonNode c = get(path, token("analyst", "ANALYST", null, null));
        assertThat(c.at("/counties/0/county").asText()).isEqualTo(COUNTY);
        assertThat(c.at("/counties/0/deputies").asLong()).isEqualTo(3);
        assertThat(c.at("/counties/0/metrics/0/value").isNull()).as("3 deputies is below the minimum").isTrue();
        assertThat(c.at("/counties/0/metrics/0/hidden").asText()).contains("样本不足");
        assertThat(c.at("/previousFrom").asText()).isEqualTo("2023-01-01");
        ResponseEntity<JsonNode> outside = exchange("/api/comparison?counties=" + COUNTY + ",110000&" + YEAR,
                token("analyst", "ANALYST", null, null));
        assertThat(outside.getStatusCode().value()).isEqualTo(403);
        assertThat(outside.getBody().get("type").asText()).isEqualTo("urn:renda:problem:forbidden-county");
        assertThat(outside.getBody().get("detail").asText()).contains("110000");
        assertThat(status(path, token("clerk-a", "TOWNSHIP_CLERK", A, null))).isEqualTo(403);
        assertThat(status(path, admin())).isEqualTo(200);
        assertThat(status("/api/comparison?counties=abc", admin())).isEqualTo(400);
    }

    @Test
    void timeliness_measures_how_late_records_were_entered() {
        JsonNode t = get("/api/counties/" + COUNTY + "/timeliness?" + YEAR + "&lateDays=30", admin());
        JsonNode reception = null;
        for (JsonNode row : t.get("rows")) {
            if (A.equals(row.get("township").asText()) && "RECEPTION_DAY".equals(row.get("kind").asText())) {
                reception = row;
            }
        }
        assertThat(reception).isNotNull();
        assertThat(reception.get("records").asLong()).isEqualTo(1);
        assertThat(reception.get("maxDays").asLong()).as("held 2024-03-05, recorded today").isGreaterThan(300);
        assertThat(reception.get("recordedLate").asLong()).isEqualTo(1);
        assertThat(t.get("lateDays").asInt()).isEqualTo(30);
    }

    @Test
    void exports_carry_the_filters_the_content_type_and_a_chinese_file_name() throws Exception {
        ResponseEntity<byte[]> x = download("/api/counties/" + COUNTY + "/alerts?format=xlsx");
        assertThat(x.getStatusCode().value()).isEqualTo(200);
        assertThat(x.getHeaders().getContentType().toString()).startsWith(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(x.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .contains("filename*=UTF-8''%E9%A2%84%E8%AD%A6%E4%BF%A1%E6%81%AF.xlsx");
        List<String> cells = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(x.getBody()))) {
            for (Row row : book.getSheetAt(0)) {
                for (Cell cell : row) {
                    cells.add(cell.toString());
                }
            }
        }
        assertThat(cells).contains("预警信息", "县", COUNTY, "参照日期", "建议超期未答复");

        ResponseEntity<byte[]> csv = download("/api/counties/" + COUNTY + "/exports/dashboard?format=csv&" + YEAR);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        String text = new String(csv.getBody(), StandardCharsets.UTF_8);
        assertThat(text).contains("样板县乡镇人大工作统计表").contains("起,2024-01-01").contains("在任代表数").contains("合计");
        assertThat(download("/api/counties/" + COUNTY + "/dormant-deputies?format=csv").getStatusCode().value())
                .isEqualTo(200);
        assertThat(download("/api/counties/" + COUNTY + "/assessment?format=xlsx&" + YEAR).getStatusCode().value())
                .isEqualTo(200);
        assertThat(download("/api/counties/" + COUNTY + "/alerts?format=doc").getStatusCode().value()).isEqualTo(400);
        ResponseEntity<byte[]> badFormat = download("/api/counties/" + COUNTY + "/exports/dashboard?format=docx&from=bad");
        assertThat(badFormat.getStatusCode().value()).isEqualTo(400);
        assertThat(new String(badFormat.getBody(), StandardCharsets.UTF_8)).as("the format is checked before the period")
                .contains("urn:renda:problem:invalid-format");
        String timeliness = new String(download("/api/counties/" + COUNTY + "/timeliness?format=csv&" + YEAR)
                .getBody(), StandardCharsets.UTF_8);
        assertThat(timeliness).contains("数据录入及时性").contains("截至,实时").contains("迟报条数");
        String record = new String(download("/api/counties/" + COUNTY + "/records/" + D1 + "?format=csv&" + YEAR)
                .getBody(), StandardCharsets.UTF_8);
        assertThat(record).contains("履职档案").contains("代表," + D1).contains("截至,实时");
    }

    @Test
    void the_research_report_holds_the_figures_in_docx_and_pdf() throws Exception {
        ResponseEntity<byte[]> docx = download("/api/counties/" + COUNTY + "/reports/research?format=docx&" + YEAR);
        assertThat(docx.getHeaders().getContentType().toString()).startsWith(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        String text;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.getBody()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            text = extractor.getText();
        }
        assertThat(text).contains("样板县乡镇人大工作统计情况").contains("乡镇人大代表3名").contains("建议超期未答复");
        ResponseEntity<byte[]> pdf = download("/api/counties/" + COUNTY + "/reports/research?format=pdf&" + YEAR);
        assertThat(pdf.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
        try (var document = Loader.loadPDF(pdf.getBody())) {
            assertThat(new PDFTextStripper().getText(document)).contains("样板县").contains("3");
        }
    }

    // ---- helpers ----

    JsonNode find(JsonNode alerts, String rule) {
        for (JsonNode a : alerts.get("items")) {
            if (rule.equals(a.get("rule").asText())) {
                return a;
            }
        }
        throw new AssertionError("no alert " + rule);
    }

    String admin() {
        return token("admin-" + COUNTY, "COUNTY_ADMIN", null, null);
    }

    String deputy(String id) {
        return token("deputy-" + id, "DEPUTY", null, id);
    }

    /** A bearer token as the gateway's dev login signs it, with the deputy claim when given. */
    String token(String user, String role, String township, String deputy) {
        try {
            Instant now = Instant.now();
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(user).issuer(issuer).audience(audience)
                    .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(3600)))
                    .claim("role", role).claim("counties", List.of(COUNTY));
            if (township != null) {
                claims.claim("township", township);
            }
            if (deputy != null) {
                claims.claim("deputy", deputy);
            }
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(),
                    claims.build());
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return "Bearer " + jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    ResponseEntity<JsonNode> put(String path, String body, String authorization) {
        HttpHeaders h = headers(authorization);
        h.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, HttpMethod.PUT, new HttpEntity<>(body, h), JsonNode.class);
    }

    ResponseEntity<byte[]> download(String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(admin())), byte[].class);
    }
}
