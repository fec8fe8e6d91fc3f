package cn.renda.supervision;

import cn.renda.deputy.api.DeputyTopic;
import cn.renda.deputy.api.events.DeputyRegisteredEvent;
import cn.renda.deputy.replica.DeputyReplica;
import cn.renda.supervision.api.events.PetitionOverdueEvent;
import cn.renda.supervision.api.events.SuggestionDueSoonEvent;
import cn.renda.supervision.api.events.SuggestionOverdueEvent;
import cn.renda.testkit.EmbeddedInfra;
import cn.renda.testkit.EventRecords;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Due soon and overdue survive a restart: the service assigns a suggestion just before the National Day holidays
 * (the deadline counts working days through them), raises due soon, stops; the clock moves past the deadline; a new
 * service on the same H2 file event store raises overdue, once.
 */
class DeadlineSweepRestartIT {

    static final String COUNTY = String.valueOf(ThreadLocalRandom.current().nextInt(110000, 659000));

    @TempDir
    Path dir;

    private ConfigurableApplicationContext start(MutableClock clock) {
        return new SpringApplicationBuilder(SupervisionServiceApplication.class)
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("clock", clock))
                .run(
                        "--server.port=0",
                        "--spring.kafka.bootstrap-servers=" + EmbeddedInfra.kafkaBootstrap(),
                        "--spring.data.mongodb.uri=" + EmbeddedInfra.mongoUri() + "/supervision_restart_it",
                        "--spring.data.mongodb.database=supervision_restart_it",
                        "--renda.deputy-replica.group=supervision-restart-it-" + COUNTY,
                        "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("events").toAbsolutePath()
                                + ";AUTO_SERVER=FALSE;WRITE_DELAY=0",
                        "--renda.supervision.deadline-sweep.interval=PT0.3S",
                        "--renda.supervision.deadline-sweep.initial-delay=PT0S")
                ;
    }

    private static TestRestTemplate http(ConfigurableApplicationContext ctx) {
        String port = ctx.getEnvironment().getProperty("local.server.port");
        // the context's builder carries the test kit's bearer tokens (the path county's admin)
        return new TestRestTemplate(ctx.getBean(RestTemplateBuilder.class).rootUri("http://127.0.0.1:" + port));
    }

    private static ResponseEntity<JsonNode> post(TestRestTemplate http, String path, String json) {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        return http.postForEntity("/api/counties/" + COUNTY + path, new HttpEntity<>(json, h), JsonNode.class);
    }

    private static List<Class<?>> eventTypes(ConfigurableApplicationContext ctx, String id) {
        List<Class<?>> types = new ArrayList<>();
        ctx.getBean(EventStore.class).readEvents(id).asStream().map(DomainEventMessage::getPayloadType)
                .forEach(types::add);
        return types;
    }

    @Test
    void overdue_fires_after_a_restart_and_only_once() throws Exception {
        // Friday 27 September 2024, 10:00 in China
        MutableClock clock = new MutableClock(Instant.parse("2024-09-27T02:00:00Z"));
        String suggestion;
        String petition;
        try (ConfigurableApplicationContext first = start(clock)) {
            TestRestTemplate http = http(first);
            ObjectMapper mapper = first.getBean(ObjectMapper.class);
            String deputy = UUID.randomUUID().toString();
            ObjectNode json = (ObjectNode) mapper.readTree(EventRecords.sample("DeputyRegisteredEvent.v2.json"));
            json.put("deputyId", deputy).put("county", COUNTY).put("townshipCode", COUNTY + "100");
            EventRecords.publish(EmbeddedInfra.kafkaBootstrap(), DeputyTopic.NAME, DeputyRegisteredEvent.class,
                    deputy, 0, COUNTY, json.toString());
            DeputyReplica replica = first.getBean(DeputyReplica.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> replica.find(COUNTY, deputy).isPresent());

            assertThat(post(http, "/calendar/deadline-rule",
                    "{\"unit\":\"WORKING_DAYS\",\"amount\":5,\"dueSoonWorkingDays\":2}").getStatusCode().value())
                    .isEqualTo(202);
            String unit = post(http, "/handling-units", "{\"townshipCode\":\"" + COUNTY + "100\",\"name\":\"交通办\","
                    + "\"contactPerson\":\"张明\",\"contactPhone\":\"0379-1234567\",\"responsibleLeader\":\"李副镇长\"}")
                    .getBody().get("id").asText();
            suggestion = post(http, "/suggestions", "{\"deputyIds\":[\"" + deputy + "\"],\"title\":\"修路\","
                    + "\"content\":\"村道破损\",\"category\":\"ROADS_TRANSPORT_WATER\"}").getBody().get("id").asText();
            ResponseEntity<JsonNode> assigned = post(http, "/suggestions/" + suggestion + "/assignment",
                    "{\"leadUnitId\":\"" + unit + "\",\"responsibleLeader\":\"李副镇长\"}");
            assertThat(assigned.getStatusCode().value()).isEqualTo(202);
            // Sun 29 Sep (make-up day), Mon 30 Sep, [1-7 Oct National Day], Tue 8, Wed 9, Thu 10 Oct
            assertThat(assigned.getBody().get("deadline").asText()).isEqualTo("2024-10-10");

            // a visit on Mid-Autumn Day 2024: 15 days end on 1 October, a holiday, so the limit is 8 October
            ResponseEntity<JsonNode> received = post(http, "/petitions", "{\"townshipCode\":\"" + COUNTY + "100\","
                    + "\"channel\":\"VISIT\",\"subject\":\"宅基地纠纷\",\"content\":\"请求调处\","
                    + "\"receivedOn\":\"2024-09-16\"}");
            assertThat(received.getBody().get("acceptBy").asText()).isEqualTo("2024-10-08");
            petition = received.getBody().get("id").asText();

            Thread.sleep(1000); // a few sweeps: nothing is due yet
            assertThat(eventTypes(first, suggestion)).doesNotContain(SuggestionDueSoonEvent.class);

            clock.set(Instant.parse("2024-10-08T01:00:00Z")); // Tuesday 8 Oct: two working days left
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> eventTypes(first, suggestion).contains(SuggestionDueSoonEvent.class));
            assertThat(eventTypes(first, suggestion)).doesNotContain(SuggestionOverdueEvent.class);
        }

        clock.set(Instant.parse("2024-10-11T01:00:00Z")); // Friday 11 Oct: the deadline has passed
        try (ConfigurableApplicationContext second = start(clock)) {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> eventTypes(second, suggestion).contains(SuggestionOverdueEvent.class));
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> eventTypes(second, petition).contains(PetitionOverdueEvent.class));
            Thread.sleep(1500); // more sweeps run; the aggregate and the table keep it to one
            assertThat(eventTypes(second, suggestion).stream().filter(SuggestionOverdueEvent.class::equals).count())
                    .isEqualTo(1);
            assertThat(eventTypes(second, suggestion).stream().filter(SuggestionDueSoonEvent.class::equals).count())
                    .isEqualTo(1);
            assertThat(eventTypes(second, petition).stream().filter(PetitionOverdueEvent.class::equals).count())
                    .isEqualTo(1);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                JsonNode one = http(second).getForObject("/api/counties/" + COUNTY + "/suggestions/" + suggestion,
                        JsonNode.class);
                assertThat(one.get("overdue").asBoolean()).isTrue();
            });
        }
    }
}
