package cn.renda.reporting;

import cn.renda.deputy.api.DeputyTopic;
import cn.renda.deputy.api.events.DeputyRegisteredEvent;
import cn.renda.deputy.api.events.TownshipRegisteredEvent;
import cn.renda.supervision.api.SupervisionTopic;
import cn.renda.supervision.api.events.SuggestionSubmittedEvent;
import cn.renda.testkit.EmbeddedInfra;
import cn.renda.testkit.BadTokens;
import cn.renda.testkit.EventRecords;
import cn.renda.testkit.TestAuthentication;
import cn.renda.training.api.TrainingTopic;
import cn.renda.training.api.events.TrainingAttendanceRecordedEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * reporting-service consumes the three topics exactly as the producers publish them (each {@code -api}'s golden
 * sample, in CloudEvents binary mode) and serves the county overview; redelivered or older events change nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false) // tests switch metrics export off unless asked: the scrape is tested
abstract class ReportingServiceBehaviour {

    static final String COUNTY = String.valueOf(ThreadLocalRandom.current().nextInt(110000, 659000));

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper mapper;
    @Autowired
    com.mongodb.client.MongoDatabase mongo;
    @Value("${renda.security.jwt.secret}")
    String secret;
    @Value("${renda.security.jwt.issuer}")
    String issuer;
    @Value("${renda.security.jwt.audience}")
    String audience;

    /** The broker the events are published to: the shared embedded one unless a subclass says otherwise. */
    protected String kafka() {
        return EmbeddedInfra.kafkaBootstrap();
    }

    ObjectNode sample(String name) throws Exception {
        return (ObjectNode) mapper.readTree(EventRecords.sample(name));
    }

    JsonNode overview(String county) {
        return http.getForObject("/api/counties/" + county + "/overview", JsonNode.class);
    }

