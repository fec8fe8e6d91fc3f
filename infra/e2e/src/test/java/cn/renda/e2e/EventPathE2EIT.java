package cn.renda.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole event path through the gateway on the devstack processes: commands flow while a command-side service
 * and then the read side are killed with SIGKILL and restarted; the overview must equal exactly what was
 * acknowledged (nothing lost, nothing doubled), and again after a full stop and start.
 */
class EventPathE2EIT {

    static final String COUNTY = "410327";
    static DevStack stack;
    static String token;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        stack = new DevStack();
        stack.renda("start");
        Answer login = post("/api/auth/login", "{\"username\":\"admin-" + COUNTY + "\",\"password\":\"renda-demo\"}");
        assertThat(login.status()).isEqualTo(200);
        token = login.body().get("token").asText();
    }

    @AfterAll
    static void stop() throws Exception {
        if (stack != null) {
            stack.close();
        }
    }

    record Answer(int status, JsonNode body, String contentType) {
    }

    static Answer post(String path, String json) {
        return post(path, json, null);
    }

    static Answer post(String path, String json, String idempotencyKey) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.gateway() + path))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            if (idempotencyKey != null) {
                request.header("Idempotency-Key", idempotencyKey);
            }
            HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode body = r.body().isBlank() ? null : parse(r.body());
            return new Answer(r.statusCode(), body, r.headers().firstValue("Content-Type").orElse(""));
        } catch (Exception e) {
            return new Answer(-1, null, "");
        }
    }

    static JsonNode parse(String s) {
        try {
            return JSON.readTree(s);
        } catch (Exception e) {
            return null;
        }
    }

    static JsonNode get(String path) throws Exception {
        return JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(stack.gateway() + path))
                .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    static String deputy(String township, int i) {
        return "{\"townshipCode\":\"" + township + "\",\"name\":\"代表" + i + "\",\"gender\":\"FEMALE\","
                + "\"birthYear\":1980,\"occupation\":\"FARMER\"}";
    }

    @Test
    void the_overview_equals_exactly_the_acknowledged_commands_across_crashes_and_restarts() throws Exception {
        String base = "/api/counties/" + COUNTY;
        String[] townships = {COUNTY + "100", COUNTY + "101"};
        for (String t : townships) {
            assertThat(post(base + "/townships", "{\"code\":\"" + t + "\",\"name\":\"镇" + t + "\"}").status()).isEqualTo(201);
        }
        List<String> deputies = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Answer a = post(base + "/deputies", deputy(townships[i % 2], i));
            assertThat(a.status()).isEqualTo(201);
            deputies.add(a.body().get("id").asText());
        }
        Answer training = post(base + "/trainings",
                "{\"title\":\"代表法专题培训\",\"topic\":\"DEPUTIES_LAW\",\"date\":\"2024-04-18\",\"hours\":4}");
        assertThat(training.status()).isEqualTo(201);
        String trainingId = training.body().get("id").asText();
        // the services that refer to deputies learn of them from Kafka
        await().atMost(Duration.ofSeconds(60)).until(() ->
                post(base + "/trainings/" + trainingId + "/attendance", "{\"deputyId\":\"" + deputies.get(0) + "\"}").status() == 201);
        int personTimes = 1;
        await().atMost(Duration.ofSeconds(60)).until(() -> post(base + "/suggestions", suggestion(deputies.get(9))).status() == 201);
        int suggestions = 1;

        // no token, or another county: refused at the gateway
        String saved = token;
        token = null;
        assertThat(post(base + "/suggestions", suggestion(deputies.get(0))).status()).isEqualTo(401);
        token = saved;
        assertThat(post("/api/counties/610822/suggestions", suggestion(deputies.get(0))).status()).isEqualTo(403);

        // malformed input through the gateway: 400 problem+json, nothing stored (checked by the totals below)
        Answer malformed = post(base + "/suggestions", "{\"deputyIds\":[\"x\"],\"title\":");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(post(base + "/deputies", "{\"townshipCode\":\"" + townships[0] + "\"}").status()).isEqualTo(400);
        assertThat(post(base + "/suggestions", suggestion("not-a-deputy")).status()).isEqualTo(422);

        for (int i = 0; i < 60; i++) {
            if (i == 15) {
                stack.kill9("supervision-service");
            }
            if (i == 25) {
                stack.renda("start"); // restarts what is not running
            }
            if (i == 35) {
                stack.kill9("reporting-service");
            }
            if (i == 45) {
                stack.kill9("training-service");
                stack.renda("start");
            }
            if (post(base + "/suggestions", suggestion(deputies.get(i % deputies.size()))).status() == 201) {
                suggestions++;
            }
            if (i < deputies.size() - 1 && post(base + "/trainings/" + trainingId + "/attendance",
                    "{\"deputyId\":\"" + deputies.get(i + 1) + "\"}").status() == 201) {
                personTimes++;
            }
        }
        assertThat(suggestions).as("some suggestions were acknowledged, some refused while the service was down")
                .isBetween(30, 61);

        // the event store is the audit trail: who did it, in which role, with which request id
        Answer audited = post(base + "/suggestions", suggestion(deputies.get(3)));
        assertThat(audited.status()).isEqualTo(201);
        suggestions++;
        JsonNode history = get(base + "/suggestions/" + audited.body().get("id").asText() + "/history");
        assertThat(history.at("/events/0/type").asText()).isEqualTo("SuggestionSubmittedEvent");
        assertThat(history.at("/events/0/user").asText()).isEqualTo("admin-" + COUNTY);
        assertThat(history.at("/events/0/role").asText()).isEqualTo("COUNTY_ADMIN");
        assertThat(history.at("/events/0/requestId").asText()).isNotBlank();

        // a retried command with the same Idempotency-Key answers the first result and creates nothing new
        String key = java.util.UUID.randomUUID().toString();
        Answer once = post(base + "/suggestions", suggestion(deputies.get(4)), key);
        Answer retried = post(base + "/suggestions", suggestion(deputies.get(4)), key);
        assertThat(once.status()).isEqualTo(201);
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.body().get("id").asText()).isEqualTo(once.body().get("id").asText());
        suggestions++;
        assertThat(post(base + "/suggestions", suggestion(deputies.get(5)), key).status())
                .as("the same key for another request").isEqualTo(422);

        int expectedSuggestions = suggestions;
        int expectedPersonTimes = personTimes;
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            JsonNode totals = get(base + "/overview").get("totals");
            assertThat(totals.get("townships").asLong()).isEqualTo(2);
            assertThat(totals.get("deputies").asLong()).isEqualTo(deputies.size());
            assertThat(totals.get("suggestions").asLong()).isEqualTo(expectedSuggestions);
            assertThat(totals.get("trainingPersonTimes").asLong()).isEqualTo(expectedPersonTimes);
        });
        // settle: nothing more may arrive (no duplicates published late after the restarts)
        Thread.sleep(3000);
        JsonNode totals = get(base + "/overview").get("totals");
        assertThat(totals.get("suggestions").asLong()).isEqualTo(expectedSuggestions);
        assertThat(get(base + "/suggestions?size=1").get("total").asLong()).isEqualTo(expectedSuggestions);

        // a full stop and start keeps everything
        stack.renda("stop");
        stack.renda("start");
        JsonNode again = get(base + "/overview").get("totals");
        assertThat(again.get("deputies").asLong()).isEqualTo(deputies.size());
        assertThat(again.get("suggestions").asLong()).isEqualTo(expectedSuggestions);
        assertThat(again.get("trainingPersonTimes").asLong()).isEqualTo(expectedPersonTimes);
        assertThat(get(base + "/deputies?size=1").get("total").asLong()).isEqualTo(deputies.size());
    }

    static String login(String user) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(stack.gateway() + "/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"renda-demo\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("login " + user).isEqualTo(200);
        return JSON.readTree(r.body()).get("token").asText();
    }

    static int call(String method, String path, String bearer) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(stack.gateway() + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + bearer)
                .header("Content-Type", "application/json");
        b = "GET".equals(method) ? b.GET() : b.method(method, HttpRequest.BodyPublishers.ofString("{}"));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /**
     * The cross-county probe: every route of every service, enumerated from the OpenAPI documents, is tried with a
     * token of another county (every method), and with a read-only analyst and a clerk of another township (every
     * write). Not one may succeed, so a new endpoint is covered without a new test.
     */
    @Test
    void no_route_lets_another_county_an_analyst_or_another_townships_clerk_succeed() throws Exception {
        String otherCounty = login("admin-610822");
        String analyst = login("analyst");
        String otherClerk = login("clerk-" + COUNTY + "201");
        java.util.List<String> successes = new ArrayList<>();
        int probes = 0;
        for (String service : new String[]{"deputy", "supervision", "training", "reporting"}) {
            JsonNode doc = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(stack.gateway() + "/v3/api-docs/" + service))
                    .GET().build(), HttpResponse.BodyHandlers.ofString()).body());
            var paths = doc.get("paths").fields();
            while (paths.hasNext()) {
                var entry = paths.next();
                if (!entry.getKey().startsWith("/api/counties/{county}")) {
                    continue;
                }
                String path = entry.getKey().replace("{county}", COUNTY).replaceAll("\\{[^}]+}", "probe-id");
                var methods = entry.getValue().fieldNames();
                while (methods.hasNext()) {
                    String method = methods.next().toUpperCase();
                    if (!java.util.Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                        continue;
                    }
                    java.util.List<String[]> tries = new ArrayList<>();
                    tries.add(new String[]{"another county", otherCounty});
                    if (!method.equals("GET")) {
                        tries.add(new String[]{"analyst", analyst});
                        tries.add(new String[]{"another township's clerk", otherClerk});
                    }
                    for (String[] t : tries) {
                        probes++;
                        int status = call(method, path, t[1]);
                        if (status / 100 == 2) {
                            successes.add(method + " " + path + " as " + t[0] + ": " + status);
                        }
                    }
                }
            }
        }
        assertThat(probes).as("routes found in the OpenAPI documents").isGreaterThan(15);
        assertThat(successes).isEmpty();
    }

    static String suggestion(String deputy) {
        return "{\"deputyIds\":[\"" + deputy + "\"],\"title\":\"关于村组道路的建议\",\"content\":\"道路破损。\","
                + "\"category\":\"ROADS_TRANSPORT_WATER\"}";
    }
}
