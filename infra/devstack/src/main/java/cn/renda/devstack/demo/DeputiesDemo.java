package cn.renda.devstack.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * deputy-service's part of the demo, modelled on the first report's county: 16 townships with 1,062 deputies in
 * deputy groups (one per village), a presidium per township (16 chairs, all concurrently party secretaries; 16 vice
 * chairs, 11 full-time and 5 part-time, the part-time ones also holding government duties), the 2024 session of each
 * township with documents, attendance, votes and closing, a reception day a month, and group activities planned vs
 * held. Everything goes through the real commands; the deputies' phone, ID card number and address are encrypted by
 * the service on the way in.
 */
public final class DeputiesDemo {

    /** The seed's total: 1,062 deputies across the 16 townships. */
    public static final int DEPUTIES = 1062;
    static final int TERM = 13;
    static final LocalDate ELECTED_ON = LocalDate.parse("2021-11-20");

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹"};
    private static final String[] GIVEN = {"建华", "秀英", "国强", "丽娟", "志刚", "桂兰", "海燕", "德明", "红梅", "永强", "春生", "玉兰", "振华", "淑珍", "文杰", "小平", "卫东", "晓燕", "明亮", "金凤", "长江", "彩霞", "新民", "爱萍", "保国", "翠英", "学军", "慧敏"};
    private static final String[] VILLAGES = {"东关", "西关", "南街", "北街", "王庄", "李沟", "张湾", "刘寨", "马岭", "杨坡", "赵河", "陈窑", "周营", "孙村"};
    /** Roughly the seed's composition: a quarter cadres, most farmers. */
    private static final String[] OCCUPATIONS = {"CADRE", "CADRE", "CADRE", "FARMER", "FARMER", "FARMER", "FARMER", "FARMER", "WORKER", "PROFESSIONAL", "PROFESSIONAL", "BUSINESS"};
    private static final String[] EDUCATION = {"JUNIOR_SECONDARY", "JUNIOR_SECONDARY", "SENIOR_SECONDARY", "SENIOR_SECONDARY", "SENIOR_SECONDARY", "JUNIOR_COLLEGE", "JUNIOR_COLLEGE", "BACHELOR", "BACHELOR", "PRIMARY"};
    private static final String[] AGENDA = {"审议政府工作报告", "审议主席团工作报告", "审查和批准财政预算", "审议上次会议代表建议办理情况的报告"};
    private static final String[] ISSUES = {"村道路灯损坏", "灌溉渠需要清淤", "低保申请进度", "学校门口交通安全", "自来水水压不足", "村卫生室缺医生", "农产品销售难", "危房改造补助"};

    private DeputiesDemo() {
    }

    public static void load(DemoClient client, DemoCounty county, List<String[]> townships, Random random) throws Exception {
        for (String[] t : townships) {
            post(client, county.base() + "/townships", Map.of("code", t[0], "name", t[1]));
            county.townships.put(t[0], t[1]);
        }
        int[] sizes = split(DEPUTIES, townships.size(), random);
        long[] seeds = new long[townships.size()];
        for (int i = 0; i < seeds.length; i++) {
            seeds[i] = random.nextLong();
        }
        // townships are independent: two at a time, each with its own seeded Random, so the data stay deterministic
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int ti = 0; ti < townships.size(); ti++) {
                int index = ti;
                results.add(pool.submit(() -> township(client, county, townships.get(index), sizes[index], index,
                        new Random(seeds[index]))));
            }
            for (int ti = 0; ti < townships.size(); ti++) {
                county.deputiesByTownship.put(townships.get(ti)[0], results.get(ti).get());
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.println("deputies demo: " + county.allDeputies().size() + " deputies, " + townships.size()
                + " presidiums and sessions");
    }

