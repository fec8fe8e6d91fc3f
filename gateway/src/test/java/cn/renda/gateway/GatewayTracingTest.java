package cn.renda.gateway;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.server.WebFilter;
import org.slf4j.MDC;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Traces through the gateway, in front of a real HTTP backend on loopback: the service receives a W3C
 * {@code traceparent} of the gateway's trace (continuing the caller's when it sent one), the caller gets the trace id
 * back in {@code X-Trace-Id}, and Prometheus scrapes without a token.
 */
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "renda.security.jwt.secret=" + TestTokens.SECRET,
        "renda.security.jwt.issuer=" + TestTokens.ISSUER})
class GatewayTracingTest {

    /** The MDC as a filter after the gateway's own saw it on another thread, by X-Request-Id. */
    static final Map<String, Map<String, String>> MDC_SEEN = new ConcurrentHashMap<>();

    /** Hops to another thread, as the proxying does, then reads the MDC there: what a log line would carry. */
    @TestConfiguration
    static class MdcProbe {

        @Bean
        WebFilter mdcProbe() {
            return new OrderedProbe();
        }
    }

    static class OrderedProbe implements WebFilter, Ordered {

        @Override
        public int getOrder() {
            return 0;
        }

        @Override
        public Mono<Void> filter(org.springframework.web.server.ServerWebExchange exchange,
                                 org.springframework.web.server.WebFilterChain chain) {
            String requestId = exchange.getRequest().getHeaders().getFirst("X-Request-Id");
            return Mono.just(requestId == null ? "none" : requestId)
                    .publishOn(Schedulers.boundedElastic())
                    .doOnNext(id -> {
                        Map<String, String> mdc = MDC.getCopyOfContextMap();
                        MDC_SEEN.put(id, mdc == null ? Map.of() : Map.copyOf(mdc));
                    })
                    .then(chain.filter(exchange));
        }
    }

    /** traceparent received by the backend, by X-Request-Id. */
    static final Map<String, String> TRACEPARENTS = new ConcurrentHashMap<>();
    static final HttpServer BACKEND = backend();

    static HttpServer backend() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                var h = exchange.getRequestHeaders();
                String traceparent = h.getFirst("traceparent");
                TRACEPARENTS.put(h.getFirst("X-Request-Id"), traceparent == null ? "none" : traceparent);
                byte[] body = "{\"items\":[]}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        for (String service : List.of("deputy", "supervision", "training", "reporting")) {
            registry.add("renda.services." + service, () -> "http://127.0.0.1:" + BACKEND.getAddress().getPort());
        }
    }

    @AfterAll
    static void stop() {
        BACKEND.stop(0);
    }

    @Autowired
    WebTestClient client;

    @Test
    void a_request_gets_a_new_trace_that_the_service_receives_and_the_caller_reads_back() {
        String traceId = client.get().uri("/api/counties/410327/townships")
                .headers(h -> h.setBearerAuth(TestTokens.admin("410327"))).header("X-Request-Id", "trace-new")
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Trace-Id");

        assertThat(traceId).matches("[0-9a-f]{32}").isNotEqualTo("0".repeat(32));
        assertThat(TRACEPARENTS.get("trace-new")).matches("00-" + traceId + "-[0-9a-f]{16}-01");
        // the gateway's log lines of this exchange, on whatever thread, carry trace, county and user
        assertThat(MDC_SEEN.get("trace-new")).containsEntry("traceId", traceId)
                .containsEntry("county", "410327").containsEntry("user", "admin-410327");
    }

    @Test
    void a_caller_traceparent_is_continued_to_the_service() {
        String callerTrace = "4bf92f3577b34da6a3ce929d0e0e4736";
        String callerSpan = "00f067aa0ba902b7";
        client.post().uri("/api/counties/410327/townships")
                .headers(h -> h.setBearerAuth(TestTokens.admin("410327"))).header("X-Request-Id", "trace-continued")
                .header("traceparent", "00-" + callerTrace + "-" + callerSpan + "-01")
                .header("Content-Type", "application/json").bodyValue("{}")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Trace-Id", callerTrace);

        String forwarded = TRACEPARENTS.get("trace-continued");
        assertThat(forwarded).startsWith("00-" + callerTrace + "-").endsWith("-01");
        assertThat(forwarded).doesNotContain(callerSpan); // the gateway's own client span is the service's parent
    }

    @Test
    void a_refused_request_still_answers_its_trace_id() {
        client.get().uri("/api/counties/410327/townships").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().value("X-Trace-Id", id -> assertThat(id).matches("[0-9a-f]{32}"));
    }

    @Test
    void prometheus_scrapes_without_a_token_and_health_has_liveness_and_readiness() {
        client.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).contains("jvm_memory_used_bytes"));
        client.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }
}
