package cn.renda.e2e;

import cn.renda.devstack.DemoFigures;
import cn.renda.devstack.demo.DeputyListWorkbook;
import com.fasterxml.jackson.databind.JsonNode;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The web console in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, driven by Selenium)
 * against the whole devstack with the demo of county 410327: every role logs in and sees its menu, the dashboard
 * shows the API's figures, a deputy's suggestion raises the count, a bad deputy list shows its row errors, errors
 * show in place in Chinese without losing what was typed, axe-core finds nothing serious or critical on the main
 * pages and each has one h1, a convened session opens with its roster, an inspection's follow-up item is added and
 * completed, and every main page is saved as a PNG under {@code target/screenshots}.
 * <p>
 * {@code -Drenda.e2e.gateway=http://127.0.0.1:PORT} runs the tests against a stack already started with the 410327
 * demo (quicker while writing tests); without it the class starts and stops its own.
 */
class ConsoleE2EIT {

    static final String COUNTY = "410327";
    static final String TOWNSHIP = "410327100";
    static final String ADMIN = "admin-" + COUNTY;
    static final String CLERK = "clerk-" + TOWNSHIP;
    static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");
    static final Duration CATCH_UP = Duration.ofMinutes(5);
    /** The ten figures the dashboard must show (the first report's headline numbers). */
    static final List<String> FIGURES = List.of("deputies", "suggestions", "inspections", "inspectionPersonTimes",
            "trainings", "trainingPersonTimes", "townships", "chairs", "viceChairs", "fullTimeViceChairs");

    static DevStack stack;
    static String gateway;
    static ConsoleApi api;
    static Browser browser;
    static String unitUser;
    static String deputyUser;
    static String deputyId;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(Browser.CHROMIUM), "no /usr/bin/chromium: .ci/run installs it");
        String running = System.getProperty("renda.e2e.gateway", "");
        if (running.isBlank()) {
            stack = new DevStack();
            stack.env.remove("RENDA_NO_DEMO");
            stack.env.put("RENDA_DEMO_COUNTIES", COUNTY);
            stack.renda("start", 12);
            gateway = stack.gateway();
        } else {
            gateway = running.replaceAll("/+$", "");
        }
        api = new ConsoleApi(gateway);
        awaitDemoProjected();
        JsonNode units = api.get(ADMIN, "/api/counties/" + COUNTY + "/handling-units", Map.of("size", "50"));
        unitUser = "unit-" + COUNTY + "-" + units.path("items").get(0).path("id").asText();
        JsonNode deputies = api.get(ADMIN, "/api/counties/" + COUNTY + "/deputies",
                Map.of("township", TOWNSHIP, "status", "SERVING", "size", "1"));
        deputyId = deputies.path("items").get(0).path("id").asText();
        deputyUser = "deputy-" + COUNTY + "-" + deputyId;
        Path root = Path.of(System.getProperty("renda.root", "../..")).toAbsolutePath().normalize();
        browser = new Browser(gateway, root.resolve("infra/e2e/target/screenshots"));
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (stack != null) {
                stack.close();
            }
        }
    }

    /**
     * The demo's commands were all acknowledged when {@code ./renda start} returned; the read side follows within
     * moments. The dashboard is compared only once it shows the demo's own deputies and suggestions of the term.
     */
    static void awaitDemoProjected() {
        DemoFigures.County c = DemoFigures.YIYANG;
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        await().atMost(CATCH_UP).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            JsonNode term = api.get(ADMIN, dashboardPath(), Map.of("from", c.suggestionsFrom().toString(), "to", today));
            assertThat(term.path("deputies").asInt()).isEqualTo(c.deputies());
            assertThat(term.path("suggestions").asInt()).isGreaterThanOrEqualTo(c.suggestions());
        });
    }

    static String dashboardPath() {
        return "/api/counties/" + COUNTY + "/dashboard";
    }

    // ---------------------------------------------------------------------------------------------------------------
    // logging in

    /** A fresh tab state (no session), then the login form. */
    void loginPage() {
        browser.desktop();
        browser.open("/login");
        browser.js("sessionStorage.clear(); localStorage.clear();");
        browser.driver.navigate().refresh();
        browser.find("login-submit");
    }

    void signIn(String user) {
        loginPage();
        browser.type("login-username", user);
        browser.type("login-password", ConsoleApi.PASSWORD);
        browser.click("login-submit");
        browser.find("nav-menu");
        browser.waitFor("left the login page", d -> !browser.route().startsWith("/login"));
        assertThat(browser.find("user-name").getText()).as("user name shown").contains(user);
    }

    @Test
    void a_wrong_password_is_refused_in_place_in_chinese_and_the_user_name_stays() throws Exception {
        loginPage();
        browser.screenshot("login");
        browser.type("login-username", ADMIN);
        browser.type("login-password", "not-the-password");
        browser.click("login-submit");
        WebElement error = browser.find("login-error");
        assertThat(error.getText()).as("login error in Chinese").containsPattern(CJK);
        assertThat(browser.route()).startsWith("/login");
        assertThat(browser.value("login-username")).isEqualTo(ADMIN);
        assertThat(browser.has("nav-menu")).isFalse();
        browser.screenshot("login-refused");
    }

    @Test
    void the_locale_switch_turns_the_console_and_the_servers_messages_to_english_and_back() throws Exception {
        signIn(ADMIN);
        assertThat(browser.find("user-role").getText()).containsPattern(CJK);
        browser.click("locale-switch");
        browser.waitFor("English labels", d -> !CJK.matcher(browser.find("user-role").getText()).find());
        assertThat(browser.js("return document.documentElement.lang")).isEqualTo("en");
        browser.click("logout");
        browser.type("login-username", ADMIN);
        browser.type("login-password", "not-the-password");
        browser.click("login-submit");
        assertThat(browser.find("login-error").getText()).as("the server's problem in English")
                .doesNotContainPattern(CJK).isNotBlank();
        browser.click("locale-switch");
        browser.find("login-submit");
        assertThat(browser.js("return document.documentElement.lang")).isEqualTo("zh-CN");
        assertThat(browser.value("login-username")).as("kept across the switch").isEqualTo(ADMIN);
    }

    record RoleMenu(String user, String roleLabel, String home, List<String> must, List<String> mustNot) {
    }

    @Test
    void each_role_logs_in_and_sees_its_own_menu() throws Exception {
        List<RoleMenu> roles = List.of(
                new RoleMenu(ADMIN, "管理员", "/dashboard",
                        List.of("dashboard", "deputies", "deputy-import", "suggestions", "suggestion-new"),
                        List.of("operations")),
                new RoleMenu(CLERK, "乡镇", "/dashboard",
                        List.of("dashboard", "deputies", "deputy-import", "suggestions", "suggestion-new"),
                        List.of("operations", "comparison")),
                new RoleMenu(unitUser, "承办单位", null,
                        List.of("suggestions"),
                        List.of("deputy-import", "suggestion-new", "operations", "comparison", "dashboard")),
                new RoleMenu(deputyUser, "代表", null,
                        List.of("suggestions", "suggestion-new"),
                        List.of("deputy-import", "operations", "comparison")),
                new RoleMenu("analyst", "分析", "/dashboard",
                        List.of("dashboard", "comparison", "suggestions"),
                        List.of("deputy-import", "suggestion-new", "operations")),
                new RoleMenu("operator", "运维", "/operations",
                        List.of("operations"),
                        List.of("dashboard", "deputies", "deputy-import", "suggestions", "suggestion-new", "comparison")));
        SoftAssertions soft = new SoftAssertions();
        for (RoleMenu r : roles) {
            signIn(r.user());
            String role = browser.find("user-role").getText();
            soft.assertThat(role).as("role label of %s", r.user()).contains(r.roleLabel());
            if (r.home() != null) {
                soft.assertThat(browser.route()).as("landing page of %s", r.user()).startsWith(r.home());
            }
            for (String name : r.must()) {
                soft.assertThat(browser.has("nav-" + name)).as("%s sees nav-%s", r.user(), name).isTrue();
            }
            for (String name : r.mustNot()) {
                soft.assertThat(browser.has("nav-" + name)).as("%s must not see nav-%s", r.user(), name).isFalse();
            }
            browser.settled();
            browser.screenshot("home-" + r.user().replaceAll("-[0-9a-f]{8}-[0-9a-f-]{27}$", ""));
            browser.click("logout");
            browser.find("login-submit");
            soft.assertThat(browser.has("nav-menu")).as("%s logged out", r.user()).isFalse();
        }
        soft.assertAll();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // the dashboard

    /** The figures the dashboard shows now: {@code figure-<key>} to its {@code data-value}. */
    Map<String, BigDecimal> shownFigures() {
        Map<String, BigDecimal> shown = new TreeMap<>();
        for (WebElement e : browser.driver.findElements(By.cssSelector("[data-test^='figure-']"))) {
            String key = e.getAttribute("data-test").substring("figure-".length());
            String value = e.getAttribute("data-value");
            shown.put(key, value == null || value.isBlank() ? null : new BigDecimal(value.strip()).stripTrailingZeros());
        }
        return shown;
    }

    void openDashboard() {
        openDashboard("/dashboard");
    }

    void openDashboard(String route) {
        browser.open(route);
        browser.driver.navigate().refresh();
        dashboardLoaded();
    }

    void dashboardLoaded() {
        browser.waitFor("dashboard-loaded=true", d -> !d.findElements(
                By.cssSelector("[dashboard-loaded='true'], [data-dashboard-loaded='true']")).isEmpty());
    }

    /** The period the page shows ({@code period-from}, {@code period-to}), as the API's query. */
    Map<String, String> shownPeriod() {
        Map<String, String> q = new LinkedHashMap<>();
        for (String[] p : new String[][]{{"period-from", "from"}, {"period-to", "to"}}) {
            if (browser.has(p[0])) {
                String v = browser.value(p[0]);
                try {
                    q.put(p[1], LocalDate.parse(v.strip()).toString());
                } catch (DateTimeParseException | NullPointerException e) {
                    // a month or year picker shows another format: the API's default period is then the page's
                }
            }
        }
        return q;
    }

    /** The API's top-level figures for the period shown, as the same user, by the page's keys. */
    Map<String, BigDecimal> apiFigures(String user, Iterable<String> keys) throws Exception {
        return apiFigures(user, dashboardPath(), keys);
    }

    Map<String, BigDecimal> apiFigures(String user, String path, Iterable<String> keys) throws Exception {
        JsonNode answer = api.get(user, path, shownPeriod());
        Map<String, BigDecimal> figures = new TreeMap<>();
        for (String key : keys) {
            JsonNode v = answer.get(key);
            figures.put(key, v == null || !v.isNumber() ? null : v.decimalValue().stripTrailingZeros());
        }
        return figures;
    }

    /** Refreshes the dashboard until it equals the API (both follow the read side, which may still move). */
    Map<String, BigDecimal> awaitDashboardEqualsApi(String user) {
        return awaitDashboardEqualsApi(user, "/dashboard");
    }

    Map<String, BigDecimal> awaitDashboardEqualsApi(String user, String route) {
        List<Map<String, BigDecimal>> last = new ArrayList<>();
        await().atMost(CATCH_UP).pollInterval(Duration.ofSeconds(3)).untilAsserted(() -> {
            openDashboard(route);
            Map<String, BigDecimal> shown = shownFigures();
            assertThat(shown.keySet()).as("figures on the dashboard").containsAll(FIGURES);
            assertThat(shown).as("dashboard of %s as %s equals GET %s", COUNTY, user, dashboardPath())
                    .isEqualTo(apiFigures(user, shown.keySet()));
            last.clear();
            last.add(shown);
        });
        return last.get(0);
    }

    @Test
    void the_dashboard_shows_the_same_figures_as_the_api() throws Exception {
        signIn(ADMIN);
        Map<String, BigDecimal> shown = awaitDashboardEqualsApi(ADMIN);
        assertThat(shown.get("deputies")).isEqualTo(BigDecimal.valueOf(DemoFigures.YIYANG.deputies()));
        assertThat(shown.get("townships")).isEqualTo(BigDecimal.valueOf(DemoFigures.YIYANG.townships()));
        browser.settled();
        browser.screenshot("dashboard");
        browser.viewport(390, 844, true);
        browser.driver.navigate().refresh();
        dashboardLoaded();
        browser.settled();
        assertThat(shownFigures()).as("the phone layout shows the same figures").isEqualTo(shown);
        browser.screenshot("dashboard-phone");
        browser.desktop();

        // the term so far, in a period the page takes from its link: the demo's suggestions, inspections, trainings
        DemoFigures.County c = DemoFigures.YIYANG;
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        Map<String, BigDecimal> term = awaitDashboardEqualsApi(ADMIN,
                "/dashboard?from=" + c.suggestionsFrom() + "&to=" + today);
        assertThat(shownPeriod()).containsEntry("from", c.suggestionsFrom().toString()).containsEntry("to", today);
        assertThat(term.get("suggestions")).isGreaterThanOrEqualTo(BigDecimal.valueOf(c.suggestions()));
        assertThat(term.get("inspections")).isGreaterThanOrEqualTo(BigDecimal.valueOf(c.inspections()));
        assertThat(term.get("trainings")).isGreaterThanOrEqualTo(BigDecimal.valueOf(c.trainings()));
        browser.settled();
        browser.screenshot("dashboard-term");

        // the other roles with a dashboard see the figures the API gives them
        for (String user : List.of(CLERK, "analyst")) {
            signIn(user);
            Map<String, BigDecimal> theirs = awaitDashboardEqualsApi(user);
            assertThat(theirs.get("deputies")).as("deputies as %s", user)
                    .isEqualTo(BigDecimal.valueOf(DemoFigures.YIYANG.deputies()));
        }
    }

    @Test
    void a_click_on_a_township_opens_its_dashboard_with_the_apis_figures() throws Exception {
        signIn(ADMIN);
        openDashboard();
        browser.settled();
        browser.click("township-link-" + TOWNSHIP);
        browser.waitFor("the township's dashboard", d -> browser.route().startsWith("/townships/" + TOWNSHIP));
        dashboardLoaded();
        browser.settled();
        String path = "/api/counties/" + COUNTY + "/townships/" + TOWNSHIP + "/dashboard";
        // the read side may still move: compare again after a reload until both show the same state
        await().atMost(CATCH_UP).pollInterval(Duration.ofSeconds(3)).untilAsserted(() -> {
            Map<String, BigDecimal> shown = shownFigures();
            boolean same = shown.keySet().containsAll(FIGURES) && shown.equals(apiFigures(ADMIN, path, shown.keySet()));
            if (!same) {
                browser.driver.navigate().refresh();
                dashboardLoaded();
                shown = shownFigures();
            }
            assertThat(shown.keySet()).containsAll(FIGURES);
            assertThat(shown).as("township %s as %s equals GET %s", TOWNSHIP, ADMIN, path)
                    .isEqualTo(apiFigures(ADMIN, path, shown.keySet()));
            assertThat(shown.get("townships")).isEqualTo(BigDecimal.ONE);
        });
        browser.screenshot("township-dashboard");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // a suggestion

    long suggestionsListed() {
        browser.open("/suggestions");
        browser.driver.navigate().refresh();
        browser.find("suggestions-table");
        return browser.waitFor("the suggestions' total", d -> {
            List<WebElement> total = d.findElements(By.cssSelector("[data-test='suggestions-pagination'] .el-pagination__total"));
            if (total.isEmpty() || d.findElements(By.cssSelector("[data-test='suggestions-table'] [data-id]")).isEmpty()) {
                return null;
            }
            Matcher m = Pattern.compile("(\\d+)").matcher(total.get(0).getText().replace(",", ""));
            return m.find() ? Long.parseLong(m.group(1)) : null;
        });
    }

    /** The message of the form item around this field hook, once it shows. */
    WebElement errorInPlace(String field) {
        return browser.waitFor("the error of " + field + " in place", d -> {
            for (WebElement e : d.findElements(By.cssSelector(".el-form-item.is-error"))) {
                if (!e.findElements(Browser.test(field)).isEmpty()) {
                    List<WebElement> message = e.findElements(By.cssSelector(".el-form-item__error"));
                    return message.isEmpty() || !message.get(0).isDisplayed() ? null : message.get(0);
                }
            }
            return null;
        });
    }

    @Test
    void a_deputys_suggestion_raises_the_count_and_a_missing_field_is_shown_in_place() throws Exception {
        signIn(ADMIN);
        BigDecimal before = awaitDashboardEqualsApi(ADMIN).get("suggestions");
        BigDecimal after = before.add(BigDecimal.ONE);
        long listedBefore = suggestionsListed();

        signIn(deputyUser);
        browser.click("nav-suggestion-new");
        browser.find("suggestion-submit");
        String title = "关于完善村组道路安全设施的建议（浏览器测试）";
        browser.type("suggestion-title", title);
        browser.choose("suggestion-category", null);
        browser.click("suggestion-submit");
        // the content is missing: the field says so in place, in Chinese, and nothing typed is lost
        assertThat(errorInPlace("suggestion-content").getText()).containsPattern(CJK);
        assertThat(browser.route()).startsWith("/suggestions/new");
        assertThat(browser.value("suggestion-title")).isEqualTo(title);
        browser.screenshot("suggestion-form-error");

        browser.type("suggestion-content", "建议对村组道路急弯陡坡路段增设警示标志和防护栏，消除安全隐患。");
        browser.click("suggestion-submit");
        browser.waitFor("the new suggestion's page", d -> browser.route().matches("/suggestions/[0-9a-f-]{36}.*"));
        browser.settled();
        browser.screenshot("suggestion-submitted");

        signIn(ADMIN);
        await().atMost(CATCH_UP).pollInterval(Duration.ofSeconds(3)).untilAsserted(() -> {
            openDashboard();
            assertThat(shownFigures().get("suggestions")).as("figure-suggestions").isEqualTo(after);
        });
        assertThat(awaitDashboardEqualsApi(ADMIN).get("suggestions")).isEqualTo(after);
        await().atMost(CATCH_UP).pollInterval(Duration.ofSeconds(3))
                .untilAsserted(() -> assertThat(suggestionsListed()).isEqualTo(listedBefore + 1));
        browser.screenshot("suggestions");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // the forms of a step (nothing is sent: each refuses in place before a request)

    /** Clicks the first element whose hook starts with this prefix, once one is there. */
    void clickFirst(String prefix) {
        WebElement first = browser.waitFor("a [data-test^=" + prefix + "]", d -> {
            List<WebElement> found = d.findElements(By.cssSelector("[data-test^='" + prefix + "']"));
            return found.isEmpty() ? null : found.get(0);
        });
        browser.js("arguments[0].scrollIntoView({block: 'center'});", first);
        first.click();
    }

    @Test
    void the_step_forms_show_a_missing_field_in_place_and_the_detail_pages_have_one_h1() throws Exception {
        SoftAssertions soft = new SoftAssertions();
        signIn(ADMIN);
        browser.open("/suggestions?status=SUBMITTED");
        browser.driver.navigate().refresh();
        browser.find("suggestions-table");
        clickFirst("suggestion-link");
        browser.click("suggestion-action-assign");
        browser.click("assign-submit");
        assertThat(errorInPlace("assign-leadUnitId").getText()).as("lead unit's error").containsPattern(CJK);
        assertThat(browser.find("suggestion-detail").getAttribute("data-status")).isEqualTo("SUBMITTED");
        browser.settled();
        check(soft, "/suggestions/{id}");

        browser.open("/deputies");
        browser.driver.navigate().refresh();
        browser.find("deputies-table");
        clickFirst("deputy-status-");
        browser.find("statuschange-dialog");
        browser.click("statuschange-submit");
        assertThat(errorInPlace("statuschange-reason").getText()).as("reason's error").containsPattern(CJK);
        browser.click("statuschange-cancel");
        browser.waitFor("the status-change dialog closed",
                ExpectedConditions.invisibilityOfElementLocated(Browser.test("statuschange-dialog")));

        browser.open("/trainings");
        browser.driver.navigate().refresh();
        browser.find("trainings-table");
        clickFirst("training-attendance-");
        browser.click("enrol-submit");
        assertThat(errorInPlace("enrol-deputyIds").getText()).as("deputies' error").containsPattern(CJK);
        browser.find("attendance-table");
        browser.settled();
        check(soft, "/trainings/{id}/attendance");
        soft.assertAll();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // a session's opening and an inspection's follow-up (set up through the API, then taken in the browser)

    /** GET as the county admin once the read side has it (a 404 until the projection caught up). */
    JsonNode awaitRead(String path) {
        List<JsonNode> found = new ArrayList<>();
        await().atMost(CATCH_UP).pollInterval(Duration.ofMillis(500)).ignoreExceptions().untilAsserted(() -> {
            found.clear();
            found.add(api.get(ADMIN, path));
        });
        return found.get(0);
    }

    /** The township's current term (the session must fall in it), else its latest, else the demo's 13th. */
    int currentTerm() throws Exception {
        JsonNode terms = api.get(ADMIN, "/api/counties/" + COUNTY + "/terms", Map.of("township", TOWNSHIP));
        int term = 13;
        for (JsonNode t : terms.path("items")) {
            term = t.path("number").asInt();
            if (t.path("current").asBoolean()) {
                return term;
            }
        }
        return term;
    }

    /** The option of an Element Plus radio group under this hook whose text is given. */
    void pick(String group, String option) {
        WebElement radio = browser.waitFor("option " + option + " of [data-test=" + group + "]", d -> {
            for (WebElement e : browser.find(group).findElements(By.cssSelector(".el-radio"))) {
                if (e.getText().strip().equals(option)) {
                    return e;
                }
            }
            return null;
        });
        browser.js("arguments[0].scrollIntoView({block: 'center'});", radio);
        radio.click();
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(e -> texts.add(e.asText()));
        return texts;
    }

    /** The option of this radio group that shows as checked. */
    String picked(String group) {
        List<WebElement> checked = browser.find(group).findElements(By.cssSelector(".el-radio.is-checked"));
        return checked.isEmpty() ? null : checked.get(0).getText().strip();
    }

    @Test
    void a_convened_session_opens_with_its_roster_and_an_inspections_follow_up_is_added_and_completed()
            throws Exception {
        String base = "/api/counties/" + COUNTY;
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Map<String, Object> convene = new LinkedHashMap<>();
        convene.put("townshipCode", TOWNSHIP);
        convene.put("term", currentTerm());
        convene.put("number", 9);
        convene.put("startsOn", today.toString());
        convene.put("days", 1);
        convene.put("agenda", List.of("听取和审议乡镇人民政府工作报告（浏览器测试）"));
        String sessionId = api.post(ADMIN, base + "/sessions", convene).path("id").asText();
        assertThat(awaitRead(base + "/sessions/" + sessionId).path("stage").asText()).isEqualTo("CONVENED");
        String topic = "农村饮水安全工程视察（浏览器测试）";
        String inspectionId = api.post(ADMIN, base + "/inspections", Map.of("townshipCode", TOWNSHIP, "topic", topic,
                "date", today.minusDays(1).toString(), "deputyIds", List.of(deputyId),
                "findings", "部分村组管网老化，供水不稳定。")).path("id").asText();
        awaitRead(base + "/inspections/" + inspectionId);

        // the session: everyone present but one deputy excused, opened on its first day (the form's default)
        signIn(ADMIN);
        browser.open("/sessions/" + sessionId + "/attendance");
        browser.driver.navigate().refresh();
        assertThat(browser.find("session-stage").getAttribute("data-value")).isEqualTo("CONVENED");
        browser.find("opening-" + deputyId);
        assertThat(browser.value("opening-openedOn")).as("opened on the day it starts").isEqualTo(today.toString());
        browser.click("opening-all");
        pick("opening-" + deputyId, "请假");
        int roster = browser.driver.findElements(By.cssSelector("[data-test='opening-table'] tbody tr")).size();
        assertThat(browser.find("opening-count").getText().replaceAll("\\s", ""))
                .as("present of the roster").contains("已选" + (roster - 1) + "人/" + roster);
        browser.click("opening-submit");
        browser.waitFor("the session opened", d -> "OPEN".equals(browser.find("session-stage").getAttribute("data-value")));
        JsonNode session = api.get(ADMIN, base + "/sessions/" + sessionId);
        assertThat(session.path("stage").asText()).isEqualTo("OPEN");
        assertThat(session.path("openedOn").asText()).isEqualTo(today.toString());
        assertThat(session.path("servingDeputies").asInt()).as("serving deputies = the roster shown").isEqualTo(roster);
        assertThat(texts(session.path("excusedDeputyIds"))).containsExactly(deputyId);
        assertThat(texts(session.path("presentDeputyIds"))).hasSize(roster - 1).doesNotContain(deputyId);
        assertThat(picked("opening-" + deputyId)).as("the excused deputy after reading again").isEqualTo("请假");
        assertThat(browser.find("opening-submit").isEnabled()).as("an open session cannot open again").isFalse();
        browser.settled();
        browser.screenshot("session-opened");

        // the inspection: a follow-up item added in the form, then completed with its outcome
        String deadline = today.plusDays(30).toString();
        String description = "更换老化供水管网，保障村民饮水。";
        String outcome = "已更换管网 3.2 公里，供水恢复正常。";
        browser.open("/inspections/" + inspectionId);
        browser.driver.navigate().refresh();
        assertThat(browser.find("inspection-status").getAttribute("data-value")).isNotEqualTo("CLOSED");
        browser.type("followup-description", description);
        browser.type("followup-responsibleOfficial", "王乡长");
        WebElement day = browser.field("followup-deadline");
        day.click();
        day.sendKeys(deadline, Keys.ENTER);
        assertThat(browser.value("followup-deadline")).isEqualTo(deadline);
        browser.settled();
        browser.click("followup-submit");
        String complete = browser.waitFor("the new follow-up item's complete button", d -> {
            List<WebElement> found = d.findElements(By.cssSelector("[data-test^='follow-up-complete-']"));
            return found.isEmpty() ? null : found.get(0).getAttribute("data-test");
        });
        String itemId = complete.substring("follow-up-complete-".length());
        assertThat(browser.value("followup-description")).as("the form emptied after the step").isEmpty();
        browser.click(complete);
        browser.type("complete-outcome", outcome);
        browser.click("complete-submit");
        browser.waitFor("the item done", d -> d.findElements(By.cssSelector("[data-test^='follow-up-complete-']")).isEmpty()
                && browser.find("follow-ups-table").getText().contains(outcome));
        JsonNode items = api.get(ADMIN, base + "/inspections/" + inspectionId).path("followUps");
        assertThat(items.size()).as("follow-up items").isEqualTo(1);
        JsonNode item = items.get(0);
        assertThat(item.path("itemId").asText()).isEqualTo(itemId);
        assertThat(item.path("description").asText()).isEqualTo(description);
        assertThat(item.path("deadline").asText()).isEqualTo(deadline);
        assertThat(item.path("done").asBoolean()).as("completed").isTrue();
        assertThat(item.path("outcome").asText()).isEqualTo(outcome);
        assertThat(browser.has("complete-submit")).as("the completion form closed").isFalse();
        browser.settled();
        browser.screenshot("inspection-follow-up-done");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // the deputy import

    /** Row 2 is good; rows 3 to 5 are not (the header is row 1, as in Excel). */
    static byte[] badDeputyList() {
        Map<String, String> good = new LinkedHashMap<>();
        good.put("乡镇代码", TOWNSHIP);
        good.put("姓名", "王建华");
        good.put("性别", "男");
        good.put("出生年份", "1972");
        good.put("民族", "汉族");
        good.put("职业构成", "农民");
        good.put("届次", "13");
        good.put("是否连任", "否");
        good.put("是否补选", "否");
        good.put("当选日期", "2023-12-15");
        Map<String, String> noName = new LinkedHashMap<>(good);
        noName.remove("姓名");
        Map<String, String> badGenderAndId = new LinkedHashMap<>(good);
        badGenderAndId.put("姓名", "李秀英");
        badGenderAndId.put("性别", "未知");
        badGenderAndId.put("身份证号码", "41032719720101123");
        Map<String, String> badYearAndDate = new LinkedHashMap<>(good);
        badYearAndDate.put("姓名", "张志强");
        badYearAndDate.put("出生年份", "一九七二");
        badYearAndDate.put("当选日期", "2023-13-45");
        return DeputyListWorkbook.write(List.of(good, noName, badGenderAndId, badYearAndDate));
    }

    @Test
    void a_bad_deputy_list_shows_its_row_errors_and_imports_nothing() throws Exception {
        Map<String, String> serving = Map.of("township", TOWNSHIP, "size", "1");
        long deputiesBefore = api.get(ADMIN, "/api/counties/" + COUNTY + "/deputies", serving).path("total").asLong();
        Path file = Files.createTempFile("deputy-list-", ".xlsx");
        Files.write(file, badDeputyList());

        signIn(CLERK);
        browser.click("nav-deputy-import");
        browser.present("import-file").sendKeys(file.toString());
        browser.click("import-submit");
        browser.find("import-errors");
        List<List<String>> rows = browser.waitFor("the row errors", d -> {
            List<List<String>> found = new ArrayList<>();
            for (WebElement tr : d.findElements(By.cssSelector("[data-test='import-errors'] tbody tr"))) {
                List<String> cells = tr.findElements(By.tagName("td")).stream().map(td -> td.getText().strip()).toList();
                if (cells.size() >= 3) {
                    found.add(cells);
                }
            }
            return found.isEmpty() ? null : found;
        });
        browser.screenshot("deputy-import-errors");
        List<String> pairs = rows.stream().map(r -> r.get(0) + " " + r.get(1)).toList();
        assertThat(pairs).as("row and column of each error").contains("3 姓名", "4 性别", "4 身份证号码",
                "5 出生年份", "5 当选日期");
        assertThat(pairs).as("the good row has no error").noneMatch(p -> p.startsWith("2 "));
        assertThat(rows).allSatisfy(r -> assertThat(r.get(2)).as("reason of %s", r).containsPattern(CJK));
        assertThat(browser.find("import-result").getAttribute("data-outcome")).as("import outcome").isEqualTo("error");
        assertThat(api.get(ADMIN, "/api/counties/" + COUNTY + "/deputies", serving).path("total").asLong())
                .as("nothing imported").isEqualTo(deputiesBefore);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // every main page: screenshots and axe-core

    record Page(String user, String route, String ready) {
    }

    void openAndWait(Page page) {
        browser.open(page.route());
        browser.driver.navigate().refresh();
        browser.find(page.ready());
        if (page.route().equals("/dashboard")) {
            dashboardLoaded();
        }
        browser.settled();
    }

    @Test
    void the_main_pages_have_no_serious_or_critical_accessibility_violations() throws Exception {
        List<Page> pages = List.of(
                new Page(ADMIN, "/dashboard", "nav-menu"),
                new Page(ADMIN, "/suggestions", "suggestions-table"),
                new Page(ADMIN, "/deputies", "deputies-table"),
                new Page(ADMIN, "/suggestions/new", "suggestion-submit"),
                new Page(ADMIN, "/deputies/import", "import-submit"),
                new Page("analyst", "/comparison", "nav-menu"));
        SoftAssertions soft = new SoftAssertions();
        loginPage();
        check(soft, "login");
        String current = null;
        for (Page page : pages) {
            if (!page.user().equals(current)) {
                signIn(page.user());
                current = page.user();
            }
            openAndWait(page);
            check(soft, page.route());
        }
        soft.assertAll();
    }

    void check(SoftAssertions soft, String page) throws Exception {
        List<Map<String, Object>> violations = browser.axeViolations();
        for (Map<String, Object> v : violations) {
            System.out.printf("axe %s: %s (%s) %s%n    %s%n", page, v.get("id"), v.get("impact"), v.get("help"),
                    v.get("nodes"));
        }
        soft.assertThat(violations.stream().filter(v -> List.of("serious", "critical").contains(v.get("impact")))
                .map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("nodes")).toList())
                .as("serious or critical axe-core violations on %s", page).isEmpty();
        soft.assertThat(browser.driver.findElements(By.tagName("h1"))).as("one h1 (the page's title) on %s", page)
                .hasSize(1);
    }

    @Test
    void every_main_page_is_saved_as_a_screenshot_at_1366x768() throws Exception {
        SoftAssertions soft = new SoftAssertions();
        for (String user : List.of(ADMIN, "analyst", "operator")) {
            signIn(user);
            List<String> names = browser.driver.findElements(By.cssSelector("[data-test='nav-menu'] [data-test^='nav-']"))
                    .stream().map(e -> e.getAttribute("data-test")).toList();
            soft.assertThat(names).as("menu of %s", user).isNotEmpty();
            for (String nav : names) {
                String before = browser.route();
                boolean active = browser.find(nav).getAttribute("class").contains("is-active");
                browser.click(nav);
                if (!active) {
                    browser.waitFor("the page of " + nav, d -> !browser.route().equals(before));
                }
                browser.settled();
                if (nav.equals("nav-dashboard")) {
                    dashboardLoaded();
                }
                Path shot = browser.screenshot(user.replace("-" + COUNTY, "") + "-" + nav.substring(4));
                soft.assertThat(Files.size(shot)).as("screenshot %s", shot).isGreaterThan(10_000);
            }
        }
        soft.assertAll();
    }
}
