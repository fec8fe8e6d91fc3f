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
}