    @Test
    void the_overview_counts_deputies_suggestions_and_person_times_per_township_exactly_once() throws Exception {
        String bootstrap = kafka();
        String townshipA = COUNTY + "100";
        String townshipB = COUNTY + "101";
        EventRecords.publish(bootstrap, DeputyTopic.NAME, TownshipRegisteredEvent.class, townshipA, 0, COUNTY,
                sample("TownshipRegisteredEvent.v1.json").put("townshipCode", townshipA).put("county", COUNTY).toString());
        String[] deputies = new String[3];
        for (int i = 0; i < 3; i++) {
            deputies[i] = UUID.randomUUID().toString();
            EventRecords.publish(bootstrap, DeputyTopic.NAME, DeputyRegisteredEvent.class, deputies[i], 0, COUNTY,
                    sample("DeputyRegisteredEvent.v1.json").put("deputyId", deputies[i]).put("county", COUNTY)
                            .put("townshipCode", i < 2 ? townshipA : townshipB).toString());
        }
        String suggestion = UUID.randomUUID().toString();
        String suggestionJson = sample("SuggestionSubmittedEvent.v1.json").put("suggestionId", suggestion)
                .put("county", COUNTY).put("townshipCode", townshipB).toString();
        EventRecords.publish(bootstrap, SupervisionTopic.NAME, SuggestionSubmittedEvent.class, suggestion, 0, COUNTY,
                suggestionJson);
        String training = UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            EventRecords.publish(bootstrap, TrainingTopic.NAME, TrainingAttendanceRecordedEvent.class, training, i + 1,
                    COUNTY, sample("TrainingAttendanceRecordedEvent.v1.json").put("trainingId", training)
                            .put("county", COUNTY).put("deputyId", deputies[i])
                            .put("townshipCode", i < 2 ? townshipA : townshipB).toString());
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode o = overview(COUNTY);
            assertThat(o.at("/totals/deputies").asLong()).isEqualTo(3);
            assertThat(o.at("/totals/suggestions").asLong()).isEqualTo(1);
            assertThat(o.at("/totals/trainingPersonTimes").asLong()).isEqualTo(3);
        });
        JsonNode o = overview(COUNTY);
        assertThat(o.at("/totals/townships").asLong()).isEqualTo(2);
        assertThat(o.at("/townships/0/townshipCode").asText()).isEqualTo(townshipA);
        assertThat(o.at("/townships/0/name").asText()).isEqualTo("城关镇");
        assertThat(o.at("/townships/0/deputies").asLong()).isEqualTo(2);
        assertThat(o.at("/townships/0/trainingPersonTimes").asLong()).isEqualTo(2);
        assertThat(o.at("/townships/1/suggestions").asLong()).isEqualTo(1);
        assertThat(o.at("/townships/1/trainingPersonTimes").asLong()).isEqualTo(1);

        // redelivery of the same events, and an older one, then a marker event that must be applied after them
        EventRecords.publish(bootstrap, SupervisionTopic.NAME, SuggestionSubmittedEvent.class, suggestion, 0, COUNTY,
                suggestionJson);
        EventRecords.publish(bootstrap, DeputyTopic.NAME, DeputyRegisteredEvent.class, deputies[0], 0, COUNTY,
                sample("DeputyRegisteredEvent.v1.json").put("deputyId", deputies[0]).put("county", COUNTY)
                        .put("townshipCode", townshipA).toString());
        EventRecords.publish(bootstrap, TrainingTopic.NAME, TrainingAttendanceRecordedEvent.class, training, 2,
                COUNTY, sample("TrainingAttendanceRecordedEvent.v1.json").put("trainingId", training)
                        .put("county", COUNTY).put("deputyId", deputies[1]).put("townshipCode", townshipA).toString());
        EventRecords.publish(bootstrap, TrainingTopic.NAME, TrainingAttendanceRecordedEvent.class, training, 4,
                COUNTY, sample("TrainingAttendanceRecordedEvent.v1.json").put("trainingId", training)
                        .put("county", COUNTY).put("deputyId", "late-comer").put("townshipCode", townshipA).toString());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(overview(COUNTY).at("/totals/trainingPersonTimes").asLong()).isEqualTo(4));
        JsonNode after = overview(COUNTY);
        assertThat(after.at("/totals/deputies").asLong()).isEqualTo(3);
        assertThat(after.at("/totals/suggestions").asLong()).isEqualTo(1);
        assertThat(after.at("/townships/0/trainingPersonTimes").asLong()).isEqualTo(3);

        JsonNode other = overview(String.valueOf(Integer.parseInt(COUNTY) + 1));
        assertThat(other.at("/totals/deputies").asLong()).as("another county sees none of it").isZero();
        assertThat(other.get("townships")).isEmpty();
    }

    @Test
    void an_unreadable_event_goes_to_the_dead_letter_topic_and_the_rest_is_still_counted() throws Exception {
        String county = String.valueOf(Integer.parseInt(COUNTY) + 2);
        String bad = UUID.randomUUID().toString();
        EventRecords.publish(kafka(), SupervisionTopic.NAME, SuggestionSubmittedEvent.class, bad, 0, county,
                "{\"suggestionId\": \"" + bad + "\", \"county\": ");
        String good = UUID.randomUUID().toString();
        EventRecords.publish(kafka(), SupervisionTopic.NAME, SuggestionSubmittedEvent.class, good, 0, county,
                sample("SuggestionSubmittedEvent.v1.json").put("suggestionId", good).put("county", county)
                        .put("townshipCode", county + "100").toString());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(overview(county).at("/totals/suggestions").asLong()).isEqualTo(1));
        // each consumer group (the overview and the event log with its facts) sets the record aside once
        assertThat(EventRecords.read(kafka(), SupervisionTopic.NAME + ".DLT", r -> bad.equals(r.key()), 2,
                Duration.ofSeconds(30))).extracting(r -> EventRecords.header(r, "kafka_dlt-original-consumer-group"))
                .containsExactlyInAnyOrder("reporting-county-overview", "reporting-events");
    }

    @Test
    void the_prometheus_endpoint_shows_projection_freshness_per_county_and_kafka_consumer_lag() throws Exception {
        String county = String.valueOf(Integer.parseInt(COUNTY) + 4);
        String township = county + "100";
        EventRecords.publish(kafka(), DeputyTopic.NAME, TownshipRegisteredEvent.class, township, 0, county,
                sample("TownshipRegisteredEvent.v1.json").put("townshipCode", township).put("county", county).toString());
        java.util.regex.Pattern freshness = java.util.regex.Pattern.compile(
                "renda_projection_freshness_seconds\\{[^}]*county=\"" + county + "\"[^}]*} (\\S+)");
        java.util.regex.Pattern lag = java.util.regex.Pattern.compile(
                "kafka_consumer_fetch_manager_records_lag_max\\{[^}]*} (\\S+)");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            // no token: the metrics carry nothing personal and scrapers hold none
            var response = http.getForEntity("/actuator/prometheus", String.class);
            assertThat(response.getStatusCode().value()).isEqualTo(200);
            String body = response.getBody();
            var f = freshness.matcher(body);
            assertThat(f.find()).as("freshness gauge of county " + county).isTrue();
            assertThat(f.group(0)).contains("projection=\"reporting-events\"");
            // without ce_time, recordedAt is the record timestamp (the publish time): seconds, not minutes or negative days
            assertThat(Double.parseDouble(f.group(1))).isBetween(-5.0, 120.0);
            var l = lag.matcher(body);
            boolean plausible = false;
            while (l.find()) {
                double v = Double.parseDouble(l.group(1));
                plausible |= v >= 0 && v < 1_000_000;
            }
            assertThat(plausible).as("a consumer's records-lag-max has a value").isTrue();
        });
    }

    @Test
    void the_service_checks_the_token_and_the_county_again() {
        String path = "/api/counties/" + COUNTY + "/overview";
        assertThat(status(path, "none")).isEqualTo(401);
        assertThat(status(path, "Bearer not-a-token")).isEqualTo(401);
        assertThat(status(path, bearer("admin-110000", "COUNTY_ADMIN", List.of("110000")))).isEqualTo(403);
        assertThat(status(path, bearer("operator", "OPERATOR", List.of()))).isEqualTo(403);
        assertThat(status(path, bearer("analyst", "ANALYST", List.of("110000", COUNTY)))).isEqualTo(200);
        assertThat(status(path, bearer("admin-" + COUNTY, "COUNTY_ADMIN", List.of(COUNTY)))).isEqualTo(200);
        assertThat(status("/actuator/health", "none")).isEqualTo(200);
        BadTokens.all(secret, issuer, audience, COUNTY).forEach((kind, token) ->
                assertThat(status(path, "Bearer " + token)).as(kind).isEqualTo(401));
    }

    String bearer(String user, String role, List<String> counties) {
        return "Bearer " + TestAuthentication.token(secret, issuer, audience, user, role, counties, null);
    }

    int status(String path, String authorization) {
        HttpHeaders h = new HttpHeaders();
        h.set(HttpHeaders.AUTHORIZATION, authorization);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(h), String.class).getStatusCode().value();
    }

    @Test
    void a_malformed_county_is_a_problem() {
        var r = http.getForEntity("/api/counties/41X327/overview", JsonNode.class);
        assertThat(r.getStatusCode().value()).isEqualTo(400);
        assertThat(r.getBody().get("type").asText()).isEqualTo("urn:renda:problem:validation");
    }

    JsonNode dashboard(String path) {
        return http.getForObject(path, JsonNode.class);
    }

    @Test
    void the_dashboard_counts_a_period_and_as_of_an_instant_shows_what_the_live_dashboard_showed_then() {
        String county = String.valueOf(Integer.parseInt(COUNTY) + 3);
        String path = "/api/counties/" + county + "/dashboard?from=2024-01-01&to=2024-12-31";
        try (Publish p = new Publish(kafka())) {
            SmallCounty.publish(p, county);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode d = dashboard(path);
            assertThat(d.get("trainingPersonTimes").asLong()).isEqualTo(3);
            assertThat(d.get("suggestionsAnswered").asLong()).isEqualTo(1);
            assertThat(d.get("deputies").asLong()).isEqualTo(2);
            assertThat(d.get("rectificationItems").asLong()).isEqualTo(1);
        });
        JsonNode live = dashboard(path);
        assertThat(live.get("townships").asLong()).isEqualTo(2);
        assertThat(live.get("chairs").asLong()).isEqualTo(1);
        assertThat(live.get("chairsConcurrentPartySecretary").asLong()).isEqualTo(1);
        assertThat(live.get("inspections").asLong()).isEqualTo(1);
        assertThat(live.get("inspectionPersonTimes").asLong()).isEqualTo(2);
        assertThat(live.get("suggestions").asLong()).isEqualTo(1);
        assertThat(live.get("trainings").asLong()).isEqualTo(1);
        assertThat(live.get("enforcementInspections").asLong()).isEqualTo(1);
        assertThat(live.at("/composition/byGender/MALE").asLong()).isEqualTo(2);
        assertThat(live.at("/perTownship/1/name").asText()).isEqualTo("白鹤镇");
        assertThat(live.at("/perTownship/1/suggestions").asLong()).isEqualTo(1);
        assertThat(live.at("/perTownship/0/trainingPersonTimes").asLong()).isEqualTo(2);
        JsonNode township = dashboard("/api/counties/" + county + "/townships/" + county
                + "101/dashboard?from=2024-01-01&to=2024-12-31");
        assertThat(township.get("townshipName").asText()).isEqualTo("白鹤镇");
        assertThat(township.get("deputies").asLong()).isEqualTo(1);
        assertThat(township.get("trainingPersonTimes").asLong()).isEqualTo(1);
        assertThat(dashboard("/api/counties/" + county + "/dashboard?from=2023-01-01&to=2023-12-31")
                .get("suggestions").asLong()).isZero();

        Instant seen = Instant.now();
        await().atMost(Duration.ofSeconds(5)).until(() -> Instant.now().isAfter(seen.plusMillis(5)));
        try (Publish p = new Publish(kafka())) {
            p.event(DeputyTopic.NAME, DeputyRegisteredEvent.class, "Deputy", county + "-d9", 0, county,
                    j -> j.put("deputyId", county + "-d9").put("townshipCode", county + "100"));
            p.event(TrainingTopic.NAME, TrainingAttendanceRecordedEvent.class, "Training", county + "-t1", 4, county,
                    j -> j.put("trainingId", county + "-t1").put("deputyId", county + "-d9")
                            .put("townshipCode", county + "100"));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(dashboard(path).get("trainingPersonTimes").asLong()).isEqualTo(4));
        assertThat(dashboard(path).get("deputies").asLong()).isEqualTo(3);
        JsonNode then = dashboard(path + "&asOf=" + seen);
        assertThat(then).isEqualTo(live);
        JsonNode before = dashboard(path + "&asOf=2020-01-01");
        assertThat(before.get("deputies").asLong()).isZero();
        assertThat(before.get("townships").asLong()).isZero();

        assertThat(http.getForObject("/api/counties/" + county + "/dashboard/labels", JsonNode.class)
                .get("deputies").asText()).isEqualTo("在任代表数");
        HttpHeaders en = new HttpHeaders();
        en.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
        assertThat(http.exchange("/api/counties/" + county + "/dashboard/labels", HttpMethod.GET,
                new HttpEntity<>(en), JsonNode.class).getBody().get("deputies").asText()).isEqualTo("serving deputies");

        // the log and the facts hold no personal data, not even ciphertext
        assertThat(mongo.getCollection("reporting_events").find(new org.bson.Document("county", county))
                .map(org.bson.Document::toJson).into(new java.util.ArrayList<>()))
                .hasSize(20).noneMatch(j -> j.contains("personalData") || j.contains("aesgcm"));
        assertThat(mongo.getCollection("reporting_facts").countDocuments(new org.bson.Document("county", county)))
                .isEqualTo(11);
    }

    @Test
    void a_malformed_period_is_a_problem() {
        var r = http.getForEntity("/api/counties/" + COUNTY + "/dashboard?from=2024-02-30", JsonNode.class);
        assertThat(r.getStatusCode().value()).isEqualTo(400);
        assertThat(r.getBody().get("type").asText()).isEqualTo("urn:renda:problem:invalid-date");
        r = http.getForEntity("/api/counties/" + COUNTY + "/dashboard?from=2024-02-01&to=2024-01-01", JsonNode.class);
        assertThat(r.getBody().get("type").asText()).isEqualTo("urn:renda:problem:invalid-period");
        r = http.getForEntity("/api/counties/" + COUNTY + "/townships/110101100/dashboard", JsonNode.class);
        assertThat(r.getStatusCode().value()).isEqualTo(404);
        assertThat(status("/api/operations/projections", bearer("admin-" + COUNTY, "COUNTY_ADMIN", List.of(COUNTY))))
                .isEqualTo(403);
        assertThat(status("/api/operations/projections", "none")).isEqualTo(401);
        assertThat(status("/api/operations/projections", bearer("operator", "OPERATOR", List.of()))).isEqualTo(200);
    }
}
