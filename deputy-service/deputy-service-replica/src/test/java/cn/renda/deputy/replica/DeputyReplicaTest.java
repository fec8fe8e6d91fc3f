package cn.renda.deputy.replica;

import cn.renda.deputy.api.DeputyTopic;
import cn.renda.deputy.api.events.DeputyRegisteredEvent;
import cn.renda.deputy.api.events.DeputyStatusChangedEvent;
import cn.renda.platform.events.EventHeaders;
import cn.renda.platform.problem.DomainException;
import cn.renda.testkit.EmbeddedInfra;
import cn.renda.testkit.EventRecords;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The replica fed exactly what deputy-service publishes (its golden samples, both revisions of the registration):
 * a deputy whose service ended is refused by {@code requireServing}, and redelivery changes nothing.
 */
class DeputyReplicaTest {

    /** Spring Boot's mapper ignores unknown properties; so does this one. */
    static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    static MongoClient client;
    static DeputyReplica replica;
    static final String COUNTY = "410327";

    @BeforeAll
    static void start() {
        client = MongoClients.create(EmbeddedInfra.mongoUri());
        replica = new DeputyReplica(client.getDatabase("replica_test_" + UUID.randomUUID().toString().substring(0, 8)),
                MAPPER);
    }

    @AfterAll
    static void stop() {
        client.close();
    }

    static ConsumerRecord<String, byte[]> record(Class<?> type, String revision, String id, long seq, String json) {
        ConsumerRecord<String, byte[]> r = new ConsumerRecord<>(DeputyTopic.NAME, 0, seq, id,
                json.getBytes(StandardCharsets.UTF_8));
        r.headers().add(EventHeaders.ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        r.headers().add(EventHeaders.TYPE, type.getName().getBytes(StandardCharsets.UTF_8));
        r.headers().add(EventHeaders.REVISION, revision.getBytes(StandardCharsets.UTF_8));
        r.headers().add(EventHeaders.AGGREGATE_ID, id.getBytes(StandardCharsets.UTF_8));
        r.headers().add(EventHeaders.AGGREGATE_SEQ, Long.toString(seq).getBytes(StandardCharsets.UTF_8));
        r.headers().add(EventHeaders.COUNTY, COUNTY.getBytes(StandardCharsets.UTF_8));
        return r;
    }

    static String sample(String name, String id) throws Exception {
        ObjectNode json = (ObjectNode) MAPPER.readTree(EventRecords.sample(name));
        json.put("deputyId", id);
        return MAPPER.writeValueAsString(json);
    }

    @Test
    void a_deputy_who_resigned_is_no_longer_serving_and_redelivery_does_not_revive_them() throws Exception {
        String id = UUID.randomUUID().toString();
        ConsumerRecord<String, byte[]> registered = record(DeputyRegisteredEvent.class, "2", id, 0,
                sample("DeputyRegisteredEvent.v2.json", id));
        replica.on(List.of(registered));
        assertThat(replica.requireServing(COUNTY, List.of(id))).extracting(DeputyReplica.ReplicatedDeputy::name)
                .containsExactly("李秀英");

        replica.on(List.of(record(DeputyStatusChangedEvent.class, "1", id, 1,
                sample("DeputyStatusChangedEvent.v1.json", id))));
        assertThat(replica.find(COUNTY, id)).get().extracting(DeputyReplica.ReplicatedDeputy::status)
                .isEqualTo("RESIGNED");
        assertThatThrownBy(() -> replica.requireServing(COUNTY, List.of(id)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining(id);

        replica.on(List.of(registered));
        assertThat(replica.find(COUNTY, id)).get().extracting(DeputyReplica.ReplicatedDeputy::serving)
                .as("the older registration redelivered changes nothing").isEqualTo(false);
    }

    @Test
    void a_revision_1_registration_still_makes_a_serving_deputy() throws Exception {
        String id = UUID.randomUUID().toString();
        replica.on(List.of(record(DeputyRegisteredEvent.class, "1", id, 0, sample("DeputyRegisteredEvent.v1.json", id))));
        assertThat(replica.requireServing(COUNTY, List.of(id))).hasSize(1);
        assertThatThrownBy(() -> replica.requireServing("110101", List.of(id))).isInstanceOf(DomainException.class);
    }
}
