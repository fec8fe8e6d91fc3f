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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway in front of a real HTTP backend on loopback: authenticated county-scoped calls reach the owning
 * service with a request id and the caller's identity; refusals (bad county, no token, wrong county, analyst
 * writing, rate limit) never leave the gateway.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "renda.security.jwt.secret=" + TestTokens.SECRET,
        "renda.security.jwt.issuer=" + TestTokens.ISSUER,
        "renda.security.dev-login.enabled=true",
        "renda.security.dev-login.counties=410327,610822",
        "renda.security.rate-limit.per-user-per-second=1",
        "renda.security.rate-limit.per-user-burst=30"})
class GatewayRoutingTest {

    static final List<String> SEEN = new CopyOnWriteArrayList<>();
    static final Map<String, HttpServer> BACKENDS = new LinkedHashMap<>();

    static {
        for (String service : new String[]{"deputy", "supervision", "training", "reporting"}) {
            BACKENDS.put(service, backend(service));
        }
    }

    static HttpServer backend(String service) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                var h = exchange.getRequestHeaders();
                SEEN.add(exchange.getRequestURI().getPath() + " " + h.getFirst("X-Request-Id") + " "
                        + h.getFirst("X-Renda-User") + " " + h.getFirst("X-Renda-Role"));
                byte[] body = ("{\"path\":\"" + exchange.getRequestURI().getPath() + "\",\"service\":\"" + service
                        + "\"}").getBytes(StandardCharsets.UTF_8);
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
        BACKENDS.forEach((service, server) ->
                registry.add("renda.services." + service, () -> "http://127.0.0.1:" + server.getAddress().getPort()));
    }

    @AfterAll
    static void stop() {
        BACKENDS.values().forEach(server -> server.stop(0));
    }

    @Autowired
    WebTestClient client;

    String login(String user) {
        return client.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"username\":\"" + user + "\",\"password\":\"renda-demo\"}").exchange()
                .expectStatus().isOk().expectBody(TokenAnswer.class).returnResult().getResponseBody().token();
    }

    record TokenAnswer(String token, String role) {
    }

    @Test
    void a_county_scoped_call_reaches_its_service_with_request_id_and_identity_that_cannot_be_spoofed() {
        String token = login("admin-410327");
        client.get().uri("/api/counties/410327/overview").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk()
                .expectHeader().exists("X-Request-Id")
                .expectBody().jsonPath("$.path").isEqualTo("/api/counties/410327/overview");
        client.post().uri("/api/counties/410327/suggestions").headers(h -> h.setBearerAuth(token))
                .header("X-Request-Id", "req-42").header("X-Renda-User", "someone-else").header("X-Renda-Role", "OPERATOR")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Request-Id", "req-42");
        assertThat(SEEN).anyMatch(s -> s.startsWith("/api/counties/410327/overview ") && s.endsWith(" admin-410327 COUNTY_ADMIN"));
        assertThat(SEEN).contains("/api/counties/410327/suggestions req-42 admin-410327 COUNTY_ADMIN");
    }

    @Test
    void each_resource_reaches_the_service_that_owns_it() {
        String admin = login("admin-410327");
        Map<String, String> owners = Map.of(
                "/api/counties/410327/townships/410327100", "deputy",
                "/api/counties/410327/townships/410327100/dashboard", "reporting",
                "/api/counties/410327/deputies/d-1", "deputy",
                "/api/counties/410327/suggestions", "supervision",
                "/api/counties/410327/trainings", "training",
                "/api/counties/410327/dashboard", "reporting",
                "/api/counties/410327/records/d-1", "reporting",
                "/api/counties/410327/timeliness", "reporting");
        owners.forEach((path, service) -> client.get().uri(path).headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo(service).jsonPath("$.path").isEqualTo(path));
        String operator = login("operator");
        client.get().uri("/api/operations/projections").headers(h -> h.setBearerAuth(operator)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("reporting");
        client.get().uri("/api/operations/projections").exchange().expectStatus().isUnauthorized();
        String analyst = login("analyst");
        client.get().uri("/api/comparison?counties=410327,610822").headers(h -> h.setBearerAuth(analyst)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("reporting");
    }

    @Test
    void refusals_never_reach_a_service() {
        int before = SEEN.size();
        String admin = login("admin-410327");
        client.get().uri("/api/counties/41032X/overview").headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:renda:problem:invalid-county")
                .jsonPath("$.title").isEqualTo("县代码格式错误");
        client.get().uri("/api/counties/410327/overview").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:renda:problem:unauthenticated");
        client.get().uri("/api/counties/610822/overview").headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo("urn:renda:problem:forbidden");
        String analyst = login("analyst");
        client.get().uri("/api/counties/610822/overview").headers(h -> h.setBearerAuth(analyst)).exchange()
                .expectStatus().isOk();
        client.post().uri("/api/counties/610822/suggestions").headers(h -> h.setBearerAuth(analyst))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isForbidden();
        String operator = login("operator");
        client.get().uri("/api/counties/410327/overview").headers(h -> h.setBearerAuth(operator)).exchange()
                .expectStatus().isForbidden();
        assertThat(SEEN.size()).isEqualTo(before + 1); // only the analyst's read went through
    }

    @Test
    void the_dev_login_refuses_wrong_passwords_and_unknown_users() {
        client.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"username\":\"admin-410327\",\"password\":\"nope\"}").exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.title").isEqualTo("用户名或密码错误");
        client.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"username\":\"admin-999999\",\"password\":\"renda-demo\"}").exchange()
                .expectStatus().isUnauthorized();
        client.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"username\":\"clerk-410327100\",\"password\":\"renda-demo\"}").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.role").isEqualTo("TOWNSHIP_CLERK");
    }

    @Test
    void a_burst_beyond_the_users_bucket_is_answered_429() {
        String token = login("clerk-410327101");
        int limited = 0;
        for (int i = 0; i < 40; i++) {
            int status = client.get().uri("/api/counties/410327/overview").headers(h -> h.setBearerAuth(token))
                    .exchange().returnResult(String.class).getStatus().value();
            if (status == 429) {
                limited++;
            }
        }
        assertThat(limited).isGreaterThanOrEqualTo(5);
    }

    @Test
    void the_console_page_is_served_in_chinese_with_security_headers() {
        client.get().uri("/index.html").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().exists("Content-Security-Policy")
                .expectBody(String.class).value(html -> assertThat(html).contains("人大工作平台"));
    }
}
