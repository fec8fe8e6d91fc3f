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

    /** A request with a given bearer token; the answer's status, JSON body and content type. */
    static Answer as(String bearer, String method, String path, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(stack.gateway() + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + bearer);
        b = json == null ? b.GET() : b.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(r.statusCode(), r.body().isBlank() ? null : parse(r.body()),
                r.headers().firstValue("Content-Type").orElse(""));
    }

    static String createdAs(String bearer, String path, String json) throws Exception {
        Answer a = as(bearer, "POST", path, json);
        assertThat(a.status()).as("POST %s: %s", path, a.body()).isEqualTo(201);
        return a.body().get("id").asText();
    }

    static List<String> ids(Answer page) {
        assertThat(page.status()).as("list: %s", page.body()).isEqualTo(200);
        return page.body().get("items").findValuesAsText("id");
    }

    static void refused(Answer a, int status) {
        assertThat(a.status()).as(String.valueOf(a.body())).isEqualTo(status);
        assertThat(a.contentType()).startsWith("application/problem+json");
    }

    /**
     * Through the gateway with the demo logins: a handling unit reads only the petitions forwarded to it and no
     * inspections, a deputy only the inspections he or she took part in and no petitions; another's record is 404,
     * another's list 403. In a county of its own (610822), so the other tests' county totals stay exact.
     */
    @Test
    void a_handling_unit_and_a_deputy_read_only_their_own_inspections_and_petitions_through_the_gateway()
            throws Exception {
        String county = "610822";
        String base = "/api/counties/" + county;
        String township = county + "100";
        String admin = login("admin-" + county);
        assertThat(as(admin, "POST", base + "/townships", "{\"code\":\"" + township + "\",\"name\":\"城关镇\"}")
                .status()).isEqualTo(201);
        String d1 = createdAs(admin, base + "/deputies", deputy(township, 1));
        String d2 = createdAs(admin, base + "/deputies", deputy(township, 2));
        String unit = "{\"townshipCode\":\"" + township + "\",\"name\":\"%s\",\"contactPerson\":\"张明\","
                + "\"contactPhone\":\"0912-1234567\",\"responsibleLeader\":\"李副镇长\"}";
        String u1 = createdAs(admin, base + "/handling-units", unit.formatted("司法所"));
        String u2 = createdAs(admin, base + "/handling-units", unit.formatted("派出所"));
        String inspection = "{\"townshipCode\":\"" + township + "\",\"topic\":\"农村饮水安全\","
                + "\"date\":\"2024-05-10\",\"deputyIds\":[\"%s\"]}";
        // supervision-service learns of the deputies from Kafka
        await().atMost(Duration.ofSeconds(60)).until(() ->
                as(admin, "POST", base + "/inspections", inspection.formatted(d2)).status() == 201);
        String withD1 = createdAs(admin, base + "/inspections", inspection.formatted(d1));
        String petition = "{\"townshipCode\":\"" + township + "\",\"channel\":\"LETTER\",\"subject\":\"%s\","
                + "\"content\":\"请求调处\"}";
        String toU1 = createdAs(admin, base + "/petitions", petition.formatted("宅基地纠纷"));
        String toU2 = createdAs(admin, base + "/petitions", petition.formatted("道路破损"));
        assertThat(as(admin, "POST", base + "/petitions/" + toU1 + "/acceptance", "{\"unitId\":\"" + u1 + "\"}")
                .status()).isEqualTo(202);
        assertThat(as(admin, "POST", base + "/petitions/" + toU2 + "/acceptance", "{\"unitId\":\"" + u2 + "\"}")
                .status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(ids(as(admin, "GET", base + "/inspections?size=100", null))).hasSize(2).contains(withD1);
            assertThat(ids(as(admin, "GET", base + "/petitions?unit=" + u1, null))).containsExactly(toU1);
        });

        String deputy = login("deputy-" + county + "-" + d1);
        assertThat(ids(as(deputy, "GET", base + "/inspections?size=100", null))).containsExactly(withD1);
        assertThat(as(deputy, "GET", base + "/inspections/" + withD1, null).status()).isEqualTo(200);
        String other = ids(as(admin, "GET", base + "/inspections?deputy=" + d2, null)).get(0);
        refused(as(deputy, "GET", base + "/inspections/" + other, null), 404);
        refused(as(deputy, "GET", base + "/inspections?deputy=" + d2, null), 403);
        refused(as(deputy, "GET", base + "/petitions", null), 403);

        String handling = login("unit-" + county + "-" + u1);
        assertThat(ids(as(handling, "GET", base + "/petitions?size=100", null))).containsExactly(toU1);
        assertThat(as(handling, "GET", base + "/petitions/" + toU1, null).status()).isEqualTo(200);
        refused(as(handling, "GET", base + "/petitions/" + toU2, null), 404);
        refused(as(handling, "GET", base + "/petitions?unit=" + u2, null), 403);
        Answer inspections = as(handling, "GET", base + "/inspections", null);
        refused(inspections, 403);
        assertThat(inspections.body().get("detail").asText()).contains("承办单位");
        refused(as(handling, "GET", base + "/inspections/" + withD1, null), 404);

        // the county's staff still read everything, and another county reads none of it
        assertThat(ids(as(admin, "GET", base + "/petitions?size=100", null))).contains(toU1, toU2);
        assertThat(as(token, "GET", base + "/petitions/" + toU1, null).status()).isEqualTo(403);
    }

    static String suggestion(String deputy) {
        return "{\"deputyIds\":[\"" + deputy + "\"],\"title\":\"关于村组道路的建议\",\"content\":\"道路破损。\","
                + "\"category\":\"ROADS_TRANSPORT_WATER\"}";
    }
}
