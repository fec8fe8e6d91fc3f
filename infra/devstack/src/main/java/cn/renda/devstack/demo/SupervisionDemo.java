package cn.renda.devstack.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.renda.devstack.DemoFigures;

/**
 * supervision-service's part of the demo, all through the gateway and the real commands: handling units per
 * township and county; deputies' suggestions in every state (submitted, assigned, due soon, overdue, flagged,
 * replied, re-handled, carried over, closed); the first report's 27 inspections with 320+ person-times in the first
 * half of 2024; letters and visits spread over the townships. Records of earlier days are entered with their dates,
 * as a clerk would enter paper records; the deadline sweep then raises due soon and overdue on its own.
 */
public final class SupervisionDemo {

    private static final String[] CATEGORIES = {"ECONOMIC_CONSTRUCTION", "SOCIAL_UNDERTAKINGS", "TOWNSHIP_CONSTRUCTION",
            "ROADS_TRANSPORT_WATER", "AGRICULTURE", "OTHER"};
    private static final String[][] SUGGESTIONS = {
            {"关于修缮村组道路的建议", "部分村组道路破损、雨季积水，群众出行不便，建议列入年度计划予以修缮。"},
            {"关于改善农村饮水条件的建议", "部分村组自来水管网老化，夏季供水不稳定，建议更换管网并增设蓄水设施。"},
            {"关于加强农村学校师资的建议", "村小教师年龄偏大、学科不全，建议通过交流轮岗补充音体美教师。"},
            {"关于完善集镇农贸市场管理的建议", "集镇逢集日车辆乱停、摊位占道，建议规划停车区并明确管理责任。"},
            {"关于扶持特色种植产业的建议", "本村食用菌种植初具规模，建议在技术培训和冷链设施上给予扶持。"},
            {"关于增设村卫生室设备的建议", "村卫生室缺少基本检查设备，老年人看病需往返镇区，建议配置必要设备。"},
            {"关于整治河道垃圾的建议", "河道沿线垃圾堆放，汛期影响行洪，建议建立常态化保洁机制。"},
            {"关于安装村组路灯的建议", "部分村组道路夜间无照明，存在安全隐患，建议分批安装太阳能路灯。"}};
    private static final String[] INSPECTION_TOPICS = {"农村饮水安全工程建设情况", "乡村道路建设与管护情况",
            "义务教育均衡发展情况", "农村人居环境整治情况", "基层医疗卫生服务情况", "特色产业发展情况",
            "防汛抗旱准备情况", "民生实事项目推进情况", "食品安全监管情况"};
    private static final String[][] PETITIONS = {{"宅基地界址纠纷", "反映邻里宅基地界址不清引发纠纷，请求调处。"},
            {"土地流转租金拖欠", "反映土地流转租金未按合同支付，请求协调。"},
            {"低保评定", "反映家庭困难，对低保评定结果有异议，请求复核。"},
            {"道路施工扬尘", "反映村道施工扬尘严重，影响生活，请求督促整改。"},
            {"养殖场异味", "反映村旁养殖场异味扰民，请求依法处理。"}};
    private static final String[] CHANNELS = {"LETTER", "VISIT", "ONLINE"};

    private SupervisionDemo() {
    }

    /** The states the demo leaves its suggestions in; a profile gives the percentage of each, in this order. */
    public static final List<String> STATES = List.of("SUBMITTED", "DUE_SOON", "OVERDUE", "PLANNED", "BEING_RESOLVED",
            "RESOLVED", "REOPENED", "RE_HANDLED", "CARRIED_OVER");

    /**
     * How many of the county's suggestions the demo leaves in each state of {@link #STATES}: the profile's
     * percentages of the county's figure, rounded down, the rest resolved. Exact, like {@code DemoFigures}: e.g. the
     * overdue ones are what the deadline sweep marks overdue once it has run.
     */
    public static int[] stateCounts(CountyProfile profile) {
        int total = profile.figures().suggestions();
        int[] counts = new int[STATES.size()];
        int sum = 0;
        for (int s = 0; s < STATES.size(); s++) {
            counts[s] = total * profile.suggestionStates()[s] / 100;
            sum += counts[s];
        }
        counts[STATES.indexOf("RESOLVED")] += total - sum;
        return counts;
    }

