package cn.renda.gateway;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway in front of a real HTTP backend on loopback: county-scoped paths reach the owning service with a
 * request id; a malformed county never leaves the gateway.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayRoutingTest {

    static final List<String> SEEN = new CopyOnWriteArrayList<>();
    static final HttpServer BACKEND = backend();

    static HttpServer backend() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                SEEN.add(exchange.getRequestURI().getPath() + " " + exchange.getRequestHeaders().getFirst("X-Request-Id"));
                byte[] body = ("{\"path\":\"" + exchange.getRequestURI().getPath() + "\"}").getBytes(StandardCharsets.UTF_8);
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
        String uri = "http://127.0.0.1:" + BACKEND.getAddress().getPort();
        for (String service : new String[]{"deputy", "supervision", "training", "reporting"}) {
            registry.add("renda.services." + service, () -> uri);
        }
    }

    @AfterAll
    static void stop() {
        BACKEND.stop(0);
    }

    @Autowired
    WebTestClient client;

    @Test
    void a_county_scoped_path_reaches_its_service_with_a_request_id() {
        client.get().uri("/api/counties/410327/overview").exchange()
                .expectStatus().isOk()
                .expectHeader().exists("X-Request-Id")
                .expectBody().jsonPath("$.path").isEqualTo("/api/counties/410327/overview");
        client.post().uri("/api/counties/410327/suggestions").header("X-Request-Id", "req-42")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Request-Id", "req-42");
        assertThat(SEEN).anyMatch(s -> s.startsWith("/api/counties/410327/overview ") && !s.endsWith(" null"));
        assertThat(SEEN).contains("/api/counties/410327/suggestions req-42");
    }

    @Test
    void a_malformed_county_is_refused_with_problem_json_before_any_service() {
        int before = SEEN.size();
        client.get().uri("/api/counties/41032X/overview").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:renda:problem:invalid-county")
                .jsonPath("$.title").isEqualTo("县代码格式错误");
        client.get().uri("/api/counties/4103271/deputies").header("Accept-Language", "en").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.title").isEqualTo("Invalid county code");
        assertThat(SEEN).hasSize(before);
    }

    @Test
    void the_console_page_is_served_in_chinese() {
        client.get().uri("/index.html").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(html -> assertThat(html).contains("人大工作平台"));
    }
}
