package cn.renda.training;

import cn.renda.deputy.api.DeputyTopic;
import cn.renda.deputy.api.events.DeputyRegisteredEvent;
import cn.renda.devstack.demo.DemoClient;
import cn.renda.testkit.TestAuthentication;
import cn.renda.devstack.demo.DemoCounty;
import cn.renda.devstack.demo.TrainingDemo;
import cn.renda.testkit.EmbeddedInfra;
import cn.renda.testkit.EventRecords;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** training-service with its event store on H2, as in the embedded default. */
class TrainingServiceIT extends TrainingServiceBehaviour {

    @LocalServerPort
    int port;
    @org.springframework.beans.factory.annotation.Value("${renda.security.jwt.secret}")
    String secret;
    @org.springframework.beans.factory.annotation.Value("${renda.security.jwt.issuer}")
    String issuer;
    @org.springframework.beans.factory.annotation.Value("${renda.security.jwt.audience}")
    String audience;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        EmbeddedInfra.register(registry, "training_it");
        registry.add("renda.deputy-replica.group", () -> "training-it-replica");
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:training-it;DB_CLOSE_DELAY=-1");
    }

    /**
     * The devstack's training demo, run against this service with the demo county's present size (about 100
     * deputies in 16 townships), reproduces the seed's figure: 21 trainings in 2024 with 900+ person-times.
     */
    @Test
    void the_demo_reproduces_21_trainings_with_900_plus_person_times() throws Exception {
        String county = String.valueOf(ThreadLocalRandom.current().nextInt(110000, 659000));
        DemoCounty demo = new DemoCounty(county);
        for (int t = 0; t < 16; t++) {
            String township = county + (100 + t);
            demo.townships.put(township, "乡镇" + t);
            demo.deputiesByTownship.put(township, new ArrayList<>());
        }
        var townships = new ArrayList<>(demo.townships.keySet());
        for (int i = 0; i < 100; i++) {
            String id = UUID.randomUUID().toString();
            String township = townships.get(i % townships.size());
            ObjectNode json = (ObjectNode) mapper.readTree(EventRecords.sample("DeputyRegisteredEvent.v1.json"));
            json.put("deputyId", id).put("county", county).put("townshipCode", township).put("name", "代表" + i);
            EventRecords.publish(EmbeddedInfra.kafkaBootstrap(), DeputyTopic.NAME, DeputyRegisteredEvent.class, id, 0,
                    county, json.toString());
            demo.deputiesByTownship.get(township).add(id);
        }

        long started = System.nanoTime();
        DemoClient client = new DemoClient("http://127.0.0.1:" + port).useToken(TestAuthentication.token(secret, issuer,
                audience, "admin-" + county, "COUNTY_ADMIN", java.util.List.of(county), null));
        int planned = TrainingDemo.load(client, demo, new Random(410327));
        System.out.println("training demo took " + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");

        assertThat(planned).isEqualTo(21);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode page = http.getForObject("/api/counties/" + county + "/trainings?size=100", JsonNode.class);
            assertThat(page.get("total").asInt()).isEqualTo(21);
            int personTimes = 0;
            for (JsonNode t : page.get("items")) {
                assertThat(t.get("date").asText()).startsWith("2024-");
                personTimes += t.get("personTimes").asInt();
            }
            assertThat(personTimes).isGreaterThanOrEqualTo(900);
        });
        JsonNode certificates = http.getForObject("/api/counties/" + county + "/certificates", JsonNode.class);
        assertThat(certificates.get("items")).isNotEmpty();
    }
}
