package cn.renda.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 9's trace on the devstack processes: a command sent through the gateway with a known W3C
 * {@code traceparent} is answered with that trace id in {@code X-Trace-Id}; the same trace id then appears in the
 * JSON log lines of the command-side service (the stored command, with county and user) and of reporting-service
 * (the projected event, after the Kafka hop), and the probes and the gateway's Prometheus scrape answer.
 */
class TracingE2EIT {

    static final String COUNTY = "410327";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    static final ObjectMapper JSON = new ObjectMapper();
    static DevStack stack;
    static String token;

    @BeforeAll
    static void start() throws Exception {
        stack = new DevStack();
        stack.renda("start");
        HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(stack.gateway() + "/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin-" + COUNTY
                        + "\",\"password\":\"renda-demo\"}")));
        assertThat(login.statusCode()).isEqualTo(200);
        token = JSON.readTree(login.body()).get("token").asText();
    }

    @AfterAll
    static void stop() throws Exception {
        if (stack != null) {
            stack.close();
        }
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String hex(int bytes) {
        byte[] b = new byte[bytes];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    @Test
    void a_trace_id_from_a_gateway_request_appears_in_the_logs_of_the_service_and_of_reporting_service() throws Exception {
        String traceId = hex(16);
        String township = COUNTY + "1" + String.format("%02d", new SecureRandom().nextInt(100));
        HttpResponse<String> created = send(HttpRequest.newBuilder(
                        URI.create(stack.gateway() + "/api/counties/" + COUNTY + "/townships"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("traceparent", "00-" + traceId + "-" + hex(8) + "-01")
                .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + township + "\",\"name\":\"追踪镇\"}",
                        StandardCharsets.UTF_8)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("X-Trace-Id")).contains(traceId);

        // the command-side service: the stored command, logged in the request's span
        JsonNode stored = await().atMost(Duration.ofSeconds(30)).until(
                () -> lineWithTrace("deputy-service", traceId, "RegisterTownshipCommand"), Optional::isPresent).get();
        assertThat(stored.path("county").asText()).isEqualTo(COUNTY);
        assertThat(stored.path("user").asText()).isEqualTo("admin-" + COUNTY);
        assertThat(stored.path("spanId").asText()).matches("[0-9a-f]{16}");
        assertThat(stored.path("level").asText()).isEqualTo("INFO");

        // reporting-service: the event, after the Kafka hop, in a consumer span of the same trace
        JsonNode projected = await().atMost(Duration.ofSeconds(90)).until(
                () -> lineWithTrace("reporting-service", traceId, "TownshipRegisteredEvent"), Optional::isPresent).get();
        assertThat(projected.path("county").asText()).isEqualTo(COUNTY);
        assertThat(projected.path("user").asText()).isEqualTo("admin-" + COUNTY);
        assertThat(projected.path("spanId").asText()).matches("[0-9a-f]{16}")
                .isNotEqualTo(stored.path("spanId").asText());
        assertThat(projected.path("logger_name").asText()).contains("ReportingEventsListener");
    }

    @Test
    void probes_answer_and_the_gateway_is_scraped_without_a_token() throws Exception {
        for (String component : List.of("gateway", "deputy-service", "reporting-service")) {
            String base = "http://127.0.0.1:" + stack.port(component);
            for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
                HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + probe)).GET());
                assertThat(r.statusCode()).as(component + probe + " " + r.body()).isEqualTo(200);
                assertThat(JSON.readTree(r.body()).path("status").asText()).isEqualTo("UP");
            }
        }
        HttpResponse<String> scrape = send(HttpRequest.newBuilder(
                URI.create(stack.gateway() + "/actuator/prometheus")).GET());
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("jvm_memory_used_bytes");
    }

    /** The first JSON line of data/logs/<component>.log with this trace id whose message mentions the text. */
    static Optional<JsonNode> lineWithTrace(String component, String traceId, String text) throws IOException {
        Path log = stack.data.resolve("logs").resolve(component + ".log");
        if (!Files.exists(log)) {
            return Optional.empty();
        }
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            if (!line.startsWith("{") || !line.contains(traceId)) {
                continue;
            }
            JsonNode json = JSON.readTree(line);
            if (traceId.equals(json.path("traceId").asText()) && json.path("message").asText().contains(text)) {
                return Optional.of(json);
            }
        }
        return Optional.empty();
    }
}