    private static List<String> township(DemoClient client, DemoCounty county, String[] township, int size, int index,
                                         Random random) throws Exception {
        String code = township[0];
        String name = township[1];
        List<String> groups = groups(client, county, code, random);
        List<String> ids = new ArrayList<>();
        Map<String, List<String>> byGroup = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            String group = groups.get(i % groups.size());
            // the first two of each township are the presidium's chair and vice chair: cadres, party members
            String id = post(client, county.base() + "/deputies",
                    deputy(code, name, group, i % groups.size() + 1, i < 2, random)).get("id").asText();
            ids.add(id);
            byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(id);
        }
        for (Map.Entry<String, List<String>> g : byGroup.entrySet()) {
            post(client, county.base() + "/groups/" + g.getKey() + "/leader", Map.of("deputyId", g.getValue().get(0)));
        }
        activities(client, county, byGroup, random);
        presidium(client, county, code, ids, index, random);
        session(client, county, code, ids, index, random);
        receptions(client, county, code, name, ids, random);
        homeVisitsAndVoterReports(client, county, code, ids, random);
        return ids;
    }

    /** POST, waiting out the gateway's rate limit (429: nothing was done) instead of failing. */
    static JsonNode post(DemoClient client, String path, Object body) throws Exception {
        for (int attempt = 0; ; attempt++) {
            try {
                return client.post(path, body);
            } catch (IllegalStateException e) {
                if (attempt > 100 || e.getMessage() == null || !e.getMessage().contains(" answered 429")) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }

    /** {@code total} split into {@code parts} sizes around the mean, summing exactly to {@code total}. */
    static int[] split(int total, int parts, Random random) {
        int[] sizes = new int[parts];
        int sum = 0;
        for (int i = 0; i < parts; i++) {
            sizes[i] = total / parts - 12 + random.nextInt(25);
            sum += sizes[i];
        }
        for (int i = 0; sum != total; i = (i + 1) % parts) {
            int step = sum < total ? 1 : -1;
            sizes[i] += step;
            sum += step;
        }
        return sizes;
    }

    private static List<String> groups(DemoClient client, DemoCounty county, String township, Random random) throws Exception {
        int n = 7 + random.nextInt(4);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String village = VILLAGES[i] + "村";
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("townshipCode", township);
            body.put("name", village + "代表小组");
            body.put("village", village);
            body.put("room", i % 3 == 2 ? village + "党群服务中心（合用）" : village + "代表活动室");
            ids.add(post(client, county.base() + "/groups", body).get("id").asText());
        }
        return ids;
    }

    private static Map<String, Object> deputy(String township, String townshipName, String group, int district,
                                              boolean leader, Random random) {
        Map<String, Object> body = new LinkedHashMap<>();
        int birthYear = 1958 + random.nextInt(42);
        body.put("townshipCode", township);
        body.put("name", SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)]);
        body.put("gender", random.nextInt(100) < 72 ? "MALE" : "FEMALE");
        body.put("birthYear", birthYear);
        body.put("occupation", leader ? "CADRE" : OCCUPATIONS[random.nextInt(OCCUPATIONS.length)]);
        body.put("term", TERM);
        body.put("ethnicity", random.nextInt(100) < 97 ? "汉族" : "回族");
        body.put("education", leader ? "BACHELOR" : EDUCATION[random.nextInt(EDUCATION.length)]);
        body.put("party", leader || random.nextInt(100) < 62 ? "CPC_MEMBER" : random.nextInt(10) == 0 ? "DEMOCRATIC_PARTY" : "NON_PARTY");
        boolean byElection = !leader && random.nextInt(100) < 3;
        body.put("byElection", byElection);
        body.put("reElected", !byElection && random.nextInt(100) < 45);
        body.put("district", "第" + district + "选区");
        body.put("groupId", group);
        body.put("electedOn", (byElection ? ELECTED_ON.plusYears(1) : ELECTED_ON).toString());
        body.put("phone", "13" + (5 + random.nextInt(5)) + String.format("%08d", random.nextInt(100_000_000)));
        String first17 = township.substring(0, 6) + birthYear + String.format("%02d%02d", 1 + random.nextInt(12),
                1 + random.nextInt(28)) + String.format("%03d", random.nextInt(1000));
        body.put("idCardNumber", first17 + checkCharacter(first17));
        body.put("address", townshipName + VILLAGES[random.nextInt(VILLAGES.length)] + "村" + (1 + random.nextInt(12)) + "组");
        return body;
    }

    /** GB 11643 check character, so the demo's made-up numbers pass the service's check. */
    static char checkCharacter(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        char[] check = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return check[sum % 11];
    }

    /** Two activities planned for the first three groups; the first held, the second still only a plan. */
    private static void activities(DemoClient client, DemoCounty county, Map<String, List<String>> byGroup,
                                   Random random) throws Exception {
        int g = 0;
        for (Map.Entry<String, List<String>> group : byGroup.entrySet()) {
            if (g++ >= 3) {
                break;
            }
            String base = county.base() + "/groups/" + group.getKey() + "/activities";
            String held = post(client, base, Map.of("topic", "视察村级道路和饮水工程", "plannedOn", "2024-04-10"))
                    .get("id").asText();
            post(client, base, Map.of("topic", "集中走访困难群众", "plannedOn", "2024-07-15"));
            List<String> members = group.getValue();
            int attending = Math.max(1, members.size() - random.nextInt(Math.min(3, members.size())));
            post(client, base + "/" + held + "/held", Map.of("heldOn", "2024-04-12",
                    "attendeeIds", members.subList(0, attending), "summary", "查看道路三处、饮水工程一处，形成意见两条"));
        }
    }

    /** Chair (party secretary), vice chair (11 full-time, 5 part-time with government duties), 4 to 5 members. */
    private static void presidium(DemoClient client, DemoCounty county, String township, List<String> ids, int index,
                                  Random random) throws Exception {
        String id = post(client, county.base() + "/presidium", Map.of("townshipCode", township, "term", TERM,
                "formedOn", ELECTED_ON.plusDays(1).toString())).get("id").asText();
        String members = county.base() + "/presidium/" + id + "/members";
        String on = ELECTED_ON.plusDays(1).toString();
        post(client, members, Map.of("deputyId", ids.get(0), "role", "CHAIR", "fullTime", false, "partySecretary", true,
                "governmentDuties", false, "appointedOn", on));
        boolean fullTime = index < 11;
        post(client, members, Map.of("deputyId", ids.get(1), "role", "VICE_CHAIR", "fullTime", fullTime,
                "partySecretary", false, "governmentDuties", !fullTime, "appointedOn", on));
        int others = 3 + random.nextInt(3);
        for (int i = 0; i < others; i++) {
            post(client, members, Map.of("deputyId", ids.get(2 + i * 7), "role", "MEMBER", "fullTime", false,
                    "partySecretary", false, "governmentDuties", false, "appointedOn", on));
        }
    }

    /** The 2024 session: one day, documents a week before in most townships and only at the meeting in some. */
    private static void session(DemoClient client, DemoCounty county, String township, List<String> ids, int index,
                                Random random) throws Exception {
        LocalDate day = LocalDate.parse("2024-01-10").plusDays(index);
        String id = post(client, county.base() + "/sessions", Map.of("townshipCode", township, "term", TERM,
                "number", 3, "startsOn", day.toString(), "days", 1, "agenda", List.of(AGENDA))).get("id").asText();
        String base = county.base() + "/sessions/" + id;
        int before = index % 4 == 3 ? 0 : 3 + random.nextInt(5);
        post(client, base + "/documents", Map.of("titles", List.of("政府工作报告（草案）", "财政预算报告（草案）"),
                "distributedOn", day.minusDays(before).toString()));
        List<String> present = new ArrayList<>();
        List<String> excused = new ArrayList<>();
        for (String d : ids) {
            (random.nextInt(100) < 91 ? present : excused).add(d);
        }
        post(client, base + "/opening", Map.of("openedOn", day.toString(), "presentDeputyIds", present,
                "excusedDeputyIds", excused));
        for (String item : new String[]{"政府工作报告", "主席团工作报告", "财政预算报告", "代表建议办理情况报告"}) {
            int against = random.nextInt(3);
            int abstain = random.nextInt(4);
            post(client, base + "/votes", Map.of("item", item, "kind", "REPORT",
                    "votesFor", present.size() - against - abstain, "votesAgainst", against, "abstentions", abstain));
        }
        post(client, base + "/closing", Map.of("closedOn", day.toString()));
    }

    /** A reception day a month from January to June 2024 (some townships skip a month, as the seed complains). */
    private static int receptions(DemoClient client, DemoCounty county, String township, String name,
                                  List<String> ids, Random random) throws Exception {
        int held = 0;
        for (int month = 1; month <= 6; month++) {
            if (random.nextInt(10) == 0) {
                continue;
            }
            List<String> deputies = new ArrayList<>();
            int n = 2 + random.nextInt(3);
            for (int i = 0; i < n; i++) {
                String d = ids.get(random.nextInt(ids.size()));
                if (!deputies.contains(d)) {
                    deputies.add(d);
                }
            }
            List<String> issues = new ArrayList<>();
            for (int i = 0, k = 1 + random.nextInt(3); i < k; i++) {
                issues.add(ISSUES[random.nextInt(ISSUES.length)]);
            }
            post(client, county.base() + "/receptions", Map.of("townshipCode", township,
                    "heldOn", LocalDate.of(2024, month, 5 + random.nextInt(10)).toString(),
                    "place", name + "人大代表之家", "deputyIds", deputies, "visitors", 4 + random.nextInt(20),
                    "issues", issues));
            held++;
        }
        return held;
    }

    /** Two home visits (走访) per township in the first half of 2024, and two deputies reporting to their voters (述职). */
    private static void homeVisitsAndVoterReports(DemoClient client, DemoCounty county, String township,
                                                  List<String> ids, Random random) throws Exception {
        for (int v = 0; v < 2; v++) {
            List<String> visitors = List.of(ids.get(random.nextInt(ids.size())), ids.get(random.nextInt(ids.size())));
            post(client, county.base() + "/home-visits", Map.of("townshipCode", township,
                    "visitedOn", LocalDate.of(2024, 2 + v * 3, 8 + random.nextInt(10)).toString(),
                    "deputyIds", visitors.get(0).equals(visitors.get(1)) ? List.of(visitors.get(0)) : visitors,
                    "households", 5 + random.nextInt(20),
                    "issues", List.of(ISSUES[random.nextInt(ISSUES.length)])));
        }
        for (int r = 0; r < 2; r++) {
            int voters = 40 + random.nextInt(60);
            int dissatisfied = random.nextInt(4);
            int basically = random.nextInt(voters / 4);
            post(client, county.base() + "/voter-reports", Map.of("deputyId", ids.get(2 + r),
                    "reportedOn", LocalDate.of(2024, 6, 10 + random.nextInt(15)).toString(), "voters", voters,
                    "satisfied", voters - basically - dissatisfied, "basicallySatisfied", basically,
                    "dissatisfied", dissatisfied));
        }
    }
}
