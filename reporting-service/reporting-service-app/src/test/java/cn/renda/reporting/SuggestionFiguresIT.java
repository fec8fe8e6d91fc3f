package cn.renda.reporting;

import cn.renda.deputy.api.DeputyTopic;
import cn.renda.deputy.api.events.TownshipRegisteredEvent;
import cn.renda.supervision.api.SupervisionTopic;
import cn.renda.supervision.api.events.HandlingUnitRegisteredEvent;
import cn.renda.supervision.api.events.SuggestionAssignedEvent;
import cn.renda.supervision.api.events.SuggestionRatedEvent;
import cn.renda.supervision.api.events.SuggestionRepliedEvent;
import cn.renda.supervision.api.events.SuggestionSubmittedEvent;
import cn.renda.testkit.EmbeddedInfra;
import cn.renda.testkit.TestAuthentication;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Overdue suggestions by handling unit and the satisfaction trend through HTTP, over the embedded broker and Mongo
 * stand-in fed the producers' golden samples: live and as of an earlier instant (equal to the live answer seen
 * then), a township's scope, another county's suggestions never counted (even when assigned to a unit id of this
 * county), the dashboard's totals, problems, exports and who may read them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SuggestionFiguresIT extends AuthorizedCalls {

    static final String COUNTY = String.valueOf(ThreadLocalRandom.current().nextInt(110000, 650000));
    static final String OTHER = String.valueOf(Integer.parseInt(COUNTY) + 7);
    static final String A = COUNTY + "100";
    static final String B = COUNTY + "101";
    static final String U1 = COUNTY + "-u1";
    static final String U2 = COUNTY + "-u2";
    static final String YEAR = "from=2024-01-01&to=2024-12-31";

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        EmbeddedInfra.register(registry, "reporting_suggestion_figures_it");
        registry.add("renda.reporting.events-group", () -> "reporting-events-suggestion-figures-it");
        registry.add("renda.reporting.overview-group", () -> "reporting-overview-suggestion-figures-it");
    }

    @Value("${renda.security.jwt.secret}")
    String secret;
    @Value("${renda.security.jwt.issuer}")
    String issuer;
    @Value("${renda.security.jwt.audience}")
    String audience;

    @Test
    void overdue_by_unit_and_the_satisfaction_trend_live_as_of_an_instant_per_township_and_per_county() {
        String overduePath = "/api/counties/" + COUNTY + "/dashboard/overdue-by-unit";
        String trendPath = "/api/counties/" + COUNTY + "/dashboard/satisfaction-trend?" + YEAR;
        try (Publish p = new Publish(EmbeddedInfra.kafkaBootstrap())) {
            township(p, COUNTY, A, "城关镇");
            township(p, COUNTY, B, "白鹤镇");
            p.event(SupervisionTopic.NAME, HandlingUnitRegisteredEvent.class, "HandlingUnit", U1, 0, COUNTY,
                    j -> j.put("unitId", U1).put("townshipCode", A));
            p.event(SupervisionTopic.NAME, HandlingUnitRegisteredEvent.class, "HandlingUnit", U2, 0, COUNTY,
                    j -> j.put("unitId", U2).putNull("townshipCode").put("name", "县水利局"));
            assigned(p, COUNTY, COUNTY + "-s1", A, U1);
            assigned(p, COUNTY, COUNTY + "-s2", B, U2);
            replied(p, COUNTY, COUNTY + "-s2", B, 2);
            rated(p, COUNTY, COUNTY + "-s2", B, 3, "SATISFIED", "2024-04-12T08:00:00Z");
            assigned(p, COUNTY, COUNTY + "-s3", B, U2);
            // another county: its own overdue suggestion, assigned to a unit id of this county
            township(p, OTHER, OTHER + "100", "城关镇");
            assigned(p, OTHER, OTHER + "-s1", OTHER + "100", U1);
            rated(p, OTHER, OTHER + "-s1", OTHER + "100", 2, "DISSATISFIED", "2024-05-12T08:00:00Z");
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(get(overduePath, admin(COUNTY)).get("total").asLong()).isEqualTo(2);
            assertThat(get(trendPath, admin(COUNTY)).get("rated").asLong()).isEqualTo(1);
            assertThat(get("/api/counties/" + OTHER + "/dashboard/overdue-by-unit", admin(OTHER)).get("total")
                    .asLong()).isEqualTo(1);
        });
        JsonNode overdue = get(overduePath, admin(COUNTY));
        assertThat(overdue.at("/units/0/unitId").asText()).isEqualTo(U1);
        assertThat(overdue.at("/units/0/overdue").asLong()).as("the other county's suggestion is not counted")
                .isEqualTo(1);
        assertThat(overdue.at("/units/0/name").asText()).isEqualTo("城关镇交通运输办公室");
        assertThat(overdue.at("/units/0/suggestionIds/0").asText()).isEqualTo(COUNTY + "-s1");
        assertThat(overdue.at("/units/1/unitId").asText()).isEqualTo(U2);
        assertThat(overdue.at("/units/1/name").asText()).isEqualTo("县水利局");
        assertThat(overdue.at("/units/1/suggestionIds").toString()).as("s2 was answered").doesNotContain("-s2");
        assertThat(overdue.at("/labels/overdue").asText()).isEqualTo("逾期未办复件数");
        assertThat(overdue.get("asOf").isNull()).isTrue();
        assertThat(get("/api/counties/" + COUNTY + "/dashboard/overdue-by-unit", admin(COUNTY)))
                .as("the path the gateway routes to reporting").isEqualTo(overdue);
        JsonNode inB = get(overduePath + "?township=" + B, admin(COUNTY));
        assertThat(inB.get("townshipName").asText()).isEqualTo("白鹤镇");
        assertThat(inB.get("total").asLong()).isEqualTo(1);
        assertThat(inB.at("/units/0/unitId").asText()).isEqualTo(U2);
        JsonNode other = get("/api/counties/" + OTHER + "/dashboard/overdue-by-unit", admin(OTHER));
        assertThat(other.at("/units/0/name").isNull()).as("units are the county's own facts").isTrue();

        JsonNode trend = get(trendPath, admin(COUNTY));
        assertThat(trend.get("interval").asText()).isEqualTo("QUARTER");
        assertThat(trend.get("points")).hasSize(4);
        assertThat(trend.at("/points/1/period").asText()).isEqualTo("2024-Q2");
        assertThat(trend.at("/points/1/label").asText()).isEqualTo("2024年第2季度");
        assertThat(trend.at("/points/1/rated").asLong()).isEqualTo(1);
        assertThat(trend.at("/points/1/rate").asDouble()).isEqualTo(100.0);
        assertThat(trend.at("/points/0/rate").isNull()).isTrue();
        assertThat(get("/api/counties/" + COUNTY + "/dashboard/satisfaction-trend?" + YEAR, admin(COUNTY)))
                .isEqualTo(trend);
        JsonNode dashboard = get("/api/counties/" + COUNTY + "/dashboard?" + YEAR, admin(COUNTY));
        assertThat(trend.get("rated").asLong()).isEqualTo(dashboard.get("suggestionsRated").asLong());
        assertThat(trend.get("satisfied").asLong()).isEqualTo(dashboard.get("suggestionsSatisfied").asLong());
        assertThat(trend.get("rate").asDouble()).isEqualTo(dashboard.get("suggestionSatisfactionRate").asDouble());
        assertThat(get("/api/counties/" + COUNTY + "/dashboard/satisfaction-trend?" + YEAR + "&township=" + A,
                admin(COUNTY)).get("rated").asLong()).as("the rated suggestion is in 白鹤镇").isZero();
        HttpHeaders en = headers(admin(COUNTY));
        en.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
        JsonNode english = http.exchange(trendPath, HttpMethod.GET, new HttpEntity<>(en), JsonNode.class).getBody();
        assertThat(english.at("/points/1/label").asText()).isEqualTo("2024 Q2");
        assertThat(english.at("/labels/rate").asText()).isEqualTo("satisfaction rate (%)");

        // more events after an instant: the answer as of that instant is the live answer seen then
        Instant seen = Instant.now();
        await().atMost(Duration.ofSeconds(5)).until(() -> Instant.now().isAfter(seen.plusMillis(5)));
        try (Publish p = new Publish(EmbeddedInfra.kafkaBootstrap())) {
            replied(p, COUNTY, COUNTY + "-s3", B, 2);
            rated(p, COUNTY, COUNTY + "-s3", B, 3, "DISSATISFIED", "2024-07-02T08:00:00Z");
            assigned(p, COUNTY, COUNTY + "-s4", A, U1);
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(get(trendPath, admin(COUNTY)).get("rated").asLong()).isEqualTo(2);
            assertThat(get(overduePath, admin(COUNTY)).at("/units/0/overdue").asLong()).isEqualTo(2);
        });
        JsonNode now = get(overduePath, admin(COUNTY));
        assertThat(now.get("total").asLong()).as("s3 answered, s4 overdue").isEqualTo(2);
        assertThat(now.get("units")).hasSize(1);
        assertThat(get(trendPath, admin(COUNTY)).at("/points/2/rate").asDouble()).isEqualTo(0.0);
        JsonNode overdueThen = get(overduePath + "?asOf=" + seen, admin(COUNTY));
        assertThat(overdueThen.get("asOf").asText()).isEqualTo(seen.toString());
        assertThat(withoutAsOf(overdueThen)).isEqualTo(withoutAsOf(overdue));
        assertThat(withoutAsOf(get(trendPath + "&asOf=" + seen, admin(COUNTY)))).isEqualTo(withoutAsOf(trend));
        JsonNode before = get(overduePath + "?asOf=2020-01-01", admin(COUNTY));
        assertThat(before.get("total").asLong()).isZero();
        assertThat(before.get("units")).isEmpty();
        assertThat(get(trendPath + "&asOf=2020-01-01", admin(COUNTY)).get("rated").asLong()).isZero();
    }

    @Test
    void bad_input_is_a_problem_and_the_readers_are_the_dashboards() {
        String overduePath = "/api/counties/" + COUNTY + "/dashboard/overdue-by-unit";
        String trendPath = "/api/counties/" + COUNTY + "/dashboard/satisfaction-trend";
        ResponseEntity<JsonNode> outside = exchange(overduePath + "?township=110101100", admin(COUNTY));
        assertThat(outside.getStatusCode().value()).isEqualTo(404);
        assertThat(outside.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(outside.getBody().get("type").asText()).isEqualTo("urn:renda:problem:unknown-township");
        assertThat(exchange(overduePath + "?township=12", admin(COUNTY)).getStatusCode().value()).isEqualTo(400);
        assertThat(exchange(overduePath + "?asOf=yesterday", admin(COUNTY)).getBody().get("type").asText())
                .isEqualTo("urn:renda:problem:invalid-date");
        assertThat(exchange(trendPath + "?from=2024-02-01&to=2024-01-01", admin(COUNTY)).getBody().get("type")
                .asText()).isEqualTo("urn:renda:problem:invalid-period");
        HttpHeaders en = headers(admin(COUNTY));
        en.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
        assertThat(http.exchange(trendPath + "?from=2024-13-01", HttpMethod.GET, new HttpEntity<>(en), JsonNode.class)
                .getBody().get("title").asText()).isEqualTo("Invalid date");
        assertThat(exchange(overduePath + "?format=doc", admin(COUNTY)).getBody().get("type").asText())
                .isEqualTo("urn:renda:problem:invalid-format");

        ResponseEntity<byte[]> csv = http.exchange(trendPath + "?" + YEAR + "&format=csv", HttpMethod.GET,
                new HttpEntity<>(headers(admin(COUNTY))), byte[].class);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(new String(csv.getBody(), StandardCharsets.UTF_8)).contains("建议办理满意度趋势")
                .contains("2024年第1季度").contains("合计").contains("截至,实时");
        ResponseEntity<byte[]> xlsx = http.exchange(overduePath + "?format=xlsx", HttpMethod.GET,
                new HttpEntity<>(headers(admin(COUNTY))), byte[].class);
        assertThat(xlsx.getStatusCode().value()).isEqualTo(200);
        assertThat(xlsx.getHeaders().getContentType().toString())
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        // who may read: as the dashboard, any role of the county; never another county's staff or an operator
        for (String path : List.of(overduePath, trendPath)) {
            assertThat(status(path, "none")).isEqualTo(401);
            assertThat(status(path, token("admin-x", "COUNTY_ADMIN", List.of(OTHER), null))).isEqualTo(403);
            assertThat(status(path, token("operator", "OPERATOR", List.of(), null))).isEqualTo(403);
            assertThat(status(path, token("analyst", "ANALYST", List.of(COUNTY), null))).isEqualTo(200);
            assertThat(status(path, token("clerk", "TOWNSHIP_CLERK", List.of(COUNTY), A))).isEqualTo(200);
            assertThat(status(path, token("deputy", "DEPUTY", List.of(COUNTY), null)))
                    .isEqualTo(status("/api/counties/" + COUNTY + "/dashboard", token("deputy", "DEPUTY",
                            List.of(COUNTY), null)));
        }
    }

    // ---- helpers ----

    static void township(Publish p, String county, String code, String name) {
        p.event(DeputyTopic.NAME, TownshipRegisteredEvent.class, "Township", code, 0, county,
                j -> j.put("townshipCode", code).put("name", name));
    }

    /** Submitted on 2024-03-01 and assigned with the sample's deadline 2024-06-03: overdue today. */
    static void assigned(Publish p, String county, String id, String township, String unit) {
        p.event(SupervisionTopic.NAME, SuggestionSubmittedEvent.class, "Suggestion", id, 0, county,
                j -> j.put("suggestionId", id).put("townshipCode", township));
        p.event(SupervisionTopic.NAME, SuggestionAssignedEvent.class, "Suggestion", id, 1, county,
                j -> j.put("suggestionId", id).put("townshipCode", township).put("leadUnitId", unit));
    }

    static void replied(Publish p, String county, String id, String township, long seq) {
        p.event(SupervisionTopic.NAME, SuggestionRepliedEvent.class, "Suggestion", id, seq, county,
                j -> j.put("suggestionId", id).put("townshipCode", township));
    }

    static void rated(Publish p, String county, String id, String township, long seq, String rating, String at) {
        p.event(SupervisionTopic.NAME, SuggestionRatedEvent.class, "Suggestion", id, seq, county,
                j -> j.put("suggestionId", id).put("townshipCode", township).put("rating", rating).put("ratedAt", at));
    }

    static JsonNode withoutAsOf(JsonNode answer) {
        ObjectNode copy = answer.deepCopy();
        copy.remove("asOf");
        return copy;
    }

    String admin(String county) {
        return token("admin-" + county, "COUNTY_ADMIN", List.of(county), null);
    }

    String token(String user, String role, List<String> counties, String township) {
        return "Bearer " + TestAuthentication.token(secret, issuer, audience, user, role, counties, township);
    }
}
