package cn.renda.gateway;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The gateway checks the readiness of every instance and leaves out of the round robin those that fail: a
 * deputy-service instance that turns unready or stops gets no requests and none fails, and gets requests again
 * once it is ready. A service none of whose instances is ready still gets its requests (supervision: its readiness
 * fails, it answers); one that is really down is answered 503 problem+json (training: nothing listens).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "renda.security.jwt.secret=" + TestTokens.SECRET,
        "renda.security.jwt.issuer=" + TestTokens.ISSUER,
        "renda.gateway.health-check.interval=300ms",
        "renda.gateway.health-check.timeout=1s"})
class InstanceHealthRoutingTest {

    static final ReadinessBackend DEPUTY_1 = new ReadinessBackend("deputy-1");
    static final ReadinessBackend DEPUTY_2 = new ReadinessBackend("deputy-2");
    static final ReadinessBackend SUPERVISION = new ReadinessBackend("supervision");
    static final ReadinessBackend TRAINING = new ReadinessBackend("training");
    static final ReadinessBackend REPORTING = new ReadinessBackend("reporting");

    static {
        TRAINING.stop();
    }

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add("renda.services.deputy", () -> DEPUTY_1.uri() + "," + DEPUTY_2.uri());
        registry.add("renda.services.supervision", () -> SUPERVISION.uri().toString());
        registry.add("renda.services.training", () -> TRAINING.uri().toString());
        registry.add("renda.services.reporting", () -> REPORTING.uri().toString());
    }

    @AfterAll
    static void stop() {
        Stream.of(DEPUTY_1, DEPUTY_2, SUPERVISION, TRAINING, REPORTING).forEach(ReadinessBackend::stop);
    }

    @Autowired
    WebTestClient client;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    final String token = TestTokens.admin("410327");

    @BeforeEach
    void patientClient() {
        client = client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    /** Commands: sent once, never retried, so each one that reached a stopped instance would fail. */
    List<String> commands(int n) {
        List<String> served = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            served.add(client.post().uri("/api/counties/410327/deputies").headers(h -> h.setBearerAuth(token))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                    .expectStatus().isOk()
                    .expectBody(Served.class).returnResult().getResponseBody().instance());
        }
        return served;
    }

    record Served(String instance) {
    }

    int status(String path) {
        return client.get().uri(path).headers(h -> h.setBearerAuth(token)).exchange()
                .returnResult(String.class).getStatus().value();
    }

    @Test
    void an_instance_that_turns_unready_gets_no_requests_until_it_is_ready_again() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(commands(4)).contains("deputy-1", "deputy-2"));

        DEPUTY_1.ready(false);
        int checks = DEPUTY_1.checks();
        await().atMost(Duration.ofSeconds(60)).until(() -> DEPUTY_1.checks() > checks + 1);
        int hits = DEPUTY_1.hits();
        assertThat(commands(20)).containsOnly("deputy-2");
        assertThat(DEPUTY_1.hits()).isEqualTo(hits);
        // what the Grafana dashboard shows (renda_gateway_instance_ready): a gauge per instance
        assertThat(meters.get("renda.gateway.instance.ready").tags("service", "deputy", "upstream",
                DEPUTY_1.uri().toString()).gauge().value()).isZero();
        assertThat(meters.get("renda.gateway.instance.ready").tags("service", "deputy", "upstream",
                DEPUTY_2.uri().toString()).gauge().value()).isEqualTo(1);

        DEPUTY_1.ready(true);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(commands(4)).contains("deputy-1", "deputy-2"));
    }

    @Test
    void a_stopped_instance_gets_no_requests_and_none_fails_and_it_gets_requests_again_after_a_restart() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(commands(4)).contains("deputy-1", "deputy-2"));

        DEPUTY_2.stop();
        // a command that reached it before a check saw it go would fail: wait for a run of successes
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() ->
                assertThat(commands(4)).containsOnly("deputy-1"));
        assertThat(commands(20)).containsOnly("deputy-1");

        DEPUTY_2.restart();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(commands(4)).contains("deputy-1", "deputy-2"));
    }

    @Test
    void a_single_instance_whose_readiness_fails_still_gets_its_requests() {
        SUPERVISION.ready(false);
        int checks = SUPERVISION.checks();
        await().atMost(Duration.ofSeconds(60)).until(() -> SUPERVISION.checks() > checks + 1);
        int hits = SUPERVISION.hits();
        assertThat(status("/api/counties/410327/suggestions")).isEqualTo(200);
        assertThat(SUPERVISION.hits()).isEqualTo(hits + 1);
        SUPERVISION.ready(true);
    }

    @Test
    void a_service_with_no_instance_up_is_answered_503_problem_json_in_chinese_or_english() {
        client.post().uri("/api/counties/410327/trainings").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:renda:problem:service-unavailable")
                .jsonPath("$.title").isEqualTo("服务暂不可用");
        client.get().uri("/api/counties/410327/trainings").headers(h -> h.setBearerAuth(token))
                .header("Accept-Language", "en").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:renda:problem:service-unavailable")
                .jsonPath("$.title").isEqualTo("Service unavailable");
        // reads are retried, then their circuit breaker opens (10 calls, all failed): still the same problem
        for (int i = 0; i < 15; i++) {
            client.get().uri("/api/counties/410327/trainings").headers(h -> h.setBearerAuth(token)).exchange()
                    .expectStatus().isEqualTo(503)
                    .expectBody().jsonPath("$.type").isEqualTo("urn:renda:problem:service-unavailable");
        }
    }
}
