package cn.renda.gateway;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway in front of a real HTTP backend on loopback: authenticated county-scoped calls reach the owning
 * service with a request id and the caller's identity; refusals (bad county, no token, wrong county, analyst
 * writing, rate limit) never leave the gateway; requests are spread over a service's instances, given in the
 * properties or in the instances file {@code ./renda scale} rewrites.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "renda.security.jwt.secret=" + TestTokens.SECRET,
        "renda.security.jwt.issuer=" + TestTokens.ISSUER,
        "renda.security.dev-login.enabled=true",
        "renda.security.dev-login.counties=410327,610822",
        "renda.security.rate-limit.per-user-per-second=1",
        "renda.security.rate-limit.per-user-burst=30",
        // the readiness checks pass here; exact round-robin counts must not depend on a check timing out on a
        // busy machine (InstanceHealthRoutingTest covers instances leaving the round robin)
        "renda.gateway.health-check.timeout=10s"})
class GatewayRoutingTest {

    static final List<String> SEEN = new CopyOnWriteArrayList<>();
    static final Map<String, AtomicInteger> HITS = new ConcurrentHashMap<>();
    static final Map<String, HttpServer> BACKENDS = new LinkedHashMap<>();
    /** A second instance of deputy-service, given in the properties; a second supervision-service, added later. */
    static final HttpServer DEPUTY_2 = backend("deputy", "deputy-2");
    static final HttpServer SUPERVISION_2 = backend("supervision", "supervision-2");
    static final Path INSTANCES_FILE;

    static {
        for (String service : new String[]{"deputy", "supervision", "training", "reporting"}) {
            BACKENDS.put(service, backend(service, service));
        }
        try {
            INSTANCES_FILE = Files.createTempDirectory("gateway-instances-").resolve("instances.properties");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HttpServer backend(String service, String instance) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/actuator/health/readiness", exchange -> {
                exchange.sendResponseHeaders(200, -1); // the gateway's readiness checks
                exchange.close();
            });
            server.createContext("/", exchange -> {
                HITS.computeIfAbsent(instance, i -> new AtomicInteger()).incrementAndGet();
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

    static String uri(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        BACKENDS.forEach((service, server) -> registry.add("renda.services." + service,
                () -> service.equals("deputy") ? uri(server) + "," + uri(DEPUTY_2) : uri(server)));
        registry.add("renda.gateway.instances-file", INSTANCES_FILE::toString);
    }

    @AfterAll
    static void stop() {
        BACKENDS.values().forEach(server -> server.stop(0));
        DEPUTY_2.stop(0);
        SUPERVISION_2.stop(0);
    }

    @Autowired
    WebTestClient client;

    @BeforeEach
    void patientClient() {
        // the dev login hashes passwords: on a busy two-core machine the default 5 s is not always enough
        client = client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

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

    int hits(String instance) {
        AtomicInteger n = HITS.get(instance);
        return n == null ? 0 : n.get();
    }

    @Test
    void requests_for_a_service_with_two_instances_are_spread_over_both() {
        String token = login("clerk-410327102");
        int first = hits("deputy");
        int second = hits("deputy-2");
        for (int i = 0; i < 10; i++) {
            client.post().uri("/api/counties/410327/deputies").headers(h -> h.setBearerAuth(token))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.service").isEqualTo("deputy");
        }
        // round robin: each instance gets every other request
        assertThat(hits("deputy") - first).isEqualTo(5);
        assertThat(hits("deputy-2") - second).isEqualTo(5);
    }

    @Test
    void an_instance_added_to_the_instances_file_gets_requests_without_a_restart() throws IOException {
        String token = login("clerk-410327103");
        Runnable tenReads = () -> {
            for (int i = 0; i < 10; i++) {
                client.get().uri("/api/counties/410327/suggestions").headers(h -> h.setBearerAuth(token)).exchange()
                        .expectStatus().isOk()
                        .expectBody().jsonPath("$.service").isEqualTo("supervision");
            }
        };
        int before = hits("supervision-2");
        tenReads.run();
        assertThat(hits("supervision-2")).as("not an instance yet").isEqualTo(before);

        Files.writeString(INSTANCES_FILE, "supervision=" + uri(BACKENDS.get("supervision")) + ", "
                + uri(SUPERVISION_2) + "\n");
        int one = hits("supervision");
        tenReads.run();
        assertThat(hits("supervision-2") - before).isEqualTo(5);
        assertThat(hits("supervision") - one).isEqualTo(5);

        // back to one instance (as ./renda scale supervision-service 1 writes it); services the file does not
        // name keep the instances from the properties
        Files.writeString(INSTANCES_FILE, "supervision=" + uri(BACKENDS.get("supervision")) + "\n");
        Files.setLastModifiedTime(INSTANCES_FILE, FileTime.fromMillis(System.currentTimeMillis() + 2000));
        int after = hits("supervision-2");
        tenReads.run();
        assertThat(hits("supervision-2")).isEqualTo(after);
        Files.delete(INSTANCES_FILE);
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
        // burst 30, refilled by 1 a second: however slow the machine, the bucket runs dry well before 200 calls,
        // and no more calls pass than the burst plus what was refilled while they ran
        String token = login("clerk-410327101");
        long start = System.nanoTime();
        int passed = 0;
        int limited = 0;
        for (int i = 0; i < 200 && limited < 5; i++) {
            int status = client.get().uri("/api/counties/410327/overview").headers(h -> h.setBearerAuth(token))
                    .exchange().returnResult(String.class).getStatus().value();
            if (status == 429) {
                limited++;
            } else {
                passed++;
            }
        }
        long refilled = (System.nanoTime() - start) / 1_000_000_000L + 1;
        assertThat(limited).isEqualTo(5);
        assertThat(passed).isBetween(30, 30 + (int) refilled);
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
