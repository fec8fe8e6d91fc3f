package cn.renda.devstack.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

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

    /** Returns the number of suggestions submitted. */
    public static int load(DemoClient client, DemoCounty county, Random random) throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String base = county.base();

        // handling units: two per township, three at county level
        Map<String, List<String>> units = new LinkedHashMap<>();
        List<String> countyUnits = new ArrayList<>();
        for (String[] u : new String[][]{{"县交通运输局", "赵局长"}, {"县水利局", "钱局长"}, {"县教育局", "孙局长"}}) {
            countyUnits.add(id(client.post(base + "/handling-units", Map.of("name", u[0], "contactPerson", "办公室",
                    "contactPhone", "0379-6600" + (countyUnits.size() + 1) + "00", "responsibleLeader", u[1]))));
        }
        int phone = 100;
        for (Map.Entry<String, String> t : county.townships.entrySet()) {
            List<String> ids = new ArrayList<>();
            for (String office : new String[]{"党政办公室", "农业农村服务中心"}) {
                ids.add(id(client.post(base + "/handling-units", Map.of("townshipCode", t.getKey(),
                        "name", t.getValue() + office, "contactPerson", "联络员" + (phone % 10),
                        "contactPhone", "0379-66" + (phone++) + "01", "responsibleLeader", "分管副镇长"))));
            }
            units.put(t.getKey(), ids);
        }

        // suggestions: eight per township, one in each state
        int suggestions = 0;
        int townshipIndex = 0;
        for (Map.Entry<String, List<String>> t : county.deputiesByTownship.entrySet()) {
            List<String> deputies = t.getValue();
            List<String> local = units.get(t.getKey());
            for (int state = 0; state < 8; state++) {
                String[] text = SUGGESTIONS[(state + townshipIndex) % SUGGESTIONS.length];
                List<String> submitters = new ArrayList<>();
                submitters.add(deputies.get(random.nextInt(deputies.size())));
                if (state % 2 == 1 && deputies.size() > 1) {
                    String second = deputies.get(random.nextInt(deputies.size()));
                    if (!submitters.contains(second)) {
                        submitters.add(second);
                    }
                }
                // submitted some time ago: the state decides how long
                LocalDate submittedOn = switch (state) {
                    case 0 -> today;
                    case 1 -> today.minusMonths(3).plusDays(2);   // assigned then: due within days
                    case 2 -> today.minusDays(130);               // assigned then: overdue
                    case 7 -> LocalDate.of(today.getYear() - 1, 11, 20); // last year's, still open
                    default -> today.minusDays(40 + state);
                };
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("deputyIds", submitters);
                body.put("title", text[0]);
                body.put("content", text[1]);
                body.put("category", CATEGORIES[(state + townshipIndex) % CATEGORIES.length]);
                body.put("submittedOn", submittedOn.toString());
                String id = id(client.postWhenReplicated(base + "/suggestions", body));
                suggestions++;
                String path = base + "/suggestions/" + id;
                if (state == 0) {
                    continue;
                }
                String lead = state == 2 || state == 7 ? countyUnits.get(townshipIndex % countyUnits.size())
                        : local.get(state % 2);
                Map<String, Object> assignment = new LinkedHashMap<>();
                assignment.put("leadUnitId", lead);
                assignment.put("coUnitIds", state == 4 ? List.of(local.get(1 - state % 2)) : List.of());
                assignment.put("responsibleLeader", "分管副镇长");
                assignment.put("assignedOn", submittedOn.plusDays(1).isAfter(today) ? today.toString()
                        : submittedOn.plusDays(1).toString());
                client.post(path + "/assignment", assignment);
                if (state == 2 || (state == 5 && townshipIndex % 2 == 0)) {
                    client.post(path + "/flag", Map.of("reason", "群众反映集中，列为挂牌督办"));
                }
                if (state == 7) {
                    client.post(path + "/carry-over", Map.of("toYear", today.getYear()));
                    continue;
                }
                if (state <= 2) {
                    continue;
                }
                String result = state == 3 ? "PLANNED" : state == 5 ? "CANNOT_RESOLVE_NOW" : "RESOLVED";
                Map<String, Object> reply = new LinkedHashMap<>();
                reply.put("unitId", lead);
                reply.put("result", result);
                reply.put("content", "经研究，已安排专人落实，相关情况答复如下。");
                if (result.equals("CANNOT_RESOLVE_NOW")) {
                    reply.put("reasons", "受年度资金限制，拟在下一年度统筹安排。");
                }
                client.post(path + "/replies", reply);
                if (state == 3) {
                    continue;
                }
                boolean dissatisfied = state == 5 || state == 6;
                for (String deputy : submitters) {
                    client.post(path + "/ratings", Map.of("deputyId", deputy,
                            "rating", dissatisfied ? "DISSATISFIED" : (random.nextBoolean() ? "SATISFIED" : "BASICALLY_SATISFIED")));
                }
                if (dissatisfied) {
                    client.post(path + "/re-handling", Map.of("reason", "代表对答复不满意，要求明确解决时限"));
                    if (state == 5) {
                        continue;
                    }
                    client.post(path + "/replies", Map.of("unitId", lead, "result", "RESOLVED",
                            "content", "已重新研究并落实资金，问题已解决。"));
                    for (String deputy : submitters) {
                        client.post(path + "/ratings", Map.of("deputyId", deputy, "rating", "SATISFIED"));
                    }
                }
                client.post(path + "/closure", Map.of());
            }
            townshipIndex++;
        }

        // the first report's inspections: 27 in January to June 2024, 320+ person-times county-wide
        List<String> townships = new ArrayList<>(county.deputiesByTownship.keySet());
        int personTimes = 0;
        for (int i = 0; i < 27; i++) {
            String township = townships.get(i % townships.size());
            List<String> pool = new ArrayList<>(county.deputiesByTownship.get(township));
            java.util.Collections.shuffle(pool, random);
            int n = Math.min(pool.size(), 11 + i % 4);
            personTimes += n;
            LocalDate date = LocalDate.of(2024, 1, 8).plusDays(i * 6L + random.nextInt(4));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("townshipCode", township);
            body.put("topic", INSPECTION_TOPICS[i % INSPECTION_TOPICS.length]);
            body.put("date", date.toString());
            body.put("deputyIds", pool.subList(0, n));
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
        System.out.println("supervision demo: " + suggestions + " suggestions, 27 inspections with " + personTimes
                + " person-times, " + petitions + " petitions, " + (countyUnits.size() + 2 * townships.size())
                + " handling units, " + laws.length + " enforcement inspections, " + reports + " work reports");
        return suggestions;
    }

    private static String id(com.fasterxml.jackson.databind.JsonNode answer) {
        return answer.get("id").asText();
    }
}