    /** The first report's county's supervision part on whatever townships {@code county} holds. */
    public static int load(DemoClient client, DemoCounty county, Random random) throws Exception {
        return load(client, county, CountyProfile.YIYANG, random, 2);
    }

    /** Returns the number of suggestions submitted: exactly the profile's figure. */
    public static int load(DemoClient client, DemoCounty county, CountyProfile profile, Random random, int threads)
            throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String base = county.base();
        DemoFigures.County figures = profile.figures();
        String area = county.county.startsWith("61") ? "0912" : "0379";

        // handling units: two per township, three at county level
        Map<String, List<String>> units = new LinkedHashMap<>();
        List<String> countyUnits = new ArrayList<>();
        for (String[] u : new String[][]{{"县交通运输局", "赵局长"}, {"县水利局", "钱局长"}, {"县教育局", "孙局长"}}) {
            countyUnits.add(id(client.post(base + "/handling-units", Map.of("name", u[0], "contactPerson", "办公室",
                    "contactPhone", area + "-6600" + (countyUnits.size() + 1) + "00", "responsibleLeader", u[1]))));
        }
        int phone = 100;
        for (Map.Entry<String, String> t : county.townships.entrySet()) {
            List<String> ids = new ArrayList<>();
            for (String office : new String[]{"党政办公室", "农业农村服务中心"}) {
                ids.add(id(client.post(base + "/handling-units", Map.of("townshipCode", t.getKey(),
                        "name", t.getValue() + office, "contactPerson", "联络员" + (phone % 10),
                        "contactPhone", area + "-66" + (phone++) + "01", "responsibleLeader", "分管副镇长"))));
            }
            units.put(t.getKey(), ids);
        }

