package cn.renda.e2e;

import cn.renda.devstack.DemoFigures;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code ./renda start} on a fresh data folder loads the demo counties through the gateway with the real commands;
 * the county dashboards then show exactly the figures the demo was built from ({@link DemoFigures}): for county
 * 410327 the first research report's own numbers (16 townships, 16 chairs, 16 vice chairs of whom 11 full-time,
 * 1,062 deputies, 27 inspections with 320+ person-times in the first half of 2024, 395 suggestions this term, 21
 * trainings with 900+ person-times in 2024). The dashboard's suggestion figures (overdue by handling unit, the
 * satisfaction trend) agree with its totals and show nothing as of an instant before the demo was loaded.
 */
class DemoDashboardE2EIT {

    static DevStack stack;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    static final ObjectMapper JSON = new ObjectMapper();
    /** An instant before the stack started: no demo event was recorded by then. */
    static Instant beforeDemo;

    @BeforeAll
    static void start() throws Exception {
        beforeDemo = Instant.now();
        stack = new DevStack();
        stack.env.remove("RENDA_NO_DEMO");
        stack.renda("start", 20);
    }

    @AfterAll
    static void stop() throws Exception {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void the_first_reports_county_shows_the_reports_figures() throws Exception {
        DemoFigures.County c = DemoFigures.YIYANG;
        assertThat(c.inspectionPersonTimes()).isGreaterThanOrEqualTo(320);
        assertThat(c.trainingPersonTimes()).isGreaterThanOrEqualTo(900);
        assertThat(expected(c)).containsEntry("townships", 16).containsEntry("chairs", 16)
                .containsEntry("viceChairs", 16).containsEntry("fullTimeViceChairs", 11)
                .containsEntry("deputies", 1062).containsEntry("inspections", 27).containsEntry("suggestions", 395)
                .containsEntry("trainings", 21);
        assertDashboardShows(c);
    }

    @Test
    void every_demo_county_shows_the_figures_it_was_built_from() throws Exception {
        for (DemoFigures.County c : DemoFigures.ALL) {
            assertDashboardShows(c);
            // exports and generated reports are titled with the county's name (infra/devstack/config), not its code
            HttpRequest export = HttpRequest.newBuilder(URI.create(stack.gateway() + "/api/counties/" + c.code()
                            + "/exports/dashboard?format=csv")).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + login("admin-" + c.code())).GET().build();
            HttpResponse<String> csv = HTTP.send(export, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.body().lines().findFirst().orElse("")).contains(c.name() + "乡镇人大工作统计表");
        }
    }

