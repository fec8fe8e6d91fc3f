package cn.renda.deputy;

import cn.renda.deputy.api.DeputyTopic;
import cn.renda.deputy.api.events.DeputyRegisteredEvent;
import cn.renda.platform.events.EventHeaders;
import cn.renda.testkit.EmbeddedInfra;
import cn.renda.testkit.EventRecords;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * deputy-service on the real embedded parts: HTTP -> command -> aggregate -> relational event store (H2 here,
 * PostgreSQL in {@link DeputyServicePostgresIT}; H2 in {@link DeputyServiceIT}) -> tracking processor -> Kafka, and -> Mongo query model.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class DeputyServiceBehaviour {

    static final String COUNTY = String.valueOf(ThreadLocalRandom.current().nextInt(110000, 659000));

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper mapper;

    /** The broker the service publishes to: the shared embedded one unless a subclass says otherwise. */
    protected String kafka() {
        return EmbeddedInfra.kafkaBootstrap();
    }

    /** Shared by every subclass in the JVM: each test gets a township no other test uses (random codes collided). */
    private static final java.util.concurrent.atomic.AtomicInteger NEXT_TOWNSHIP = new java.util.concurrent.atomic.AtomicInteger(100);

    String township() {
        int n = NEXT_TOWNSHIP.getAndIncrement();
        if (n > 999) {
            throw new IllegalStateException("more than 900 townships in one test JVM");
        }
        return COUNTY + String.format("%03d", n);
    }

    ResponseEntity<JsonNode> post(String path, String json) {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(json, h), JsonNode.class);
    }

    long storedEvents() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    @Test
    void a_registered_deputy_is_published_on_kafka_with_its_county_and_sequence_and_listed() throws Exception {
        String township = township();
        assertThat(post("/api/counties/" + COUNTY + "/townships", "{\"code\":\"" + township + "\",\"name\":\"城关镇\"}")
                .getStatusCode().value()).isEqualTo(201);
        ResponseEntity<JsonNode> created = post("/api/counties/" + COUNTY + "/deputies",
                "{\"townshipCode\":\"" + township + "\",\"name\":\"王建华\",\"gender\":\"MALE\",\"birthYear\":1972,\"occupation\":\"FARMER\"}");
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        String id = created.getBody().get("id").asText();

        List<ConsumerRecord<String, byte[]>> records = EventRecords.read(kafka(), DeputyTopic.NAME,
                r -> id.equals(r.key()), 1, Duration.ofSeconds(30));
        assertThat(records).hasSize(1);
        Map<String, String> headers = EventRecords.headers(records.get(0));
        assertThat(headers).containsEntry(EventHeaders.TYPE, DeputyRegisteredEvent.class.getName())
                .containsEntry(EventHeaders.COUNTY, COUNTY)
                .containsEntry(EventHeaders.AGGREGATE_ID, id)
                .containsEntry(EventHeaders.AGGREGATE_SEQ, "0")
                .containsEntry(EventHeaders.REVISION, "2")
                .containsEntry(EventHeaders.USER, "admin-" + COUNTY)
                .containsEntry(EventHeaders.ROLE, "COUNTY_ADMIN")
                .containsKey(EventHeaders.ID)
                .containsKey(EventHeaders.REQUEST_ID);
        DeputyRegisteredEvent event = mapper.readValue(records.get(0).value(), DeputyRegisteredEvent.class);
        assertThat(event.name()).isEqualTo("王建华");
        assertThat(event.townshipCode()).isEqualTo(township);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode list = http.getForObject("/api/counties/" + COUNTY + "/deputies?township=" + township, JsonNode.class);
            assertThat(list.get("total").asLong()).isEqualTo(1);
            assertThat(list.get("items").get(0).get("id").asText()).isEqualTo(id);
        });
        JsonNode one = http.getForObject("/api/counties/" + COUNTY + "/deputies/" + id, JsonNode.class);
        assertThat(one.get("name").asText()).isEqualTo("王建华");
        assertThat(http.getForEntity("/api/counties/110000/deputies/" + id, JsonNode.class).getStatusCode().value())
                .as("another county does not see the deputy").isEqualTo(404);
    }

    @Test
    void bad_input_is_refused_with_problem_json_and_stores_nothing() {
        String township = township();
        post("/api/counties/" + COUNTY + "/townships", "{\"code\":\"" + township + "\",\"name\":\"丰李镇\"}");
        long before = storedEvents();

        ResponseEntity<JsonNode> malformed = post("/api/counties/" + COUNTY + "/deputies", "{\"townshipCode\":");
        assertThat(malformed.getStatusCode().value()).isEqualTo(400);
        assertThat(malformed.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(malformed.getBody().get("type").asText()).isEqualTo("urn:renda:problem:malformed-request");

        ResponseEntity<JsonNode> invalid = post("/api/counties/" + COUNTY + "/deputies",
                "{\"townshipCode\":\"" + township + "\",\"name\":\"\",\"gender\":\"MALE\"}");
        assertThat(invalid.getStatusCode().value()).isEqualTo(400);
        assertThat(invalid.getBody().get("type").asText()).isEqualTo("urn:renda:problem:validation");
        assertThat(invalid.getBody().get("title").asText()).isEqualTo("请求数据校验未通过");
        assertThat(invalid.getBody().get("errors").findValuesAsText("field")).contains("name", "occupation");

        ResponseEntity<JsonNode> unknownTownship = post("/api/counties/" + COUNTY + "/deputies",
                "{\"townshipCode\":\"" + COUNTY + "000\",\"name\":\"张三\",\"gender\":\"MALE\",\"occupation\":\"OTHER\"}");
        assertThat(unknownTownship.getStatusCode().value()).isEqualTo(422);
        assertThat(unknownTownship.getBody().get("type").asText()).isEqualTo("urn:renda:problem:unknown-township");

        ResponseEntity<JsonNode> otherCounty = post("/api/counties/110000/deputies",
                "{\"townshipCode\":\"" + township + "\",\"name\":\"张三\",\"gender\":\"MALE\",\"occupation\":\"OTHER\"}");
        assertThat(otherCounty.getStatusCode().value()).isEqualTo(422);

        ResponseEntity<JsonNode> badCounty = post("/api/counties/4103/deputies",
                "{\"townshipCode\":\"" + township + "\",\"name\":\"张三\",\"gender\":\"MALE\",\"occupation\":\"OTHER\"}");
        assertThat(badCounty.getStatusCode().value()).isEqualTo(400);

        ResponseEntity<JsonNode> duplicate = post("/api/counties/" + COUNTY + "/townships",
                "{\"code\":\"" + township + "\",\"name\":\"丰李镇\"}");
        assertThat(duplicate.getStatusCode().value()).isEqualTo(409);

        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void english_is_answered_when_asked_for() {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        h.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
        ResponseEntity<JsonNode> r = http.exchange("/api/counties/" + COUNTY + "/deputies", HttpMethod.POST,
                new HttpEntity<>("{}", h), JsonNode.class);
        assertThat(r.getStatusCode().value()).isEqualTo(400);
        assertThat(r.getBody().get("title").asText()).isEqualTo("The request did not pass validation");
    }

    @Autowired
    com.mongodb.client.MongoDatabase mongo;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    String register(String township, String extraJson) {
        ResponseEntity<JsonNode> created = post("/api/counties/" + COUNTY + "/deputies",
                "{\"townshipCode\":\"" + township + "\",\"name\":\"赵德明\",\"gender\":\"MALE\",\"birthYear\":1975,"
                        + "\"occupation\":\"CADRE\",\"term\":13,\"ethnicity\":\"回族\",\"education\":\"BACHELOR\","
                        + "\"party\":\"CPC_MEMBER\",\"reElected\":true,\"district\":\"第二选区\",\"electedOn\":\"2021-11-20\"" + extraJson + "}");
        assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
        return created.getBody().get("id").asText();
    }

    static String idCard() {
        String first17 = "410327" + (1960 + ThreadLocalRandom.current().nextInt(40)) + "0101"
                + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        return first17 + cn.renda.deputy.privacy.IdCards.checkCharacter(first17);
    }

    /** Every payload in the event store, as text (BLOB on H2, large object or bytea on PostgreSQL). */
    List<String> storedPayloads() {
        return new org.springframework.transaction.support.TransactionTemplate(transactions).execute(status ->
                jdbc.query("select payload from domain_event_entry", (rs, i) -> {
                    byte[] bytes;
                    try {
                        java.sql.Blob blob = rs.getBlob(1);
                        bytes = blob.getBytes(1, (int) blob.length());
                    } catch (java.sql.SQLException e) {
                        bytes = rs.getBytes(1);
                    }
                    return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
                }));
    }

    /** Every document of every collection of the service's Mongo database, as JSON. */
    List<String> mongoDocuments() {
        List<String> docs = new java.util.ArrayList<>();
        for (String name : mongo.listCollectionNames()) {
            mongo.getCollection(name).find().forEach(d -> docs.add(d.toJson()));
        }
        return docs;
    }

    @Test
    void a_deputy_who_resigns_stops_serving_in_the_list_the_profile_and_on_the_topic() {
        String township = township();
        post("/api/counties/" + COUNTY + "/townships", "{\"code\":\"" + township + "\",\"name\":\"大章镇\"}");
        String id = register(township, "");
        ResponseEntity<JsonNode> changed = post("/api/counties/" + COUNTY + "/deputies/" + id + "/status-changes",
                "{\"change\":\"RESIGNED\",\"effectiveOn\":\"2024-06-30\",\"reason\":\"因工作调动辞去代表职务\"}");
        assertThat(changed.getStatusCode().value()).isEqualTo(201);
        ResponseEntity<JsonNode> again = post("/api/counties/" + COUNTY + "/deputies/" + id + "/status-changes",
                "{\"change\":\"RECALLED\",\"effectiveOn\":\"2024-07-01\",\"reason\":\"罢免\"}");
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(again.getBody().get("type").asText()).isEqualTo("urn:renda:problem:deputy-not-serving");
        ResponseEntity<JsonNode> noReason = post("/api/counties/" + COUNTY + "/deputies/" + id + "/status-changes",
                "{\"change\":\"RECALLED\",\"effectiveOn\":\"2024-07-01\"}");
        assertThat(noReason.getStatusCode().value()).isEqualTo(400);

        List<ConsumerRecord<String, byte[]>> records = EventRecords.read(kafka(), DeputyTopic.NAME,
                r -> id.equals(r.key()), 2, Duration.ofSeconds(30));
        assertThat(records).extracting(r -> EventRecords.header(r, EventHeaders.TYPE))
                .containsExactly(DeputyRegisteredEvent.class.getName(),
                        cn.renda.deputy.api.events.DeputyStatusChangedEvent.class.getName());

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode one = http.getForObject("/api/counties/" + COUNTY + "/deputies/" + id, JsonNode.class);
            assertThat(one.get("status").asText()).isEqualTo("RESIGNED");
            assertThat(one.get("statusChange").get("reason").asText()).isEqualTo("因工作调动辞去代表职务");
        });
        JsonNode serving = http.getForObject("/api/counties/" + COUNTY + "/deputies?township=" + township
                + "&status=SERVING", JsonNode.class);
        assertThat(serving.get("total").asLong()).isZero();
        JsonNode composition = http.getForObject("/api/counties/" + COUNTY + "/deputies/composition?township="
                + township, JsonNode.class);
        assertThat(composition.get("serving").asLong()).as("a resigned deputy leaves the composition").isZero();
        JsonNode resigned = http.getForObject("/api/counties/" + COUNTY + "/deputies?township=" + township
                + "&status=RESIGNED&party=CPC_MEMBER&reElected=true", JsonNode.class);
        assertThat(resigned.get("total").asLong()).isEqualTo(1);
        assertThat(resigned.get("items").get(0).get("ethnicity").asText()).isEqualTo("回族");
    }

    @Test
    void the_list_finds_deputies_by_part_of_the_name_literally_and_ignoring_case() {
        String township = township();
        post("/api/counties/" + COUNTY + "/townships", "{\"code\":\"" + township + "\",\"name\":\"白杨镇\"}");
        String zhao = register(township, "");
        String[] names = {"张晓燕", "李晓明", "Aygul Tursun"};
        String[] ids = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            ResponseEntity<JsonNode> created = post("/api/counties/" + COUNTY + "/deputies", "{\"townshipCode\":\""
                    + township + "\",\"name\":\"" + names[i] + "\",\"gender\":\"FEMALE\",\"birthYear\":1980,"
                    + "\"occupation\":\"FARMER\"}");
            assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
            ids[i] = created.getBody().get("id").asText();
        }
        String base = "/api/counties/" + COUNTY + "/deputies?size=500&township=" + township + "&name={name}";
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(deputyIds(base, "晓")).containsExactlyInAnyOrder(ids[0], ids[1]));
        assertThat(deputyIds(base, "晓燕")).containsExactly(ids[0]);
        assertThat(deputyIds(base, "  TURSUN ")).containsExactly(ids[2]);
        assertThat(deputyIds(base, "赵德明")).containsExactly(zhao);
        assertThat(deputyIds(base, ".*")).as("regular-expression characters are literal").isEmpty();
        assertThat(deputyIds(base, "王")).isEmpty();
        assertThat(deputyIds("/api/counties/" + COUNTY + "/deputies?size=500&township=" + township, null)).hasSize(4);
        assertThat(http.getForEntity(base, JsonNode.class, "晓".repeat(41)).getStatusCode().value()).isEqualTo(400);
    }

    List<String> deputyIds(String url, String name) {
        JsonNode page = name == null ? http.getForObject(url, JsonNode.class) : http.getForObject(url, JsonNode.class, name);
        List<String> ids = new java.util.ArrayList<>();
        page.get("items").forEach(d -> ids.add(d.get("id").asText()));
        return ids;
    }

    @Test
    void one_id_card_number_per_term() {
        String township = township();
        post("/api/counties/" + COUNTY + "/townships", "{\"code\":\"" + township + "\",\"name\":\"段湾乡\"}");
        String card = idCard();
        register(township, ",\"idCardNumber\":\"" + card + "\"");
        long before = storedEvents();
        ResponseEntity<JsonNode> duplicate = post("/api/counties/" + COUNTY + "/deputies",
                "{\"townshipCode\":\"" + township + "\",\"name\":\"赵德明\",\"gender\":\"MALE\",\"occupation\":\"CADRE\","
                        + "\"term\":13,\"idCardNumber\":\"" + card.toLowerCase() + "\"}");
        assertThat(duplicate.getStatusCode().value()).isEqualTo(409);
        assertThat(duplicate.getBody().get("type").asText()).isEqualTo("urn:renda:problem:id-card-taken");
        assertThat(storedEvents()).isEqualTo(before);
        ResponseEntity<JsonNode> badCheck = post("/api/counties/" + COUNTY + "/deputies",
                "{\"townshipCode\":\"" + township + "\",\"name\":\"赵德明\",\"gender\":\"MALE\",\"occupation\":\"CADRE\","
                        + "\"term\":13,\"idCardNumber\":\"" + card.substring(0, 17) + (card.charAt(17) == '1' ? '2' : '1') + "\"}");
        assertThat(badCheck.getStatusCode().value()).isEqualTo(422);
        assertThat(register(township, ",\"idCardNumber\":\"" + card + "\",\"term\":14"))
                .as("the same person may be elected again in the next term").isNotBlank();
    }

    @Test
    void an_erased_deputy_leaves_no_plaintext_in_the_event_store_the_topic_or_the_read_models() {
        String township = township();
        post("/api/counties/" + COUNTY + "/townships", "{\"code\":\"" + township + "\",\"name\":\"金斗乡\"}");
        String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String card = idCard();
        String address = "金斗乡" + ThreadLocalRandom.current().nextInt(100_000, 999_999) + "号院";
        List<String> secrets = List.of(phone, card, address);
        String id = register(township, ",\"phone\":\"" + phone + "\",\"idCardNumber\":\"" + card
                + "\",\"address\":\"" + address + "\"");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode one = http.getForObject("/api/counties/" + COUNTY + "/deputies/" + id, JsonNode.class);
            assertThat(one.get("phone").asText()).isEqualTo(phone);
            assertThat(one.get("address").asText()).isEqualTo(address);
            assertThat(one.get("idCardNumber").asText()).isEqualTo(card.substring(0, 6) + "********" + card.substring(14));
        });
        assertThat(String.join("\n", storedPayloads())).as("events carry ciphertext only, from the first one on")
                .contains(id).doesNotContain(phone, card, address);

        ResponseEntity<JsonNode> erased = post("/api/counties/" + COUNTY + "/deputies/" + id + "/personal-data-erasure",
                "{\"reason\":\"本人申请删除个人信息\"}");
        assertThat(erased.getStatusCode().value()).isEqualTo(201);
        assertThat(post("/api/counties/" + COUNTY + "/deputies/" + id + "/personal-data-erasure",
                "{\"reason\":\"再次\"}").getStatusCode().value()).isEqualTo(409);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode one = http.getForObject("/api/counties/" + COUNTY + "/deputies/" + id, JsonNode.class);
            assertThat(one.get("phone").asText()).isEqualTo("[已删除]");
            assertThat(one.get("idCardNumber").asText()).isEqualTo("[已删除]");
            assertThat(one.get("address").asText()).isEqualTo("[已删除]");
            assertThat(one.get("name").asText()).as("the record itself stays").isEqualTo("赵德明");
        });
        JsonNode counted = http.getForObject("/api/counties/" + COUNTY + "/deputies?township=" + township, JsonNode.class);
        assertThat(counted.get("total").asLong()).as("counts stay right").isEqualTo(1);
        JsonNode composition = http.getForObject("/api/counties/" + COUNTY + "/deputies/composition?township="
                + township, JsonNode.class);
        assertThat(composition.get("serving").asLong()).isEqualTo(1);
        assertThat(composition.get("cadreShare").asDouble()).as("statistics stay right").isEqualTo(1.0);
        assertThat(composition.get("counts").get("ethnicity").get("回族").asLong()).isEqualTo(1);

        List<String> payloads = storedPayloads();
        assertThat(String.join("\n", payloads)).contains(id);
        List<ConsumerRecord<String, byte[]>> records = EventRecords.read(kafka(), DeputyTopic.NAME,
                r -> id.equals(r.key()), 2, Duration.ofSeconds(30));
        assertThat(records).hasSize(2);
        String topic = records.stream().map(r -> new String(r.value(), java.nio.charset.StandardCharsets.UTF_8))
                .reduce("", String::concat);
        List<String> documents = mongoDocuments();
        assertThat(String.join("\n", documents)).contains(id);
        for (String secret : secrets) {
            assertThat(payloads).noneMatch(p -> p.contains(secret));
            assertThat(topic).doesNotContain(secret);
            assertThat(documents).noneMatch(d -> d.contains(secret));
        }
        assertThat(String.join("\n", payloads)).as("the ciphertext is still there, but no key opens it")
                .contains("aesgcm1:");
        assertThat(jdbc.queryForObject("select count(*) from deputy_key where deputy_id = ?", Long.class, id)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from deputy_id_card where deputy_id = ?", Long.class, id)).isZero();
    }

    @Test
    void a_chair_who_resigns_loses_the_post_and_a_session_opens_only_with_two_thirds_present() {
        String township = township();
        post("/api/counties/" + COUNTY + "/townships", "{\"code\":\"" + township + "\",\"name\":\"瓦峪乡\"}");
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(register(township, ""));
        }
        ResponseEntity<JsonNode> formed = post("/api/counties/" + COUNTY + "/presidium",
                "{\"townshipCode\":\"" + township + "\",\"term\":13,\"formedOn\":\"2021-11-21\"}");
        assertThat(formed.getStatusCode().value()).isEqualTo(201);
        String presidium = formed.getBody().get("id").asText();
        assertThat(post("/api/counties/" + COUNTY + "/presidium/" + presidium + "/members",
                "{\"deputyId\":\"" + ids.get(0) + "\",\"role\":\"CHAIR\",\"partySecretary\":true,\"appointedOn\":\"2021-11-21\"}")
                .getStatusCode().value()).isEqualTo(201);
        assertThat(post("/api/counties/" + COUNTY + "/presidium/" + presidium + "/members",
                "{\"deputyId\":\"" + ids.get(1) + "\",\"role\":\"VICE_CHAIR\",\"fullTime\":true,\"appointedOn\":\"2021-11-21\"}")
                .getStatusCode().value()).isEqualTo(201);
        ResponseEntity<JsonNode> secondChair = post("/api/counties/" + COUNTY + "/presidium/" + presidium + "/members",
                "{\"deputyId\":\"" + ids.get(2) + "\",\"role\":\"CHAIR\",\"appointedOn\":\"2021-11-21\"}");
        assertThat(secondChair.getStatusCode().value()).isEqualTo(409);
        assertThat(secondChair.getBody().get("type").asText()).isEqualTo("urn:renda:problem:chair-taken");

        post("/api/counties/" + COUNTY + "/deputies/" + ids.get(0) + "/status-changes",
                "{\"change\":\"RESIGNED\",\"effectiveOn\":\"2024-06-30\",\"reason\":\"调离本乡\"}");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode view = http.getForObject("/api/counties/" + COUNTY + "/presidium/" + presidium, JsonNode.class);
            assertThat(view.get("hasChair").asBoolean()).isFalse();
            assertThat(view.get("lostPosts").get(0).get("deputyId").asText()).isEqualTo(ids.get(0));
            assertThat(view.get("lostPosts").get(0).get("role").asText()).isEqualTo("CHAIR");
            assertThat(view.get("hasFullTimeViceChair").asBoolean()).isTrue();
        });
        List<ConsumerRecord<String, byte[]>> lost = EventRecords.read(kafka(), DeputyTopic.NAME,
                r -> presidium.equals(r.key()), 4, Duration.ofSeconds(20));
        assertThat(lost).extracting(r -> EventRecords.header(r, EventHeaders.TYPE))
                .contains(cn.renda.deputy.api.events.PresidiumPostLostEvent.class.getName());
        ResponseEntity<JsonNode> resignedMember = post("/api/counties/" + COUNTY + "/presidium/" + presidium + "/members",
                "{\"deputyId\":\"" + ids.get(0) + "\",\"role\":\"MEMBER\",\"appointedOn\":\"2024-07-01\"}");
        assertThat(resignedMember.getStatusCode().value()).isEqualTo(422);

        ResponseEntity<JsonNode> convened = post("/api/counties/" + COUNTY + "/sessions",
                "{\"townshipCode\":\"" + township + "\",\"term\":13,\"number\":3,\"startsOn\":\"2024-07-20\",\"days\":1,"
                        + "\"agenda\":[\"审议政府工作报告\",\"补选乡人大主席\"]}");
        assertThat(convened.getStatusCode().value()).isEqualTo(201);
        String session = convened.getBody().get("id").asText();
        post("/api/counties/" + COUNTY + "/sessions/" + session + "/documents",
                "{\"titles\":[\"政府工作报告（草案）\"],\"distributedOn\":\"2024-07-13\"}");
        // 5 serving deputies remain: 3 present is below 2/3 (needs 4)
        ResponseEntity<JsonNode> noQuorum = post("/api/counties/" + COUNTY + "/sessions/" + session + "/opening",
                "{\"openedOn\":\"2024-07-20\",\"presentDeputyIds\":[\"" + ids.get(1) + "\",\"" + ids.get(2) + "\",\"" + ids.get(3) + "\"]}");
        assertThat(noQuorum.getStatusCode().value()).isEqualTo(422);
        assertThat(noQuorum.getBody().get("type").asText()).isEqualTo("urn:renda:problem:no-quorum");
        ResponseEntity<JsonNode> withResigned = post("/api/counties/" + COUNTY + "/sessions/" + session + "/opening",
                "{\"openedOn\":\"2024-07-20\",\"presentDeputyIds\":[\"" + ids.get(0) + "\",\"" + ids.get(1) + "\",\"" + ids.get(2) + "\",\"" + ids.get(3) + "\"]}");
        assertThat(withResigned.getStatusCode().value()).as("a resigned deputy does not count").isEqualTo(422);
        assertThat(post("/api/counties/" + COUNTY + "/sessions/" + session + "/opening",
                "{\"openedOn\":\"2024-07-20\",\"presentDeputyIds\":[\"" + ids.get(1) + "\",\"" + ids.get(2) + "\",\"" + ids.get(3) + "\",\"" + ids.get(4) + "\"],"
                        + "\"excusedDeputyIds\":[\"" + ids.get(5) + "\"]}").getStatusCode().value()).isEqualTo(201);
        assertThat(post("/api/counties/" + COUNTY + "/sessions/" + session + "/votes",
                "{\"item\":\"政府工作报告\",\"kind\":\"REPORT\",\"votesFor\":4,\"votesAgainst\":0,\"abstentions\":0}")
                .getStatusCode().value()).isEqualTo(201);
        assertThat(post("/api/counties/" + COUNTY + "/sessions/" + session + "/closing", "{\"closedOn\":\"2024-07-20\"}")
                .getStatusCode().value()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode view = http.getForObject("/api/counties/" + COUNTY + "/sessions/" + session, JsonNode.class);
            assertThat(view.get("stage").asText()).isEqualTo("CLOSED");
            assertThat(view.get("servingDeputies").asInt()).isEqualTo(5);
            assertThat(view.get("presentDeputyIds")).hasSize(4);
            assertThat(view.get("attendanceRate").asDouble()).isEqualTo(0.8);
            assertThat(view.get("documents").get(0).get("daysBeforeSession").asInt()).isEqualTo(7);
            assertThat(view.get("votes").get(0).get("passed").asBoolean()).isTrue();
            assertThat(view.get("days").asInt()).isEqualTo(1);
        });
    }

    @Test
    void terms_bound_deputies_presidiums_and_sessions_and_show_each_year_without_a_session() {
        String township = township();
        String base = "/api/counties/" + COUNTY;
        post(base + "/townships", "{\"code\":\"" + township + "\",\"name\":\"宋店乡\"}");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.ofHours(8));
        int y = today.getYear();
        java.time.LocalDate start = java.time.LocalDate.of(y - 3, 3, 1);

        ResponseEntity<JsonNode> opened = post(base + "/terms",
                "{\"townshipCode\":\"" + township + "\",\"number\":13,\"startsOn\":\"" + start + "\"}");
        assertThat(opened.getStatusCode().value()).as(String.valueOf(opened.getBody())).isEqualTo(201);
        String term = opened.getBody().get("id").asText();
        assertThat(term).isEqualTo(township + "-T13");
        ResponseEntity<JsonNode> skipped = post(base + "/terms",
                "{\"townshipCode\":\"" + township + "\",\"number\":15,\"startsOn\":\"" + start.plusYears(5) + "\"}");
        assertThat(skipped.getStatusCode().value()).isEqualTo(422);
        assertThat(skipped.getBody().get("type").asText()).isEqualTo("urn:renda:problem:term-not-next");

        String deputy = "{\"townshipCode\":\"" + township + "\",\"name\":\"宋志刚\",\"gender\":\"MALE\","
                + "\"birthYear\":1970,\"occupation\":\"FARMER\"";
        ResponseEntity<JsonNode> wrongTerm = post(base + "/deputies", deputy + ",\"term\":12}");
        assertThat(wrongTerm.getStatusCode().value()).isEqualTo(422);
        assertThat(wrongTerm.getBody().get("type").asText()).isEqualTo("urn:renda:problem:unknown-term");
        ResponseEntity<JsonNode> current = post(base + "/deputies", deputy + "}");
        assertThat(current.getStatusCode().value()).as("without a term: the one in force today").isEqualTo(201);
        String deputyId = current.getBody().get("id").asText();
        assertThat(post(base + "/presidium", "{\"townshipCode\":\"" + township + "\",\"term\":12,\"formedOn\":\""
                + start + "\"}").getBody().get("type").asText()).isEqualTo("urn:renda:problem:unknown-term");
        assertThat(post(base + "/presidium", "{\"townshipCode\":\"" + township + "\",\"term\":13,\"formedOn\":\""
                + start.minusDays(1) + "\"}").getBody().get("type").asText())
                .isEqualTo("urn:renda:problem:presidium-outside-term");
        assertThat(post(base + "/presidium", "{\"townshipCode\":\"" + township + "\",\"term\":13,\"formedOn\":\""
                + start + "\"}").getStatusCode().value()).isEqualTo(201);

        ResponseEntity<JsonNode> before = post(base + "/sessions", "{\"townshipCode\":\"" + township
                + "\",\"term\":13,\"number\":1,\"startsOn\":\"" + start.minusDays(1) + "\",\"days\":1,\"agenda\":[\"选举\"]}");
        assertThat(before.getStatusCode().value()).isEqualTo(422);
        assertThat(before.getBody().get("type").asText()).isEqualTo("urn:renda:problem:session-outside-term");
        ResponseEntity<JsonNode> session = post(base + "/sessions", "{\"townshipCode\":\"" + township
                + "\",\"term\":13,\"number\":2,\"startsOn\":\"" + (y - 2) + "-01-10\",\"days\":1,"
                + "\"agenda\":[\"审议政府工作报告\"]}");
        assertThat(session.getStatusCode().value()).as(String.valueOf(session.getBody())).isEqualTo(201);
        assertThat(post(base + "/sessions/" + session.getBody().get("id").asText() + "/opening",
                "{\"openedOn\":\"" + (y - 2) + "-01-10\",\"presentDeputyIds\":[\"" + deputyId + "\"]}")
                .getStatusCode().value()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(http.getForObject(base + "/deputies/" + deputyId, JsonNode.class).get("term").asInt())
                    .isEqualTo(13);
            JsonNode terms = http.getForObject(base + "/terms?township=" + township, JsonNode.class);
            assertThat(terms.get("total").asInt()).isEqualTo(1);
            JsonNode view = terms.get("items").get(0);
            assertThat(view.get("number").asInt()).isEqualTo(13);
            assertThat(view.get("endsOn").asText()).isEqualTo(start.plusYears(5).minusDays(1).toString());
            assertThat(view.get("current").asBoolean()).isTrue();
            List<Integer> years = new java.util.ArrayList<>();
            List<Boolean> missing = new java.util.ArrayList<>();
            view.get("years").forEach(yr -> {
                years.add(yr.get("year").asInt());
                missing.add(yr.get("missing").asBoolean());
            });
            assertThat(years).containsExactly(y - 3, y - 2, y - 1, y, y + 1, y + 2);
            assertThat(missing).as("the first and third years are over without a session; this year is not over")
                    .containsExactly(true, false, true, false, false, false);
            assertThat(view.get("years").get(1).get("held").asInt()).isEqualTo(1);
            assertThat(view.get("yearsMissingSession").asInt()).isEqualTo(2);
        });
        assertThat(http.getForObject(base + "/terms/" + term, JsonNode.class).get("number").asInt()).isEqualTo(13);
        assertThat(http.getForEntity(base + "/terms/" + township + "-T12", JsonNode.class).getStatusCode().value())
                .isEqualTo(404);
    }

    @Test
    void districts_are_registered_checked_for_deputies_and_listed_with_their_deputies() {
        String township = township();
        String base = "/api/counties/" + COUNTY;
        post(base + "/townships", "{\"code\":\"" + township + "\",\"name\":\"王范回族镇\"}");
        String deputy = "{\"townshipCode\":\"" + township + "\",\"name\":\"马金凤\",\"gender\":\"FEMALE\","
                + "\"birthYear\":1981,\"occupation\":\"BUSINESS\",\"term\":13";
        assertThat(post(base + "/deputies", deputy + ",\"district\":\"老街片\"}").getStatusCode().value())
                .as("a township without registered districts keeps free text").isEqualTo(201);

        ResponseEntity<JsonNode> first = post(base + "/districts", "{\"townshipCode\":\"" + township
                + "\",\"code\":\"01\",\"name\":\"第一选区\",\"seats\":2,\"voters\":1500}");
        assertThat(first.getStatusCode().value()).as(String.valueOf(first.getBody())).isEqualTo(201);
        assertThat(first.getBody().get("id").asText()).isEqualTo(township + "-D01");
        ResponseEntity<JsonNode> sameName = post(base + "/districts", "{\"townshipCode\":\"" + township
                + "\",\"code\":\"02\",\"name\":\"第一选区\",\"seats\":1,\"voters\":900}");
        assertThat(sameName.getStatusCode().value()).isEqualTo(409);
        assertThat(sameName.getBody().get("type").asText()).isEqualTo("urn:renda:problem:district-name-taken");
        assertThat(post(base + "/districts", "{\"townshipCode\":\"" + township
                + "\",\"code\":\"01\",\"name\":\"东片\",\"seats\":1,\"voters\":900}").getStatusCode().value())
                .as("the same code twice").isEqualTo(409);
        ResponseEntity<JsonNode> tooFew = post(base + "/districts", "{\"townshipCode\":\"" + township
                + "\",\"code\":\"03\",\"name\":\"第三选区\",\"seats\":3,\"voters\":2}");
        assertThat(tooFew.getBody().get("type").asText()).isEqualTo("urn:renda:problem:district-voters-invalid");

        ResponseEntity<JsonNode> unknown = post(base + "/deputies", deputy + ",\"district\":\"第九选区\"}");
        assertThat(unknown.getStatusCode().value()).isEqualTo(422);
        assertThat(unknown.getBody().get("type").asText()).isEqualTo("urn:renda:problem:unknown-district");
        assertThat(unknown.getBody().get("detail").asText()).contains("第九选区", "第一选区");
        ResponseEntity<JsonNode> byCode = post(base + "/deputies", deputy + ",\"district\":\"01\"}");
        assertThat(byCode.getStatusCode().value()).isEqualTo(201);
        assertThat(post(base + "/deputies", deputy + ",\"district\":\"第一选区\"}").getStatusCode().value())
                .as("by name").isEqualTo(201);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(http.getForObject(base + "/deputies/" + byCode.getBody().get("id").asText(), JsonNode.class)
                    .get("district").asText()).as("the event keeps the district's name").isEqualTo("第一选区");
            JsonNode districts = http.getForObject(base + "/districts?township=" + township, JsonNode.class);
            assertThat(districts.get("total").asInt()).isEqualTo(1);
            JsonNode d = districts.get("items").get(0);
            assertThat(d.get("name").asText()).isEqualTo("第一选区");
            assertThat(d.get("seats").asInt()).isEqualTo(2);
            assertThat(d.get("voters").asInt()).isEqualTo(1500);
            assertThat(d.get("deputies").asInt()).isEqualTo(2);
            assertThat(d.get("vacancies").asInt()).isZero();
            assertThat(http.getForObject(base + "/deputies?township=" + township + "&district=第一选区", JsonNode.class)
                    .get("total").asInt()).as("the deputies of one district").isEqualTo(2);
        });
    }

    @Test
    void a_group_with_its_members_leader_and_activities_and_a_reception_day() {
        String township = township();
        post("/api/counties/" + COUNTY + "/townships", "{\"code\":\"" + township + "\",\"name\":\"观音堂乡\"}");
        ResponseEntity<JsonNode> formed = post("/api/counties/" + COUNTY + "/groups",
                "{\"townshipCode\":\"" + township + "\",\"name\":\"东关村代表小组\",\"village\":\"东关村\",\"room\":\"东关村代表活动室\"}");
        assertThat(formed.getStatusCode().value()).isEqualTo(201);
        String group = formed.getBody().get("id").asText();
        String a = register(township, ",\"groupId\":\"" + group + "\"");
        String b = register(township, ",\"groupId\":\"" + group + "\"");
        String outsider = register(township, "");
        ResponseEntity<JsonNode> unknownGroup = post("/api/counties/" + COUNTY + "/deputies",
                "{\"townshipCode\":\"" + township + "\",\"name\":\"钱多\",\"gender\":\"MALE\",\"occupation\":\"OTHER\",\"groupId\":\"nope\"}");
        assertThat(unknownGroup.getStatusCode().value()).isEqualTo(422);
        assertThat(post("/api/counties/" + COUNTY + "/groups/" + group + "/leader", "{\"deputyId\":\"" + outsider + "\"}")
                .getStatusCode().value()).isEqualTo(422);
        assertThat(post("/api/counties/" + COUNTY + "/groups/" + group + "/leader", "{\"deputyId\":\"" + a + "\"}")
                .getStatusCode().value()).isEqualTo(201);
        String activity = post("/api/counties/" + COUNTY + "/groups/" + group + "/activities",
                "{\"topic\":\"视察村级道路\",\"plannedOn\":\"2024-05-10\"}").getBody().get("id").asText();
        post("/api/counties/" + COUNTY + "/groups/" + group + "/activities",
                "{\"topic\":\"走访困难群众\",\"plannedOn\":\"2024-06-10\"}");
        assertThat(post("/api/counties/" + COUNTY + "/groups/" + group + "/activities/" + activity + "/held",
                "{\"heldOn\":\"2024-05-12\",\"attendeeIds\":[\"" + a + "\",\"" + b + "\"],\"summary\":\"提出两条意见\"}")
                .getStatusCode().value()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode view = http.getForObject("/api/counties/" + COUNTY + "/groups/" + group, JsonNode.class);
            assertThat(view.get("group").get("leaderDeputyId").asText()).isEqualTo(a);
            assertThat(view.get("group").get("planned").asInt()).isEqualTo(2);
            assertThat(view.get("group").get("held").asInt()).isEqualTo(1);
            assertThat(view.get("group").get("attendances").asInt()).isEqualTo(2);
            assertThat(view.get("members")).hasSize(2);
        });

        assertThat(post("/api/counties/" + COUNTY + "/receptions", "{\"townshipCode\":\"" + township
                + "\",\"heldOn\":\"2024-03-05\",\"place\":\"代表之家\",\"deputyIds\":[\"" + a + "\",\"" + b
                + "\"],\"visitors\":12,\"issues\":[\"路灯损坏\"]}").getStatusCode().value()).isEqualTo(201);
        assertThat(post("/api/counties/" + COUNTY + "/voter-reports", "{\"deputyId\":\"" + a
                + "\",\"reportedOn\":\"2024-11-15\",\"voters\":45,\"satisfied\":38,\"basicallySatisfied\":6,\"dissatisfied\":2}")
                .getStatusCode().value()).isEqualTo(422);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode list = http.getForObject("/api/counties/" + COUNTY + "/receptions?township=" + township
                    + "&month=2024-03", JsonNode.class);
            assertThat(list.get("total").asLong()).isEqualTo(1);
            assertThat(list.get("items").get(0).get("visitors").asInt()).isEqualTo(12);
        });
    }

    @Test
    void a_deputy_list_with_bad_rows_is_refused_whole_naming_every_bad_row_and_imports_nothing() throws Exception {
        String county = String.valueOf(Integer.parseInt(COUNTY) + 1);
        String township = county + "100";
        post("/api/counties/" + county + "/townships", "{\"code\":\"" + township + "\",\"name\":\"城关镇\"}");
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            rows.add(DeputyImportBehaviour.row(township, i, county));
        }
        rows.get(1).set(2, "未知");                                   // row 3: gender
        rows.get(2).set(15, rows.get(2).get(15).substring(0, 17) + (rows.get(2).get(15).endsWith("1") ? "2" : "1")); // row 4
        rows.get(4).set(0, county + "999");                          // row 6: township
        rows.get(4).set(3, "2015");                                  // row 6: too young
        rows.get(5).set(15, rows.get(0).get(15));                    // row 7: same ID card as row 2
        rows.get(1).set(8, "12");                                    // row 3: a term the township does not have
        // row 7 also names 第6选区, which the township has not registered (it has 第1..第5选区)
        assertThat(post("/api/counties/" + county + "/terms", "{\"townshipCode\":\"" + township
                + "\",\"number\":13,\"startsOn\":\"2021-11-20\"}").getStatusCode().value()).isEqualTo(201);
        for (int d = 1; d <= 5; d++) {
            assertThat(post("/api/counties/" + county + "/districts", "{\"townshipCode\":\"" + township
                    + "\",\"code\":\"" + d + "\",\"name\":\"第" + d + "选区\",\"seats\":3,\"voters\":2000}")
                    .getStatusCode().value()).isEqualTo(201);
        }
        long before = storedEvents();
        ResponseEntity<JsonNode> refused = DeputyImportBehaviour.post(http, "/api/counties/" + county + "/deputy-imports",
                DeputyImportBehaviour.workbook(rows));
        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(refused.getBody().get("type").asText()).isEqualTo("urn:renda:problem:import-rows-invalid");
        List<String> errors = new java.util.ArrayList<>();
        refused.getBody().get("errors").forEach(e -> errors.add(e.get("row").asInt() + ":" + e.get("column").asText()));
        assertThat(errors).containsExactlyInAnyOrder("3:性别", "3:届次", "4:身份证号码", "6:乡镇代码", "6:出生年份",
                "7:身份证号码", "7:选区");
        assertThat(refused.getBody().get("errors").get(0).get("reason").asText()).contains("不是可选值");
        List<String> reasons = refused.getBody().get("errors").findValuesAsText("reason");
        assertThat(reasons).contains("本乡镇没有第 12 届，请先登记届次", "本乡镇没有编号或名称为“第6选区”的选区，请先登记选区");
        assertThat(storedEvents()).as("nothing imported").isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from deputy_roster where county = ?", Long.class, county)).isZero();

        byte[] template = http.getForObject("/api/counties/" + county + "/deputy-imports/template", byte[].class);
        assertThat(DeputyImportBehaviour.headerOf(template)).isEqualTo(DeputyImportBehaviour.HEADER);
    }

    @Test
    void a_good_list_of_1062_deputies_in_16_townships_imports_in_seconds() throws Exception {
        String county = String.valueOf(Integer.parseInt(COUNTY) + 2);
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int t = 0; t < 16; t++) {
            String township = county + (100 + t);
            post("/api/counties/" + county + "/townships", "{\"code\":\"" + township + "\",\"name\":\"第" + (t + 1) + "镇\"}");
        }
        for (int i = 0; i < 1062; i++) {
            rows.add(DeputyImportBehaviour.row(county + (100 + i % 16), i, county));
        }
        long start = System.nanoTime();
        ResponseEntity<JsonNode> imported = DeputyImportBehaviour.post(http, "/api/counties/" + county + "/deputy-imports",
                DeputyImportBehaviour.workbook(rows));
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        System.out.println("imported 1062 deputies in " + seconds + " s");
        assertThat(imported.getStatusCode().value()).as(String.valueOf(imported.getBody())).isEqualTo(201);
        assertThat(imported.getBody().get("imported").asInt()).isEqualTo(1062);
        assertThat(seconds).isLessThan(90);
        assertThat(jdbc.queryForObject("select count(*) from deputy_roster where county = ?", Long.class, county))
                .isEqualTo(1062);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(http.getForObject(
                "/api/counties/" + county + "/deputies?township=" + county + "105&size=1", JsonNode.class)
                .get("total").asLong()).isEqualTo(1062 / 16 + (1062 % 16 > 5 ? 1 : 0)));
        ResponseEntity<JsonNode> again = DeputyImportBehaviour.post(http, "/api/counties/" + county + "/deputy-imports",
                DeputyImportBehaviour.workbook(rows.subList(0, 3)));
        assertThat(again.getStatusCode().value()).as("the same ID cards in the same term").isEqualTo(422);
    }

    @Autowired
    org.springframework.core.env.Environment environment;

    @Test
    void the_service_checks_token_county_and_role_on_its_own() {
        cn.renda.testkit.ServiceSecurityChecks.verify(http, environment, COUNTY, "/api/counties/" + COUNTY + "/deputies",
                "/api/counties/" + COUNTY + "/deputies");
    }

    @Test
    void a_township_clerk_registers_deputies_only_in_the_clerks_township() {
        String township = township();
        assertThat(post("/api/counties/" + COUNTY + "/townships", "{\"code\":\"" + township + "\",\"name\":\"白杨镇\"}")
                .getStatusCode().value()).isEqualTo(201);
        String deputy = "{\"townshipCode\":\"" + township + "\",\"name\":\"孙红梅\",\"gender\":\"FEMALE\","
                + "\"birthYear\":1980,\"occupation\":\"FARMER\"}";
        String elsewhere = township.substring(0, 6) + (township.endsWith("999") ? "998" : "999");
        assertThat(postAs("/api/counties/" + COUNTY + "/deputies", deputy, "TOWNSHIP_CLERK", elsewhere))
                .as("another township's clerk").isEqualTo(403);
        assertThat(postAs("/api/counties/" + COUNTY + "/townships", "{\"code\":\"" + elsewhere + "\",\"name\":\"x\"}",
                "TOWNSHIP_CLERK", elsewhere)).as("a clerk registering a township").isEqualTo(403);
        assertThat(postAs("/api/counties/" + COUNTY + "/deputies", deputy, "TOWNSHIP_CLERK", township))
                .as("the township's own clerk").isEqualTo(201);
    }

    int postAs(String path, String json, String role, String township) {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        h.setBearerAuth(cn.renda.testkit.TestAuthentication.token(environment.getProperty("renda.security.jwt.secret"),
                environment.getProperty("renda.security.jwt.issuer"), environment.getProperty("renda.security.jwt.audience"),
                "clerk-" + township, role, java.util.List.of(COUNTY), township));
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(json, h), JsonNode.class).getStatusCode().value();
    }
}