        // suggestions: exactly the county's figure, in the profile's mix of states, the townships a few at a time
        List<String> townships = new ArrayList<>(county.deputiesByTownship.keySet());
        int total = figures.suggestions();
        List<Integer> states = new ArrayList<>();
        int[] counts = stateCounts(profile);
        for (int s = 0; s < STATES.size(); s++) {
            for (int k = 0; k < counts[s]; k++) {
                states.add(s);
            }
        }
        java.util.Collections.shuffle(states, random);
        int[] sizes = DeputiesDemo.split(total, townships.size(), random);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        int submitted = 0;
        try {
            List<Future<Integer>> done = new ArrayList<>();
            int offset = 0;
            for (int ti = 0; ti < townships.size(); ti++) {
                String township = townships.get(ti);
                List<Integer> mine = states.subList(offset, offset + sizes[ti]);
                offset += sizes[ti];
                Random own = new Random(random.nextLong());
                int index = ti;
                done.add(pool.submit(() -> suggestions(client, county, township, index, mine, units.get(township),
                        countyUnits, own, today)));
            }
            for (Future<Integer> f : done) {
                submitted += f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        if (submitted != total) {
            throw new IllegalStateException(county.county + ": submitted " + submitted + " suggestions, expected " + total);
        }
        int[] count = new int[STATES.size()];
        states.forEach(s -> count[s]++);
        StringBuilder mix = new StringBuilder();
        for (int s = 0; s < STATES.size(); s++) {
            mix.append(s == 0 ? "" : ", ").append(STATES.get(s).toLowerCase()).append(' ').append(count[s]);
        }

        // inspections: exactly the county's number and person-times, spread over the period (the first report: 27
        // with 320+ person-times from January to June 2024)
        int inspections = figures.inspections();
        int[] participants = DeputiesDemo.split(figures.inspectionPersonTimes(), inspections, random);
        long days = figures.inspectionsTo().toEpochDay() - figures.inspectionsFrom().toEpochDay();
        int personTimes = 0;
        for (int i = 0; i < inspections; i++) {
            String township = townships.get(i % townships.size());
            List<String> candidates = new ArrayList<>(county.deputiesByTownship.get(township));
            java.util.Collections.shuffle(candidates, random);
            int n = participants[i];
            if (n > candidates.size()) {
                throw new IllegalStateException(township + " has " + candidates.size() + " deputies, an inspection needs "
                        + n);
            }
            personTimes += n;
            LocalDate date = figures.inspectionsFrom().plusDays(Math.min(days, i * days / inspections + random.nextInt(4)));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("townshipCode", township);
            body.put("topic", INSPECTION_TOPICS[i % INSPECTION_TOPICS.length]);
            body.put("date", date.toString());
            body.put("deputyIds", candidates.subList(0, n));
            body.put("findings", "代表实地查看并座谈，认为工作有进展，但仍存在投入不足、管护不到位等问题。");
            String id = id(client.postWhenReplicated(base + "/inspections", body));
            if (i % 3 == 0) {
                String item = client.post(base + "/inspections/" + id + "/follow-ups", Map.of(
                        "description", "针对代表视察指出的问题制定整改方案并限时办结",
                        "responsibleOfficial", "分管副镇长", "deadline", date.plusDays(60).toString()))
                        .get("itemId").asText();
                if (i % 2 == 0) {
                    client.post(base + "/inspections/" + id + "/follow-ups/" + item + "/completion",
                            Map.of("outcome", "已按期整改并向代表反馈"));
                    client.post(base + "/inspections/" + id + "/closure", Map.of());
                }
            } else if (i % 3 == 1) {
                client.post(base + "/inspections/" + id + "/closure", Map.of());
            }
        }
        if (personTimes != figures.inspectionPersonTimes()) {
            throw new IllegalStateException("inspection person-times " + personTimes);
        }

        // letters and visits: two per township, in every state
        int petitions = 0;
        for (String township : townships) {
            for (int k = 0; k < 2; k++) {
                int state = (petitions++) % 5;
                String[] p = PETITIONS[(petitions + k) % PETITIONS.length];
                LocalDate receivedOn = state == 1 ? today.minusDays(40) : today.minusDays(2 + state);
                String id = id(client.post(base + "/petitions", Map.of("townshipCode", township,
                        "channel", CHANNELS[petitions % CHANNELS.length], "subject", p[0], "content", p[1],
                        "receivedOn", receivedOn.toString())));
                String path = base + "/petitions/" + id;
                String unit = units.get(township).get(k);
                switch (state) {
                    case 2 -> client.post(path + "/acceptance", Map.of("unitId", unit));
                    case 3 -> {
                        client.post(path + "/acceptance", Map.of("unitId", unit));
                        client.post(path + "/extension", Map.of("reason", "需实地勘测并征求村民意见"));
                    }
                    case 4 -> {
                        if (k == 0) {
                            client.post(path + "/acceptance", Map.of("unitId", unit));
                            client.post(path + "/replies", Map.of("unitId", unit, "content", "已组织双方调解并达成协议。"));
                        } else {
                            client.post(path + "/refusal", Map.of("reason", "该事项已进入诉讼程序，依法不予受理。"));
                        }
                    }
                    default -> { } // 0: just received; 1: received 40 days ago, never accepted: overdue
                }
            }
        }
        // law-enforcement inspections (county-wide) and a special work report per township
        String[][] laws = {{"中华人民共和国食品安全法", "全县学校食堂和集镇餐饮店"}, {"中华人民共和国农村土地承包法", "土地承包经营权流转"},
                {"中华人民共和国水污染防治法", "主要河道沿线排污口"}};
        for (int i = 0; i < laws.length; i++) {
            LocalDate started = LocalDate.of(2024, 3 + 2 * i, 10);
            String id = id(client.post(base + "/enforcement-inspections", Map.of("law", laws[i][0],
                    "scope", laws[i][1], "startedOn", started.toString(),
                    "findings", "执法主体责任基本落实，但基层监管力量不足、部分问题整改不彻底。")));
            String item = client.post(base + "/enforcement-inspections/" + id + "/rectification", Map.of(
                    "description", "针对检查发现的问题逐项整改并报告整改情况", "responsibleUnit", "县政府有关部门",
                    "deadline", started.plusMonths(3).toString())).get("itemId").asText();
            if (i < 2) {
                client.post(base + "/enforcement-inspections/" + id + "/rectification/" + item + "/completion",
                        Map.of("outcome", "已完成整改并书面报告"));
                client.post(base + "/enforcement-inspections/" + id + "/closure", Map.of());
            }
        }
        int reports = 0;
        for (Map.Entry<String, String> t : county.townships.entrySet()) {
            String id = id(client.post(base + "/work-reports", Map.of("townshipCode", t.getKey(),
                    "office", t.getValue() + "人民政府", "subject", "关于农村人居环境整治工作情况的报告",
                    "body", reports % 2 == 0 ? "PRESIDIUM" : "SESSION",
                    "deliveredOn", LocalDate.of(2024, 6, 3).plusDays(reports).toString())));
            client.post(base + "/work-reports/" + id + "/deliberation", Map.of("opinions",
                    List.of("加大垃圾清运频次", "建立长效管护机制")));
            if (reports % 3 != 2) {
                client.post(base + "/work-reports/" + id + "/satisfaction-vote", Map.of("satisfied", 30 + reports,
                        "basicallySatisfied", 10, "dissatisfied", reports % 4, "abstained", 1));
            }
            if (reports % 2 == 0) {
                String item = client.post(base + "/work-reports/" + id + "/rectification", Map.of(
                        "description", "落实审议意见，建立长效管护机制", "responsibleUnit", t.getValue() + "农业农村服务中心",
                        "deadline", "2024-09-30")).get("itemId").asText();
                client.post(base + "/work-reports/" + id + "/rectification/" + item + "/completion",
                        Map.of("outcome", "已建立村庄保洁长效机制"));
                client.post(base + "/work-reports/" + id + "/closure", Map.of());
            }
            reports++;
        }
        System.out.println("supervision demo " + county.county + ": " + submitted + " suggestions (" + mix + "), "
                + inspections + " inspections with " + personTimes + " person-times, " + petitions + " petitions, " + (countyUnits.size() + 2 * townships.size())
                + " handling units, " + laws.length + " enforcement inspections, " + reports + " work reports");
        return submitted;
    }

    /** One township's suggestions, each left in its state; returns how many were submitted. */
    private static int suggestions(DemoClient client, DemoCounty county, String township, int townshipIndex,
                                   List<Integer> states, List<String> local, List<String> countyUnits, Random random,
                                   LocalDate today) throws Exception {
        List<String> deputies = county.deputiesByTownship.get(township);
        LocalDate termFrom = DemoFigures.TERM_FROM;
        int submitted = 0;
        for (int k = 0; k < states.size(); k++) {
            String state = STATES.get(states.get(k));
            String[] text = SUGGESTIONS[(k + townshipIndex) % SUGGESTIONS.length];
            List<String> submitters = new ArrayList<>();
            submitters.add(deputies.get(random.nextInt(deputies.size())));
            if (k % 3 == 1 && deputies.size() > 1) {
                String second = deputies.get(random.nextInt(deputies.size()));
                if (!submitters.contains(second)) {
                    submitters.add(second);
                }
            }
            // when it was submitted: the state decides how long ago; always in this term and before today
            LocalDate lastYearEnd = LocalDate.of(today.getYear() - 1, 12, 20);
            boolean carried = state.equals("CARRIED_OVER") && lastYearEnd.isAfter(termFrom);
            LocalDate submittedOn = switch (state) {
                case "SUBMITTED" -> today.minusDays(1 + random.nextInt(20));
                case "DUE_SOON" -> today.minusDays(84 + random.nextInt(4));
                case "OVERDUE" -> today.minusDays(100 + random.nextInt(300));
                case "CARRIED_OVER" -> carried ? between(termFrom, lastYearEnd, random) : between(termFrom, today.minusDays(30), random);
                default -> between(termFrom, today.minusDays(30), random);
            };
            if (submittedOn.isBefore(termFrom)) {
                submittedOn = termFrom.plusDays(random.nextInt(10));
            }
            if (!submittedOn.isBefore(today)) {
                submittedOn = today.minusDays(1);
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("deputyIds", submitters);
            body.put("title", text[0]);
            body.put("content", text[1]);
            body.put("category", CATEGORIES[(k + townshipIndex) % CATEGORIES.length]);
            body.put("submittedOn", submittedOn.toString());
            String id = id(client.postWhenReplicated(county.base() + "/suggestions", body));
            submitted++;
            String path = county.base() + "/suggestions/" + id;
            if (state.equals("SUBMITTED")) {
                continue;
            }
            boolean toCounty = (state.equals("OVERDUE") || state.equals("CARRIED_OVER")) && k % 2 == 0;
            String lead = toCounty ? countyUnits.get((townshipIndex + k) % countyUnits.size()) : local.get(k % 2);
            Map<String, Object> assignment = new LinkedHashMap<>();
            assignment.put("leadUnitId", lead);
            assignment.put("coUnitIds", state.equals("RESOLVED") && k % 5 == 0 && !toCounty
                    ? List.of(local.get(1 - k % 2)) : List.of());
            assignment.put("responsibleLeader", "分管副镇长");
            LocalDate assignedOn = submittedOn.plusDays(1 + random.nextInt(4));
            assignment.put("assignedOn", (assignedOn.isBefore(today) ? assignedOn : submittedOn).toString());
            if (state.equals("DUE_SOON")) {
                // due within the default five working days, whatever the calendar of this week
                assignment.put("deadline", today.plusDays(2 + random.nextInt(3)).toString());
            }
            client.post(path + "/assignment", assignment);
            boolean flag = switch (state) {
                case "OVERDUE" -> k % 2 == 0;
                case "DUE_SOON" -> k % 4 == 0;
                case "REOPENED" -> k % 3 == 0;
                default -> false;
            };
            if (flag) {
                client.post(path + "/flag", Map.of("reason", "群众反映集中，列为挂牌督办"));
            }
            switch (state) {
                case "DUE_SOON", "OVERDUE" -> { }
                case "PLANNED" -> reply(client, path, lead, "PLANNED");
                case "CARRIED_OVER" -> {
                    reply(client, path, lead, "PLANNED");
                    if (carried) {
                        for (int year = submittedOn.getYear() + 1; year <= today.getYear(); year++) {
                            client.post(path + "/carry-over", Map.of("toYear", year));
                        }
                    }
                }
                case "BEING_RESOLVED" -> {
                    reply(client, path, lead, "BEING_RESOLVED");
                    rate(client, path, submitters, "BASICALLY_SATISFIED", random);
                    client.post(path + "/closure", Map.of());
                }
                case "RESOLVED" -> {
                    reply(client, path, lead, "RESOLVED");
                    rate(client, path, submitters, null, random);
                    client.post(path + "/closure", Map.of());
                }
                case "REOPENED" -> {
                    reply(client, path, lead, "CANNOT_RESOLVE_NOW");
                    rate(client, path, submitters, "DISSATISFIED", random);
                    client.post(path + "/re-handling", Map.of("reason", "代表对答复不满意，要求明确解决时限"));
                }
                case "RE_HANDLED" -> {
                    reply(client, path, lead, "BEING_RESOLVED");
                    rate(client, path, submitters, "DISSATISFIED", random);
                    client.post(path + "/re-handling", Map.of("reason", "代表对答复不满意，要求明确解决时限"));
                    client.post(path + "/replies", Map.of("unitId", lead, "result", "RESOLVED",
                            "content", "已重新研究并落实资金，问题已解决。"));
                    rate(client, path, submitters, "SATISFIED", random);
                    client.post(path + "/closure", Map.of());
                }
                default -> throw new IllegalStateException(state);
            }
        }
        return submitted;
    }

    private static LocalDate between(LocalDate from, LocalDate to, Random random) {
        long days = to.toEpochDay() - from.toEpochDay();
        return days <= 0 ? from : from.plusDays(random.nextInt((int) days + 1));
    }

    private static void reply(DemoClient client, String path, String unit, String result) throws Exception {
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("unitId", unit);
        reply.put("result", result);
        reply.put("content", switch (result) {
            case "RESOLVED" -> "经研究，已安排专人落实，问题已解决。";
            case "BEING_RESOLVED" -> "已制定方案并开始实施，预计年内完成。";
            case "PLANNED" -> "已列入下一年度工作计划，届时统筹实施。";
            default -> "经研究，受条件限制目前暂不能解决，原因说明如下。";
        });
        if (result.equals("CANNOT_RESOLVE_NOW")) {
            reply.put("reasons", "受年度资金限制，拟在下一年度统筹安排。");
        }
        client.post(path + "/replies", reply);
    }

    /** Every submitter rates the reply: {@code rating}, or satisfied / basically satisfied at random when null. */
    private static void rate(DemoClient client, String path, List<String> submitters, String rating, Random random)
            throws Exception {
        for (String deputy : submitters) {
            client.post(path + "/ratings", Map.of("deputyId", deputy, "rating", rating != null ? rating
                    : random.nextInt(3) < 2 ? "SATISFIED" : "BASICALLY_SATISFIED"));
        }
    }

    private static String id(com.fasterxml.jackson.databind.JsonNode answer) {
        return answer.get("id").asText();
    }
}
