package cn.renda.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Loads the demo data through the gateway, with the same commands a user would send: the seed's first county
 * (宜阳县, 410327) with its 16 townships, a sample of deputies in each, suggestions and trainings with attendance.
 * The full figures of the seed (1,062 deputies, 395 suggestions, 21 trainings with 900+ person-times) arrive with the
 * domain issues; this loader grows with them. Deterministic: the same seed gives the same data.
 */
public final class DemoData {

    public static final String COUNTY = "410327";

    /** The 16 townships of the first report's county (codes follow GB/T 2260's pattern: county code + 3 digits). */
    public static final List<String[]> TOWNSHIPS = List.of(
            new String[]{"410327100", "城关镇"}, new String[]{"410327101", "丰李镇"},
            new String[]{"410327102", "柳泉镇"}, new String[]{"410327103", "韩城镇"},
            new String[]{"410327104", "白杨镇"}, new String[]{"410327105", "香鹿山镇"},
            new String[]{"410327106", "锦屏镇"}, new String[]{"410327107", "三乡镇"},
            new String[]{"410327108", "张坞镇"}, new String[]{"410327109", "莲庄镇"},
            new String[]{"410327110", "樊村镇"}, new String[]{"410327111", "高村镇"},
            new String[]{"410327112", "赵保镇"}, new String[]{"410327200", "盐镇乡"},
            new String[]{"410327201", "董王庄乡"}, new String[]{"410327202", "上观乡"});

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭"};
    private static final String[] GIVEN = {"建华", "秀英", "国强", "丽娟", "志刚", "桂兰", "海燕", "德明", "红梅", "永强", "春生", "玉兰", "振华", "淑珍", "文杰", "小平"};
    private static final String[] OCCUPATIONS = {"CADRE", "CADRE", "FARMER", "FARMER", "FARMER", "WORKER", "PROFESSIONAL", "BUSINESS", "OTHER"};
    private static final String[] CATEGORIES = {"ECONOMIC_CONSTRUCTION", "SOCIAL_UNDERTAKINGS", "TOWNSHIP_CONSTRUCTION", "ROADS_TRANSPORT_WATER", "OTHER"};
    private static final String[] TOPICS = {"ROADS_TRANSPORT_WATER"};

    private final String gateway;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final Random random = new Random(410327);

    public DemoData(String gateway) {
        this.gateway = gateway.endsWith("/") ? gateway.substring(0, gateway.length() - 1) : gateway;
    }

    public void load() throws Exception {
        String base = "/api/counties/" + COUNTY;
        Map<String, List<String>> deputiesByTownship = new LinkedHashMap<>();
        List<String> all = new ArrayList<>();
        for (String[] t : TOWNSHIPS) {
            post(base + "/townships", Map.of("code", t[0], "name", t[1]));
        }
        for (String[] t : TOWNSHIPS) {
            List<String> ids = new ArrayList<>();
            int n = 5 + random.nextInt(4);
            for (int i = 0; i < n; i++) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("townshipCode", t[0]);
                body.put("name", SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)]);
                body.put("gender", random.nextInt(10) < 7 ? "MALE" : "FEMALE");
                body.put("birthYear", 1960 + random.nextInt(40));
                body.put("occupation", OCCUPATIONS[random.nextInt(OCCUPATIONS.length)]);
                ids.add(post(base + "/deputies", body).get("id").asText());
            }
            deputiesByTownship.put(t[0], ids);
            all.addAll(ids);
        }
        int suggestions = 0;
        for (List<String> ids : deputiesByTownship.values()) {
            int n = 1 + random.nextInt(3);
            for (int i = 0; i < n; i++) {
                String deputy = ids.get(random.nextInt(ids.size()));
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("deputyIds", List.of(deputy));
                body.put("title", "关于改善村组道路和饮水条件的建议 " + (++suggestions));
                body.put("content", "部分村组道路破损、雨季积水，群众出行不便，建议列入年度计划予以修缮。");
                body.put("category", CATEGORIES[random.nextInt(CATEGORIES.length)]);
                postWhenReplicated(base + "/suggestions", body);
            }
        }
        String[][] trainings = {{"代表法专题培训", "DEPUTIES_LAW", "2024-04-18", "4"},
                {"如何审议政府工作报告", "CORE_KNOWLEDGE", "2024-06-06", "3"}};
        for (String[] tr : trainings) {
            String id = post(base + "/trainings", Map.of("title", tr[0], "topic", tr[1], "date", tr[2],
                    "hours", Integer.parseInt(tr[3]), "organiser", "COUNTY")).get("id").asText();
            for (String deputy : all) {
                if (random.nextInt(10) < 6) {
                    postWhenReplicated(base + "/trainings/" + id + "/attendance", Map.of("deputyId", deputy));
                }
            }
        }
        System.out.println("demo data loaded: " + TOWNSHIPS.size() + " townships, " + all.size() + " deputies, "
                + suggestions + " suggestions, " + trainings.length + " trainings");
    }

    /** The services that refer to deputies learn of them from Kafka: retry a refusal for an unknown deputy a while. */
    private JsonNode postWhenReplicated(String path, Object body) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            HttpResponse<String> r = send(path, body);
            if (r.statusCode() / 100 == 2) {
                return json.readTree(r.body());
            }
            if (r.statusCode() != 422 || !r.body().contains("unknown-deputy") || System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("POST " + path + " answered " + r.statusCode() + ": " + r.body());
            }
            Thread.sleep(200);
        }
    }

    private JsonNode post(String path, Object body) throws Exception {
        HttpResponse<String> r = send(path, body);
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException("POST " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return json.readTree(r.body());
    }

    private HttpResponse<String> send(String path, Object body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("X-Renda-User", "demo-loader")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