    @Test
    void overdue_by_unit_and_the_satisfaction_trend_agree_with_the_dashboard_and_are_empty_before_the_demo()
            throws Exception {
        DemoFigures.County c = DemoFigures.YIYANG;
        assertDashboardShows(c);
        String token = login("admin-" + c.code());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String base = "/api/counties/" + c.code();
        String everything = "from=2000-01-01&to=" + today;
        String term = "from=" + c.suggestionsFrom() + "&to=" + today;
        int quarters = (today.getYear() * 4 + (today.getMonthValue() - 1) / 3)
                - (c.suggestionsFrom().getYear() * 4 + (c.suggestionsFrom().getMonthValue() - 1) / 3) + 1;
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            JsonNode dashboard = get(base + "/dashboard?" + everything, token);
            JsonNode overdue = get(base + "/dashboard/overdue-by-unit", token);
            long total = overdue.get("total").asLong();
            assertThat(total).as("the demo leaves suggestions overdue").isPositive();
            long sum = 0;
            for (JsonNode unit : overdue.get("units")) {
                sum += unit.get("overdue").asLong();
                assertThat(unit.get("name").isNull()).as("unit %s is registered", unit.get("unitId")).isFalse();
            }
            assertThat(sum).isEqualTo(total);
            // supervision's rule also counts suggestions handled again after their new deadline, the dashboard's not
            long counted = dashboard.get("suggestionsOverdue").asLong();
            assertThat(total).isBetween(counted, counted + dashboard.get("suggestionsReopened").asLong());

            JsonNode termDashboard = get(base + "/dashboard?" + term, token);
            JsonNode trend = get(base + "/dashboard/satisfaction-trend?" + term, token);
            assertThat(trend.get("points")).hasSize(quarters);
            assertThat(trend.get("rated").asLong()).as("the demo's deputies rated replies").isPositive()
                    .isEqualTo(termDashboard.get("suggestionsRated").asLong());
            assertThat(trend.get("satisfied").asLong()).isEqualTo(termDashboard.get("suggestionsSatisfied").asLong());
            assertThat(trend.get("rate").asDouble())
                    .isEqualTo(termDashboard.get("suggestionSatisfactionRate").asDouble());
            long rated = 0;
            for (JsonNode point : trend.get("points")) {
                rated += point.get("rated").asLong();
            }
            assertThat(rated).isEqualTo(trend.get("rated").asLong());

            JsonNode busiest = null;
            for (JsonNode t : dashboard.get("perTownship")) {
                if (busiest == null || t.get("suggestionsOverdue").asLong() > busiest.get("suggestionsOverdue").asLong()) {
                    busiest = t;
                }
            }
            String township = busiest.get("township").asText();
            JsonNode own = get(base + "/dashboard/overdue-by-unit?township=" + township, token);
            long ownCounted = busiest.get("suggestionsOverdue").asLong();
            assertThat(own.get("total").asLong()).as("township %s", township)
                    .isBetween(ownCounted, ownCounted + busiest.get("suggestionsReopened").asLong())
                    .isLessThanOrEqualTo(total);
            JsonNode ownTrend = get(base + "/dashboard/satisfaction-trend?" + everything + "&township=" + township,
                    token);
            assertThat(ownTrend.get("rated").asLong()).isEqualTo(busiest.get("suggestionsRated").asLong());
        });

        JsonNode before = get(base + "/dashboard/overdue-by-unit?asOf=" + beforeDemo, token);
        assertThat(before.get("total").asLong()).isZero();
        assertThat(before.get("units")).isEmpty();
        JsonNode trendBefore = get(base + "/dashboard/satisfaction-trend?" + term + "&asOf=" + beforeDemo, token);
        assertThat(trendBefore.get("rated").asLong()).isZero();
        assertThat(trendBefore.get("points")).hasSize(quarters);
    }

    /** The figures of a county, by the dashboard's field names. */
    static Map<String, Integer> expected(DemoFigures.County c) {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("townships", c.townships());
        m.put("deputies", c.deputies());
        m.put("chairs", c.chairs());
        m.put("viceChairs", c.viceChairs());
        m.put("fullTimeViceChairs", c.fullTimeViceChairs());
        m.put("inspections", c.inspections());
        m.put("inspectionPersonTimes", c.inspectionPersonTimes());
        m.put("suggestions", c.suggestions());
        m.put("trainings", c.trainings());
        m.put("trainingPersonTimes", c.trainingPersonTimes());
        return m;
    }

    static void assertDashboardShows(DemoFigures.County c) throws Exception {
        String token = login("admin-" + c.code());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String base = "/api/counties/" + c.code() + "/dashboard";
        Map<String, Integer> want = expected(c);
        // the read side catches up with the last commands within moments; then the figures must be exact
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            JsonNode half = get(base + "?from=" + c.inspectionsFrom() + "&to=" + c.inspectionsTo(), token);
            JsonNode year = get(base + "?from=" + c.trainingsFrom() + "&to=" + c.trainingsTo(), token);
            JsonNode term = get(base + "?from=" + c.suggestionsFrom() + "&to=" + today, token);
            Map<String, Integer> shown = new LinkedHashMap<>();
            for (String f : new String[]{"townships", "deputies", "chairs", "viceChairs", "fullTimeViceChairs",
                    "inspections", "inspectionPersonTimes"}) {
                shown.put(f, half.path(f).asInt(-1));
            }
            shown.put("suggestions", term.path("suggestions").asInt(-1));
            shown.put("trainings", year.path("trainings").asInt(-1));
            shown.put("trainingPersonTimes", year.path("trainingPersonTimes").asInt(-1));
            assertThat(shown).as("dashboard of %s (%s)", c.code(), c.name()).isEqualTo(want);
        });
    }

    static String login(String user) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(stack.gateway() + "/api/auth/login"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + user + "\",\"password\":\"renda-demo\"}", StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as("login %s", user).isEqualTo(200);
        return JSON.readTree(r.body()).get("token").asText();
    }

    static JsonNode get(String path, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(stack.gateway() + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token).GET().build();
        HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as("GET %s: %s", path, r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }
}
