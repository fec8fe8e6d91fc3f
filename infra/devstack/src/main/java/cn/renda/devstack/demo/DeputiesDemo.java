package cn.renda.devstack.demo;

import cn.renda.devstack.DemoFigures;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * deputy-service's part of the demo, for one county built from its {@link CountyProfile}: the townships; per township
 * the deputy groups (one per village), the deputy list imported as an XLSX file through {@code /deputy-imports} (as a
 * township clerk uploads it after the election), group leaders, group activities planned and held, the presidium
 * (chair concurrently party secretary; vice chair full-time in as many townships as the figures say, the part-time
 * ones also holding government duties), a regular session in each year of the term with documents, attendance,
 * votes and closing, presidium meetings, a reception day a month, home visits and reports to voters. Everything goes
 * through the real commands; the deputies' phone, ID card number and address are encrypted by the service on the
 * way in. Townships are loaded a few at a time, each with its own seeded {@link Random}, so the data stay the same
 * from run to run.
 */
public final class DeputiesDemo {

    /** The first report's total: 1,062 deputies across the 16 townships. */
    public static final int DEPUTIES = DemoFigures.DEPUTIES;
    static final int TERM = 13;
    /** The voters elected the deputies at the end of 2023; the term's first sessions met in January 2024. */
    static final LocalDate ELECTED_ON = LocalDate.parse("2023-12-15");

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹"};
    private static final String[] GIVEN = {"建华", "秀英", "国强", "丽娟", "志刚", "桂兰", "海燕", "德明", "红梅", "永强", "春生", "玉兰", "振华", "淑珍", "文杰", "小平", "卫东", "晓燕", "明亮", "金凤", "长江", "彩霞", "新民", "爱萍", "保国", "翠英", "学军", "慧敏"};
    private static final String[] VILLAGES = {"东关", "西关", "南街", "北街", "王庄", "李沟", "张湾", "刘寨", "马岭", "杨坡", "赵河", "陈窑", "周营", "孙村"};
    private static final String[] OTHER_OCCUPATIONS = {"农民", "农民", "农民", "农民", "农民", "工人", "专业技术人员", "专业技术人员", "企业人员", "其他"};
    private static final String[] EDUCATION = {"初中", "初中", "高中、中专", "高中、中专", "高中、中专", "大专", "大专", "大学本科", "大学本科", "小学及以下"};
    private static final String[] LOW_EDUCATION = {"小学及以下", "小学及以下", "初中", "初中", "初中", "初中", "高中、中专", "高中、中专", "大专", "大学本科"};
    private static final String[] AGENDA = {"审议政府工作报告", "审议主席团工作报告", "审查和批准财政预算", "审议上次会议代表建议办理情况的报告"};
    private static final String[] MEETING_AGENDA = {"研究部署本季度人大工作", "听取代表建议办理情况汇报", "安排代表视察和小组活动"};
    private static final String[] ISSUES = {"村道路灯损坏", "灌溉渠需要清淤", "低保申请进度", "学校门口交通安全", "自来水水压不足", "村卫生室缺医生", "农产品销售难", "危房改造补助"};

    private DeputiesDemo() {
    }

    /**
     * The first report's county on the given townships, with less history (as the deputy-service test of the demo
     * expects: 1,062 deputies, the 2024 session and a presidium per township, 11 full-time vice chairs, reception
     * days from January to June 2024, no presidium meetings, activities in the first three groups of each township).
     */
    public static void load(DemoClient client, DemoCounty county, List<String[]> townships, Random random) throws Exception {
        load(client, county, CountyProfile.YIYANG.withTownships(townships)
                .withLessHistory(List.of(2024), YearMonth.of(2024, 6)), random, 3);
    }

