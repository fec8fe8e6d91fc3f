package cn.renda.devstack;

import cn.renda.devstack.demo.CountyProfile;
import cn.renda.devstack.demo.DeputyListWorkbook;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole loader against a stand-in gateway that records every command and answers like the services (an id, an
 * item id, the ids of an imported list): the commands it sends add up to {@link DemoFigures} (for the first
 * report's county and the smallest one, to keep the test short).
 */
class DemoDataTest {

    record Sent(String county, String path, JsonNode body, List<Map<String, String>> rows) {
    }

    static final ObjectMapper JSON = new ObjectMapper();
    static final Pattern COUNTY = Pattern.compile("/api/counties/(\\d{6})(/.*)");
    static final ConcurrentLinkedQueue<Sent> SENT = new ConcurrentLinkedQueue<>();
    static HttpServer server;
    /** The first report's county and the smallest, which differs from it most (the others are built the same way). */
    static final List<CountyProfile> PROFILES = List.of(CountyProfile.YIYANG, CountyProfile.HENGSHAN);
    static final List<DemoFigures.County> FIGURES = List.of(DemoFigures.YIYANG, DemoFigures.HENGSHAN);

    @BeforeAll
    static void loadAllCounties() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(12));
        server.createContext("/", DemoDataTest::answer);
        server.start();
        new DemoData("http://127.0.0.1:" + server.getAddress().getPort(), PROFILES, 2, 4).load();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static void answer(HttpExchange exchange) throws IOException {
        byte[] request = exchange.getRequestBody().readAllBytes();
        String path = exchange.getRequestURI().getPath();
        Map<String, Object> answer = new LinkedHashMap<>();
        if (path.equals("/api/auth/login")) {
            answer.put("token", "t");
        } else {
            Matcher m = COUNTY.matcher(path);
            if (!m.matches()) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            if (contentType.startsWith("multipart/form-data")) {
                List<Map<String, String>> rows = rows(request, contentType.substring(contentType.indexOf('=') + 1));
                SENT.add(new Sent(m.group(1), m.group(2), null, rows));
                answer.put("imported", rows.size());
                answer.put("ids", rows.stream().map(r -> UUID.randomUUID().toString()).toList());
            } else {
                SENT.add(new Sent(m.group(1), m.group(2), JSON.readTree(request), null));
                answer.put("id", UUID.randomUUID().toString());
                answer.put("itemId", UUID.randomUUID().toString());
            }
        }
        byte[] body = JSON.writeValueAsBytes(answer);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(201, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    /** The XLSX inside a one-part multipart body, read back as rows of column title to text. */
    private static List<Map<String, String>> rows(byte[] body, String boundary) throws IOException {
        String text = new String(body, StandardCharsets.ISO_8859_1);
        int start = text.indexOf("\r\n\r\n") + 4;
        int end = text.lastIndexOf("\r\n--" + boundary + "--");
        List<Map<String, String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body, start, end - start))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(f.formatCellValue(c)));
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Map<String, String> values = new LinkedHashMap<>();
                for (int c = 0; c < header.size(); c++) {
                    values.put(header.get(c), row.getCell(c) == null ? "" : f.formatCellValue(row.getCell(c)));
                }
                rows.add(values);
            }
        }
        return rows;
    }

    private static List<Sent> sent(String county, String pathPattern) {
        return SENT.stream().filter(s -> s.county().equals(county) && s.path().matches(pathPattern)).toList();
    }

    @Test
    void every_county_gets_its_townships_deputies_and_presidiums() {
        for (DemoFigures.County c : FIGURES) {
            assertThat(sent(c.code(), "/townships")).hasSize(c.townships());
            List<Map<String, String>> deputies = sent(c.code(), "/deputy-imports").stream()
                    .flatMap(s -> s.rows().stream()).toList();
            assertThat(deputies).as(c.code()).hasSize(c.deputies());
            assertThat(sent(c.code(), "/deputy-imports")).hasSize(c.townships());
            Set<String> idCards = new HashSet<>();
            for (Map<String, String> d : deputies) {
                assertThat(d.get("乡镇代码")).startsWith(c.code());
                assertThat(d.get("身份证号码")).hasSize(18).startsWith(c.code());
                assertThat(idCards.add(d.get("身份证号码"))).as("unique ID card number").isTrue();
                assertThat(List.of("干部", "工人", "农民", "专业技术人员", "企业人员", "其他")).contains(d.get("职业构成"));
                assertThat(d.get("代表小组编号")).isNotBlank();
                assertThat(DeputyListWorkbook.COLUMNS).containsAll(d.keySet());
            }
            List<JsonNode> members = sent(c.code(), "/presidium/[^/]+/members").stream().map(Sent::body).toList();
            List<JsonNode> chairs = members.stream().filter(m -> m.get("role").asText().equals("CHAIR")).toList();
            List<JsonNode> vice = members.stream().filter(m -> m.get("role").asText().equals("VICE_CHAIR")).toList();
            assertThat(chairs).hasSize(c.chairs());
            assertThat(chairs).allMatch(m -> m.get("partySecretary").asBoolean());
            assertThat(vice).hasSize(c.viceChairs());
            assertThat(vice.stream().filter(m -> m.get("fullTime").asBoolean())).hasSize(c.fullTimeViceChairs());
        }
    }

    @Test
    void every_county_gets_exactly_its_inspections_and_person_times_in_the_period() {
        for (DemoFigures.County c : FIGURES) {
            List<JsonNode> inspections = sent(c.code(), "/inspections").stream().map(Sent::body).toList();
            assertThat(inspections).as(c.code()).hasSize(c.inspections());
            assertThat(inspections.stream().mapToInt(i -> i.get("deputyIds").size()).sum())
                    .isEqualTo(c.inspectionPersonTimes());
            for (JsonNode i : inspections) {
                LocalDate date = LocalDate.parse(i.get("date").asText());
                assertThat(date).isBetween(c.inspectionsFrom(), c.inspectionsTo());
                Set<String> distinct = new HashSet<>();
                i.get("deputyIds").forEach(d -> distinct.add(d.asText()));
                assertThat(distinct).hasSize(i.get("deputyIds").size());
            }
        }
    }

    @Test
    void every_county_gets_exactly_its_suggestions_in_this_term_before_today_in_every_state() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        for (DemoFigures.County c : FIGURES) {
            List<JsonNode> suggestions = sent(c.code(), "/suggestions").stream().map(Sent::body).toList();
            assertThat(suggestions).as(c.code()).hasSize(c.suggestions());
            for (JsonNode s : suggestions) {
                assertThat(LocalDate.parse(s.get("submittedOn").asText())).isAfterOrEqualTo(c.suggestionsFrom())
                        .isBefore(today);
            }
            int[] states = cn.renda.devstack.demo.SupervisionDemo.stateCounts(CountyProfile.of(c.code()));
            assertThat(sent(c.code(), "/suggestions/[^/]+/assignment")).hasSize(c.suggestions() - states[0]);
            assertThat(sent(c.code(), "/suggestions/[^/]+/re-handling")).hasSize(states[6] + states[7]);
            assertThat(sent(c.code(), "/suggestions/[^/]+/closure")).hasSize(states[4] + states[5] + states[7]);
            assertThat(sent(c.code(), "/suggestions/[^/]+/replies").stream().map(s -> s.body().get("result").asText()))
                    .contains("RESOLVED", "BEING_RESOLVED", "PLANNED", "CANNOT_RESOLVE_NOW");
            assertThat(sent(c.code(), "/suggestions/[^/]+/ratings").stream().map(s -> s.body().get("rating").asText()))
                    .contains("SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED");
            assertThat(sent(c.code(), "/suggestions/[^/]+/flag")).isNotEmpty();
            assertThat(sent(c.code(), "/suggestions/[^/]+/re-handling")).isNotEmpty();
            assertThat(sent(c.code(), "/suggestions/[^/]+/closure")).isNotEmpty();
            if (today.getYear() > c.suggestionsFrom().getYear()) {
                assertThat(sent(c.code(), "/suggestions/[^/]+/carry-over")).isNotEmpty();
            }
        }
    }

    @Test
    void every_county_gets_exactly_its_trainings_and_person_times_in_the_year() {
        for (DemoFigures.County c : FIGURES) {
            List<JsonNode> trainings = sent(c.code(), "/trainings").stream().map(Sent::body).toList();
            assertThat(trainings).as(c.code()).hasSize(c.trainings());
            assertThat(trainings).allMatch(t -> LocalDate.parse(t.get("date").asText()).getYear() == c.trainingYear());
            int personTimes = 0;
            for (Sent sheet : sent(c.code(), "/trainings/[^/]+/attendance-sheet")) {
                for (JsonNode e : sheet.body().get("entries")) {
                    String status = e.get("status").asText();
                    personTimes += status.equals("PRESENT") || status.equals("LATE") ? 1 : 0;
                }
            }
            assertThat(personTimes).as(c.code()).isEqualTo(c.trainingPersonTimes());
        }
    }

    @Test
    void every_township_meets_each_year_and_its_presidium_meets_as_the_profile_says() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        for (CountyProfile p : PROFILES) {
            String c = p.county();
            List<JsonNode> sessions = sent(c, "/sessions").stream().map(Sent::body).toList();
            long years = p.sessionYears().stream()
                    .filter(y -> LocalDate.of(y, 1, 30).plusDays(p.sessionDays()).isBefore(today)).count();
            assertThat(sessions.size()).as(c).isGreaterThanOrEqualTo((int) (years * p.figures().townships()));
            assertThat(sessions).allMatch(s -> s.get("days").asInt() == p.sessionDays());
            assertThat(sent(c, "/sessions/[^/]+/opening")).hasSameSizeAs(sessions);
            assertThat(sent(c, "/sessions/[^/]+/closing")).hasSameSizeAs(sessions);
            assertThat(sent(c, "/presidium-meetings")).hasSize(2 * p.presidiumMeetingsPerYear() * p.figures().townships());
            assertThat(sent(c, "/receptions")).isNotEmpty();
            List<JsonNode> activities = sent(c, "/groups/[^/]+/activities").stream().map(Sent::body).toList();
            assertThat(activities).isNotEmpty();
            assertThat(sent(c, "/groups/[^/]+/activities/[^/]+/held").size()).isLessThan(activities.size());
        }
    }
}
