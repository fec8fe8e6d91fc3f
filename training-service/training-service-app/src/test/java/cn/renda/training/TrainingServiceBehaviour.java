package cn.renda.training;

import cn.renda.deputy.api.DeputyTopic;
import cn.renda.deputy.api.events.DeputyRegisteredEvent;
import cn.renda.deputy.replica.DeputyReplica;
import cn.renda.platform.events.EventHeaders;
import cn.renda.testkit.EmbeddedInfra;
import cn.renda.testkit.EventRecords;
import cn.renda.training.api.TrainingTopic;
import cn.renda.training.api.events.TrainingAttendanceRecordedEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * training-service on the real embedded parts: deputies arrive from Kafka into the replica; a training is planned
 * and a deputy's attendance recorded through the aggregate, the event store, Kafka and the Mongo list.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class TrainingServiceBehaviour {

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

    String deputyArrives(String county) throws Exception {
        String id = UUID.randomUUID().toString();
        ObjectNode json = (ObjectNode) mapper.readTree(EventRecords.sample("DeputyRegisteredEvent.v1.json"));
        json.put("deputyId", id).put("county", county).put("townshipCode", county + "101");
        EventRecords.publish(EmbeddedInfra.kafkaBootstrap(), DeputyTopic.NAME, DeputyRegisteredEvent.class, id, 0,
                county, json.toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> replica.find(county, id).isPresent());
        return id;
    }

    ResponseEntity<JsonNode> post(String path, String json) {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(json, h), JsonNode.class);
    }

    String plan() {
        ResponseEntity<JsonNode> r = post("/api/counties/" + COUNTY + "/trainings",
                "{\"title\":\"代表法专题培训\",\"topic\":\"DEPUTIES_LAW\",\"date\":\"2024-04-18\",\"hours\":4}");
        assertThat(r.getStatusCode().value()).isEqualTo(201);
        return r.getBody().get("id").asText();
    }

    ResponseEntity<JsonNode> attend(String county, String training, String deputy) {
        return post("/api/counties/" + county + "/trainings/" + training + "/attendance", "{\"deputyId\":\"" + deputy + "\"}");
    }

    long storedEvents() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    @Test
    void attendance_of_a_replicated_deputy_is_published_and_counted() throws Exception {
        String deputy = deputyArrives(COUNTY);
        String training = plan();
        assertThat(attend(COUNTY, training, deputy).getStatusCode().value()).isEqualTo(201);

        List<ConsumerRecord<String, byte[]>> records = EventRecords.read(EmbeddedInfra.kafkaBootstrap(),
                TrainingTopic.NAME, r -> training.equals(r.key()), 2, Duration.ofSeconds(30));
        assertThat(records).hasSize(2);
        ConsumerRecord<String, byte[]> attendance = records.get(1);
        assertThat(EventRecords.header(attendance, EventHeaders.TYPE)).isEqualTo(TrainingAttendanceRecordedEvent.class.getName());
        assertThat(EventRecords.header(attendance, EventHeaders.AGGREGATE_SEQ)).isEqualTo("1");
        TrainingAttendanceRecordedEvent event = mapper.readValue(attendance.value(), TrainingAttendanceRecordedEvent.class);
        assertThat(event.townshipCode()).isEqualTo(COUNTY + "101");
        assertThat(event.hours()).isEqualTo(4);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode one = http.getForObject("/api/counties/" + COUNTY + "/trainings/" + training, JsonNode.class);
            assertThat(one.get("personTimes").asInt()).isEqualTo(1);
        });
    }

    @Test
    void refused_attendance_stores_nothing() throws Exception {
        String deputy = deputyArrives(COUNTY);
        String foreign = deputyArrives(OTHER_COUNTY);
        String training = plan();
        assertThat(attend(COUNTY, training, deputy).getStatusCode().value()).isEqualTo(201);
        long before = storedEvents();

        ResponseEntity<JsonNode> twice = attend(COUNTY, training, deputy);
        assertThat(twice.getStatusCode().value()).isEqualTo(409);
        assertThat(twice.getBody().get("type").asText()).isEqualTo("urn:renda:problem:attendance-already-recorded");
        assertThat(attend(COUNTY, training, foreign).getStatusCode().value()).isEqualTo(422);
        assertThat(attend(COUNTY, training, UUID.randomUUID().toString()).getStatusCode().value()).isEqualTo(422);
        assertThat(attend(COUNTY, UUID.randomUUID().toString(), deputy).getStatusCode().value()).isEqualTo(404);
        assertThat(attend(OTHER_COUNTY, training, foreign).getStatusCode().value()).isEqualTo(404);
        assertThat(post("/api/counties/" + COUNTY + "/trainings", "{\"title\":\"x\",\"topic\":\"DEPUTIES_LAW\",\"hours\":0}")
                .getStatusCode().value()).isEqualTo(400);

        assertThat(storedEvents()).isEqualTo(before);
    }

    String deputyArrives(String county, String township, String name) throws Exception {
        String id = UUID.randomUUID().toString();
        ObjectNode json = (ObjectNode) mapper.readTree(EventRecords.sample("DeputyRegisteredEvent.v1.json"));
        json.put("deputyId", id).put("county", county).put("townshipCode", township).put("name", name);
        EventRecords.publish(EmbeddedInfra.kafkaBootstrap(), DeputyTopic.NAME, DeputyRegisteredEvent.class, id, 0,
                county, json.toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> replica.find(county, id).isPresent());
        return id;
    }

    String planCourse(String county, String topic, String date, int capacity, Integer passingScore) {
        ResponseEntity<JsonNode> r = post("/api/counties/" + county + "/trainings",
                "{\"title\":\"如何审议政府工作报告\",\"topic\":\"" + topic + "\",\"date\":\"" + date + "\",\"hours\":4,"
                        + "\"audience\":\"DEPUTIES\",\"format\":\"LECTURE\",\"place\":\"县人大会议室\",\"capacity\":"
                        + capacity + (passingScore == null ? "" : ",\"passingScore\":" + passingScore) + "}");
        assertThat(r.getStatusCode().value()).isEqualTo(201);
        return r.getBody().get("id").asText();
    }

    ResponseEntity<JsonNode> mark(String county, String training, String deputy, String status) {
        return post("/api/counties/" + county + "/trainings/" + training + "/attendance",
                "{\"deputyId\":\"" + deputy + "\",\"status\":\"" + status + "\"}");
    }

    @Test
    void enrolment_respects_capacity_and_absence_needs_enrolment() throws Exception {
        String a = deputyArrives(COUNTY), b = deputyArrives(COUNTY), c = deputyArrives(COUNTY);
        String training = planCourse(COUNTY, "DEPUTIES_LAW", "2024-05-10", 2, null);
        String base = "/api/counties/" + COUNTY + "/trainings/" + training;
        assertThat(post(base + "/enrolments", "{\"deputyIds\":[\"" + a + "\",\"" + b + "\"]}").getStatusCode().value())
                .isEqualTo(201);
        ResponseEntity<JsonNode> full = post(base + "/enrolments", "{\"deputyIds\":[\"" + c + "\"]}");
        assertThat(full.getStatusCode().value()).isEqualTo(409);
        assertThat(full.getBody().get("type").asText()).isEqualTo("urn:renda:problem:training-full");
        ResponseEntity<JsonNode> notEnrolled = mark(COUNTY, training, c, "ABSENT");
        assertThat(notEnrolled.getStatusCode().value()).isEqualTo(422);
        assertThat(notEnrolled.getBody().get("type").asText()).isEqualTo("urn:renda:problem:not-enrolled");
        assertThat(mark(COUNTY, training, c, "PRESENT").getStatusCode().value()).isEqualTo(409);

        assertThat(post(base + "/attendance-sheet", "{\"entries\":[{\"deputyId\":\"" + a + "\",\"status\":\"LATE\"},"
                + "{\"deputyId\":\"" + b + "\",\"status\":\"EXCUSED\"}]}").getStatusCode().value()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode one = http.getForObject(base, JsonNode.class);
            assertThat(one.get("capacity").asInt()).isEqualTo(2);
            assertThat(one.get("enrolled").asInt()).isEqualTo(2);
            assertThat(one.get("personTimes").asInt()).isEqualTo(1);
            assertThat(one.get("late").asInt()).isEqualTo(1);
            assertThat(one.get("excused").asInt()).isEqualTo(1);
            assertThat(one.get("personHours").asInt()).isEqualTo(4);
            JsonNode people = http.getForObject(base + "/participants", JsonNode.class).get("items");
            assertThat(people).hasSize(2);
            JsonNode record = http.getForObject("/api/counties/" + COUNTY + "/trainings/by-deputy/" + a,
                    JsonNode.class);
            assertThat(record.get("personTimes").asInt()).isEqualTo(1);
            assertThat(record.get("hours").asInt()).isEqualTo(4);
            assertThat(record.get("items").get(0).get("attendance").asText()).isEqualTo("LATE");
            JsonNode excused = http.getForObject("/api/counties/" + COUNTY + "/trainings/by-deputy/" + b,
                    JsonNode.class);
            assertThat(excused.get("personTimes").asInt()).isZero();
            assertThat(excused.get("items").get(0).get("attendance").asText()).isEqualTo("EXCUSED");
        });
    }

    @Test
    void a_completed_course_has_a_certificate_pdf_whose_code_verifies_until_revoked() throws Exception {
        String deputy = deputyArrives(COUNTY, COUNTY + "102", "李秀兰");
        String training = planCourse(COUNTY, "GOVERNMENT_WORK_REPORT", "2024-06-06", 50, 60);
        String base = "/api/counties/" + COUNTY + "/trainings/" + training;
        assertThat(mark(COUNTY, training, deputy, "PRESENT").getStatusCode().value()).isEqualTo(201);
        ResponseEntity<JsonNode> early = post(base + "/completions", "{\"deputyId\":\"" + deputy + "\"}");
        assertThat(early.getBody().get("type").asText()).isEqualTo("urn:renda:problem:not-passed");
        assertThat(post(base + "/assessments", "{\"deputyId\":\"" + deputy + "\",\"score\":86}").getStatusCode().value())
                .isEqualTo(201);
        ResponseEntity<JsonNode> done = post(base + "/completions", "{\"deputyId\":\"" + deputy + "\"}");
        assertThat(done.getStatusCode().value()).isEqualTo(201);
        String code = done.getBody().get("certificateCode").asText();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(http.getForEntity(
                "/api/public/certificates/" + code, JsonNode.class).getStatusCode().value()).isEqualTo(200));
        JsonNode verified = http.getForObject("/api/public/certificates/" + code, JsonNode.class);
        assertThat(verified.get("status").asText()).isEqualTo("VALID");
        assertThat(verified.get("deputyName").asText()).isEqualTo("李秀兰");
        assertThat(verified.get("hours").asInt()).isEqualTo(4);

        ResponseEntity<byte[]> pdf = http.getForEntity("/api/counties/" + COUNTY + "/certificates/" + code + "/pdf",
                byte[].class);
        assertThat(pdf.getStatusCode().value()).isEqualTo(200);
        assertThat(pdf.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.getBody())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("李秀兰").contains("4 学时").contains("如何审议政府工作报告").contains(code)
                    .contains("结业证书");
        }

        assertThat(post(base + "/completions/" + deputy + "/revocation", "{\"reason\":\"考核成绩登记错误\"}")
                .getStatusCode().value()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(http.getForObject(
                "/api/public/certificates/" + code, JsonNode.class).get("status").asText()).isEqualTo("REVOKED"));
        assertThat(http.getForObject("/api/public/certificates/" + code, JsonNode.class).get("reason").asText())
                .isEqualTo("考核成绩登记错误");
        assertThat(http.getForEntity("/api/counties/" + COUNTY + "/certificates/" + code + "/pdf", JsonNode.class)
                .getStatusCode().value()).isEqualTo(409);
        ResponseEntity<JsonNode> unknown = http.getForEntity("/api/public/certificates/ZZZZ2222ZZZZ", JsonNode.class);
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(unknown.getBody().get("type").asText()).isEqualTo("urn:renda:problem:unknown-certificate");
        assertThat(post(base + "/completions", "{\"deputyId\":\"" + deputy + "\"}").getStatusCode().value())
                .isEqualTo(409);
    }

    @Test
    void coverage_counts_serving_deputies_trained_per_township_and_topic() throws Exception {
        // a county of its own for each run: the other IT's replica may hold the deputies this one publishes
        String county = String.valueOf(ThreadLocalRandom.current().nextInt(110000, 659000));
        String east = county + "101", west = county + "102";
        String e1 = deputyArrives(county, east, "甲"), e2 = deputyArrives(county, east, "乙"),
                e3 = deputyArrives(county, east, "丙"), w1 = deputyArrives(county, west, "丁");
        String law = planCourse(county, "DEPUTIES_LAW", "2024-04-18", 100, null);
        String budget = planCourse(county, "BUDGET_REVIEW", "2024-09-01", 100, null);
        String old = planCourse(county, "BUDGET_REVIEW", "2020-03-01", 100, null);
        assertThat(post("/api/counties/" + county + "/trainings/" + law + "/enrolments",
                "{\"deputyIds\":[\"" + e3 + "\"]}").getStatusCode().value()).isEqualTo(201);
        assertThat(post("/api/counties/" + county + "/trainings/" + law + "/attendance-sheet", "{\"entries\":["
                + "{\"deputyId\":\"" + e1 + "\"},{\"deputyId\":\"" + e2 + "\",\"status\":\"LATE\"},"
                + "{\"deputyId\":\"" + e3 + "\",\"status\":\"ABSENT\"}]}").getStatusCode().value()).isEqualTo(201);
        assertThat(mark(county, budget, e1, "PRESENT").getStatusCode().value()).isEqualTo(201);
        assertThat(mark(county, old, w1, "PRESENT").getStatusCode().value()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode c = http.getForObject("/api/counties/" + county + "/training-coverage?since=2021-01-01"
                    + "&until=2026-12-31", JsonNode.class);
            assertThat(c.get("servingDeputies").asInt()).isEqualTo(4);
            assertThat(c.get("trained").asInt()).isEqualTo(2);
            assertThat(c.get("share").asDouble()).isEqualTo(0.5);
            JsonNode eastCov = c.get("townships").get(0);
            assertThat(eastCov.get("townshipCode").asText()).isEqualTo(east);
            assertThat(eastCov.get("servingDeputies").asInt()).isEqualTo(3);
            assertThat(eastCov.get("share").asDouble()).isEqualTo(0.6667);
            assertThat(topic(eastCov, "DEPUTIES_LAW").get("trained").asInt()).isEqualTo(2);
            assertThat(topic(eastCov, "BUDGET_REVIEW").get("trained").asInt()).isEqualTo(1);
            assertThat(topic(eastCov, "BUDGET_REVIEW").get("share").asDouble()).isEqualTo(0.3333);
            JsonNode westCov = c.get("townships").get(1);
            assertThat(westCov.get("trained").asInt()).isZero();
            assertThat(c.get("untrainedDeputies").findValuesAsText("id")).containsExactlyInAnyOrder(e3, w1);
        });
    }

    private static JsonNode topic(JsonNode coverage, String topic) {
        for (JsonNode t : coverage.get("topics")) {
            if (topic.equals(t.get("topic").asText())) {
                return t;
            }
        }
        throw new AssertionError("no topic " + topic);
    }

    @Test
    void materials_are_stored_in_gridfs_listed_by_topic_and_downloaded() {
        byte[] content = "第一讲 代表法要点\n".repeat(2000).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return "代表法讲义.txt";
            }
        });
        form.add("title", "代表法讲义");
        form.add("topic", "DEPUTIES_LAW");
        form.add("trainingId", "t-materials");
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<JsonNode> up = http.exchange("/api/counties/" + COUNTY + "/materials", HttpMethod.POST,
                new HttpEntity<>(form, h), JsonNode.class);
        assertThat(up.getStatusCode().value()).isEqualTo(201);
        String id = up.getBody().get("id").asText();

        JsonNode byTopic = http.getForObject("/api/counties/" + COUNTY + "/materials?topic=DEPUTIES_LAW", JsonNode.class);
        assertThat(byTopic.get("items").findValuesAsText("id")).contains(id);
        JsonNode byTraining = http.getForObject("/api/counties/" + COUNTY + "/materials?trainingId=t-materials",
                JsonNode.class);
        assertThat(byTraining.get("items").get(0).get("title").asText()).isEqualTo("代表法讲义");
        assertThat(http.getForObject("/api/counties/" + COUNTY + "/materials?topic=ELECTION_LAW&trainingId=t-materials",
                JsonNode.class).get("items")).isEmpty();

        ResponseEntity<byte[]> down = http.getForEntity("/api/counties/" + COUNTY + "/materials/" + id, byte[].class);
        assertThat(down.getStatusCode().value()).isEqualTo(200);
        assertThat(down.getBody()).isEqualTo(content);
        assertThat(down.getHeaders().getContentDisposition().getFilename()).isEqualTo("代表法讲义.txt");
        assertThat(http.getForEntity("/api/counties/" + OTHER_COUNTY + "/materials/" + id, JsonNode.class)
                .getStatusCode().value()).isEqualTo(404);

        MultiValueMap<String, Object> noFile = new LinkedMultiValueMap<>();
        noFile.add("title", "代表法讲义");
        noFile.add("topic", "DEPUTIES_LAW");
        ResponseEntity<JsonNode> refused = http.exchange("/api/counties/" + COUNTY + "/materials", HttpMethod.POST,
                new HttpEntity<>(noFile, h), JsonNode.class);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody().get("type").asText()).isEqualTo("urn:renda:problem:validation");
    }

    @Autowired
    org.springframework.core.env.Environment environment;

    @Test
    void the_service_checks_token_county_and_role_on_its_own() {
        cn.renda.testkit.ServiceSecurityChecks.verify(http, environment, COUNTY, "/api/counties/" + COUNTY + "/trainings",
                "/api/counties/" + COUNTY + "/trainings");
    }

    ResponseEntity<JsonNode> postAs(String path, String json, String user, String role, String township) {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        h.setBearerAuth(cn.renda.testkit.TestAuthentication.token(environment.getProperty("renda.security.jwt.secret"),
                environment.getProperty("renda.security.jwt.issuer"), environment.getProperty("renda.security.jwt.audience"),
                user, role, List.of(COUNTY), township));
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(json, h), JsonNode.class);
    }

    @Test
    void a_township_clerk_takes_attendance_only_for_the_townships_deputies_and_plans_no_county_training() throws Exception {
        String deputy = deputyArrives(COUNTY); // in township COUNTY + "101"
        String training = plan();
        String path = "/api/counties/" + COUNTY + "/trainings/" + training + "/attendance";
        String body = "{\"deputyId\":\"" + deputy + "\"}";
        assertThat(postAs(path, body, "clerk-" + COUNTY + "102", "TOWNSHIP_CLERK", COUNTY + "102").getStatusCode().value())
                .as("another township's clerk").isEqualTo(403);
        assertThat(postAs(path, body, "unit-" + COUNTY + "-x", "HANDLING_UNIT", null).getStatusCode().value())
                .as("a handling unit").isEqualTo(403);
        assertThat(postAs(path, body, "clerk-" + COUNTY + "101", "TOWNSHIP_CLERK", COUNTY + "101").getStatusCode().value())
                .as("the deputy's own township's clerk").isEqualTo(201);
        assertThat(postAs("/api/counties/" + COUNTY + "/trainings",
                "{\"title\":\"县级培训\",\"topic\":\"DEPUTIES_LAW\",\"date\":\"2024-04-18\",\"hours\":4}",
                "clerk-" + COUNTY + "101", "TOWNSHIP_CLERK", COUNTY + "101").getStatusCode().value())
                .as("a clerk planning a county training").isEqualTo(403);
    }
}