    /** One county as its profile says, {@code threads} townships at a time. */
    public static void load(DemoClient client, DemoCounty county, CountyProfile profile, Random random, int threads)
            throws Exception {
        List<String[]> townships = profile.townships();
        for (String[] t : townships) {
            post(client, county.base() + "/townships", Map.of("code", t[0], "name", t[1]));
            county.townships.put(t[0], t[1]);
        }
        int[] sizes = split(profile.figures().deputies(), townships.size(), random);
        long[] seeds = new long[townships.size()];
        for (int i = 0; i < seeds.length; i++) {
            seeds[i] = random.nextLong();
        }
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            int offset = 0;
            for (int ti = 0; ti < townships.size(); ti++) {
                int index = ti;
                int first = offset;
                offset += sizes[ti];
                results.add(pool.submit(() -> new Township(client, county, profile, townships.get(index), sizes[index],
                        index, first, new Random(seeds[index]), today).load()));
            }
            for (int ti = 0; ti < townships.size(); ti++) {
                county.deputiesByTownship.put(townships.get(ti)[0], results.get(ti).get());
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.println("deputies demo " + profile.county() + ": " + county.allDeputies().size() + " deputies, "
                + townships.size() + " presidiums, sessions in " + profile.sessionYears());
    }

    /** POST, waiting out the gateway's rate limit (429: nothing was done) instead of failing. */
    static JsonNode post(DemoClient client, String path, Object body) throws Exception {
        return client.post(path, body);
    }

    /**
     * {@code total} split into {@code parts} sizes within a quarter (at most 12) of the mean, each at least 1 when the
     * mean is, summing exactly to {@code total}.
     */
    static int[] split(int total, int parts, Random random) {
        int[] sizes = new int[parts];
        int mean = total / parts;
        int spread = Math.max(0, Math.min(Math.min(12, mean / 4), mean - 1));
        int sum = 0;
        for (int i = 0; i < parts; i++) {
            sizes[i] = mean - spread + random.nextInt(2 * spread + 1);
            sum += sizes[i];
        }
        for (int i = 0; sum != total; i = (i + 1) % parts) {
            int step = sum < total ? 1 : -1;
            if (sizes[i] + step > 0) {
                sizes[i] += step;
                sum += step;
            }
        }
        return sizes;
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

    /** One township's part; {@code first} is the county-wide number of its first deputy (unique ID card numbers). */
    private record Township(DemoClient client, DemoCounty county, CountyProfile profile, String[] township, int size,
                            int index, int first, Random random, LocalDate today) {

        List<String> load() throws Exception {
            String code = township[0];
            List<String> groups = groups();
            List<Map<String, String>> rows = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                rows.add(deputy(groups.get(i % groups.size()), i % groups.size() + 1, i));
            }
            JsonNode imported = client.postFile(county.base() + "/deputy-imports", "file", "deputies-" + code + ".xlsx",
                    DeputyListWorkbook.CONTENT_TYPE, DeputyListWorkbook.write(rows));
            List<String> ids = new ArrayList<>();
            imported.get("ids").forEach(id -> ids.add(id.asText()));
            if (ids.size() != size) {
                throw new IllegalStateException(code + ": imported " + ids.size() + " deputies, expected " + size);
            }
            Map<String, List<String>> byGroup = new LinkedHashMap<>();
            for (int i = 0; i < size; i++) {
                byGroup.computeIfAbsent(groups.get(i % groups.size()), g -> new ArrayList<>()).add(ids.get(i));
            }
            for (Map.Entry<String, List<String>> g : byGroup.entrySet()) {
                post(client, county.base() + "/groups/" + g.getKey() + "/leader", Map.of("deputyId", g.getValue().get(0)));
            }
            activities(byGroup);
            List<String> presidium = presidium(ids);
            sessions(ids);
            presidiumMeetings(presidium);
            receptions(ids);
            homeVisitsAndVoterReports(ids);
            return ids;
        }

        private List<String> groups() throws Exception {
            int n = Math.max(4, Math.min(10, size / 8 + random.nextInt(3) - 1));
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String village = VILLAGES[i] + "村";
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("townshipCode", township[0]);
                body.put("name", village + "代表小组");
                body.put("village", village);
                body.put("room", i % 3 == 2 ? village + "党群服务中心（合用）" : village + "代表活动室");
                ids.add(post(client, county.base() + "/groups", body).get("id").asText());
            }
            return ids;
        }

        /** One row of the deputy list; the first two of each township are the chair and vice chair to be. */
        private Map<String, String> deputy(String group, int district, int i) {
            boolean leader = i < 2;
            Map<String, String> row = new LinkedHashMap<>();
            int birthYear = 1958 + random.nextInt(42);
            row.put("乡镇代码", township[0]);
            row.put("姓名", SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)]);
            row.put("性别", random.nextInt(100) < 72 ? "男" : "女");
            row.put("出生年份", Integer.toString(birthYear));
            row.put("民族", random.nextInt(100) < 97 ? "汉族" : "回族");
            String[] education = profile.lowEducation() ? LOW_EDUCATION : EDUCATION;
            row.put("文化程度", leader ? "大学本科" : education[random.nextInt(education.length)]);
            row.put("政治面貌", leader || random.nextInt(100) < 62 ? "中共党员"
                    : random.nextInt(10) == 0 ? "民主党派" : "群众");
            row.put("职业构成", leader || random.nextInt(100) < profile.cadrePercent() ? "干部"
                    : OTHER_OCCUPATIONS[random.nextInt(OTHER_OCCUPATIONS.length)]);
            row.put("届次", Integer.toString(TERM));
            boolean byElection = !leader && random.nextInt(100) < 3;
            row.put("是否补选", byElection ? "是" : "否");
            row.put("是否连任", !byElection && random.nextInt(100) < 45 ? "是" : "否");
            row.put("选区", "第" + district + "选区");
            row.put("代表小组编号", group);
            row.put("当选日期", (byElection ? ELECTED_ON.plusYears(1) : ELECTED_ON).toString());
            row.put("手机号码", "13" + (5 + random.nextInt(5)) + String.format("%08d", random.nextInt(100_000_000)));
            // unique in the county: the sequence number is the county-wide number of the deputy (mod 1000), and the
            // second thousand is born on the 29th or 30th, days the first thousand never uses
            int number = first + i;
            int day = number < 1000 ? 1 + random.nextInt(28) : 29 + random.nextInt(2);
            String first17 = township[0].substring(0, 6) + birthYear + String.format("%02d%02d", 1 + random.nextInt(12),
                    day) + String.format("%03d", number % 1000);
            row.put("身份证号码", first17 + checkCharacter(first17));
            row.put("家庭住址", township[1] + VILLAGES[random.nextInt(VILLAGES.length)] + "村" + (1 + random.nextInt(12)) + "组");
            return row;
        }

        /** Two activities planned per group in 2024 (or in the first few); each held or not as the county's habits go. */
        private void activities(Map<String, List<String>> byGroup) throws Exception {
            String[][] plans = {{"视察村级道路和饮水工程", "2024-04-10", "查看道路三处、饮水工程一处，形成意见两条"},
                    {"集中走访困难群众", "2024-10-15", "走访困难户十二户，收集意见五条"}};
            int planning = 0;
            for (Map.Entry<String, List<String>> group : byGroup.entrySet()) {
                if (planning++ >= profile.activityGroups()) {
                    break;
                }
                String base = county.base() + "/groups/" + group.getKey() + "/activities";
                for (String[] plan : plans) {
                    String id = post(client, base, Map.of("topic", plan[0], "plannedOn", plan[1])).get("id").asText();
                    if (random.nextInt(100) >= profile.activitiesHeldPercent()) {
                        continue;
                    }
                    List<String> members = group.getValue();
                    int attending = Math.max(1, members.size() - random.nextInt(Math.min(3, members.size())));
                    post(client, base + "/" + id + "/held", Map.of("heldOn",
                            LocalDate.parse(plan[1]).plusDays(2).toString(),
                            "attendeeIds", members.subList(0, attending), "summary", plan[2]));
                }
            }
        }

        private LocalDate firstSessionDay() {
            return LocalDate.of(profile.sessionYears().get(0), 1, 10).plusDays(index % 20);
        }

        /** Chair (party secretary), vice chair (full-time or part-time with government duties), 3 to 5 members. */
        private List<String> presidium(List<String> ids) throws Exception {
            String on = firstSessionDay().toString();
            String id = post(client, county.base() + "/presidium", Map.of("townshipCode", township[0], "term", TERM,
                    "formedOn", on)).get("id").asText();
            String members = county.base() + "/presidium/" + id + "/members";
            List<String> memberIds = new ArrayList<>();
            post(client, members, Map.of("deputyId", ids.get(0), "role", "CHAIR", "fullTime", false,
                    "partySecretary", true, "governmentDuties", false, "appointedOn", on));
            memberIds.add(ids.get(0));
            boolean fullTime = index < profile.figures().fullTimeViceChairs();
            post(client, members, Map.of("deputyId", ids.get(1), "role", "VICE_CHAIR", "fullTime", fullTime,
                    "partySecretary", false, "governmentDuties", !fullTime, "appointedOn", on));
            memberIds.add(ids.get(1));
            int others = 3 + random.nextInt(3);
            for (int i = 0; i < others; i++) {
                String member = ids.get(2 + i * 3);
                post(client, members, Map.of("deputyId", member, "role", "MEMBER", "fullTime", false,
                        "partySecretary", false, "governmentDuties", false, "appointedOn", on));
                memberIds.add(member);
            }
            return memberIds;
        }

        /** A regular session in each year of the term so far, in January. */
        private void sessions(List<String> ids) throws Exception {
            int number = 0;
            for (int year : profile.sessionYears()) {
                number++;
                LocalDate day = LocalDate.of(year, 1, 10).plusDays(index % 20);
                LocalDate last = day.plusDays(profile.sessionDays() - 1L);
                if (!last.isBefore(today)) {
                    continue;
                }
                String id = post(client, county.base() + "/sessions", Map.of("townshipCode", township[0], "term", TERM,
                        "number", number, "startsOn", day.toString(), "days", profile.sessionDays(),
                        "agenda", List.of(AGENDA))).get("id").asText();
                String base = county.base() + "/sessions/" + id;
                int every = profile.documentsAtMeetingEvery();
                int before = every > 0 && index % every == every - 1 ? 0 : 3 + random.nextInt(5);
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
                            "votesFor", present.size() - against - abstain, "votesAgainst", against,
                            "abstentions", abstain));
                }
                post(client, base + "/closing", Map.of("closedOn", last.toString()));
            }
        }

        /** Presidium meetings in 2024 and 2025, evenly over each year (quarterly in most counties). */
        private void presidiumMeetings(List<String> members) throws Exception {
            int perYear = profile.presidiumMeetingsPerYear();
            int number = 0;
            for (int year = 2024; year <= 2025 && perYear > 0; year++) {
                for (int m = 1; m <= perYear; m++) {
                    LocalDate day = LocalDate.of(year, 12 * m / perYear, 18 + index % 8);
                    if (!day.isBefore(today)) {
                        continue;
                    }
                    number++;
                    String id = post(client, county.base() + "/presidium-meetings", Map.of("townshipCode", township[0],
                            "term", TERM, "number", number, "startsOn", day.toString(), "days", 1,
                            "agenda", List.of(MEETING_AGENDA))).get("id").asText();
                    String base = county.base() + "/presidium-meetings/" + id;
                    List<String> present = new ArrayList<>(members);
                    List<String> excused = new ArrayList<>();
                    if (random.nextInt(4) == 0) {
                        excused.add(present.remove(present.size() - 1));
                    }
                    post(client, base + "/opening", Map.of("openedOn", day.toString(), "presentDeputyIds", present,
                            "excusedDeputyIds", excused));
                    post(client, base + "/closing", Map.of("closedOn", day.toString()));
                }
            }
        }

        /** A reception day a month from January 2024 to this month (or the profile's last); some skip months. */
        private void receptions(List<String> ids) throws Exception {
            YearMonth thisMonth = YearMonth.from(today);
            YearMonth until = profile.receptionsUntil() == null ? thisMonth : profile.receptionsUntil();
            for (YearMonth month = YearMonth.of(2024, 1); !month.isAfter(until); month = month.plusMonths(1)) {
                boolean skip = random.nextInt(100) < profile.receptionSkipPercent();
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
                LocalDate day = month.atDay(5 + random.nextInt(10));
                int visitors = 4 + random.nextInt(20);
                if (skip || !day.isBefore(today) || (month.equals(thisMonth) && !profile.receptionThisMonth())) {
                    continue;
                }
                post(client, county.base() + "/receptions", Map.of("townshipCode", township[0],
                        "heldOn", day.toString(), "place", township[1] + "人大代表之家", "deputyIds", deputies,
                        "visitors", visitors, "issues", issues));
            }
        }

        /** Two home visits (走访) in the first half of 2024, and two deputies reporting to their voters (述职). */
        private void homeVisitsAndVoterReports(List<String> ids) throws Exception {
            for (int v = 0; v < 2; v++) {
                List<String> visitors = List.of(ids.get(random.nextInt(ids.size())), ids.get(random.nextInt(ids.size())));
                post(client, county.base() + "/home-visits", Map.of("townshipCode", township[0],
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
}
