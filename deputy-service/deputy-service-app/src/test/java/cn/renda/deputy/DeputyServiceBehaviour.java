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

    String township() {
        return COUNTY + String.format("%03d", ThreadLocalRandom.current().nextInt(100, 999));
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
                .containsEntry(EventHeaders.REVISION, "1")
                .containsEntry(EventHeaders.USER, "anonymous")
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
}
