package cn.renda.devstack.demo;

import cn.renda.devstack.DemoFigures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * training-service's part of the demo: the first report's 21 trainings of 2024 with 900+ person-times. Each course
 * enrols about fifty deputies (all of them in a county that has fewer), records one attendance sheet with a few
 * late, absent and on leave, and for the courses with an assessment scores and completes some attendees, so
 * certificates exist to verify.
 */
public final class TrainingDemo {

    /** title, legal topic, date, hours, format */
    private static final String[][] COURSES = {
            {"代表法专题培训", "DEPUTIES_LAW", "2024-03-12", "4", "LECTURE"},
            {"新任代表履职基础培训", "DEPUTIES_LAW", "2024-03-26", "6", "LECTURE"},
            {"监督法与乡镇人大监督实务", "SUPERVISION_LAW", "2024-04-09", "4", "LECTURE"},
            {"如何审议政府工作报告", "GOVERNMENT_WORK_REPORT", "2024-04-18", "3", "LECTURE"},
            {"选举法与乡镇人大换届选举", "ELECTION_LAW", "2024-04-25", "4", "LECTURE"},
            {"地方组织法修改要点解读", "ORGANIC_LAW", "2024-05-08", "4", "LECTURE"},
            {"乡镇预算审查监督入门", "BUDGET_REVIEW", "2024-05-16", "4", "LECTURE"},
            {"闭会期间代表活动怎么开展", "BETWEEN_SESSIONS", "2024-05-28", "3", "ON_SITE"},
            {"代表建议的提出与办理", "CORE_KNOWLEDGE", "2024-06-06", "3", "LECTURE"},
            {"代表之家（联络站）现场教学", "BETWEEN_SESSIONS", "2024-06-20", "4", "ON_SITE"},
            {"代表视察与专题调研方法", "SUPERVISION_LAW", "2024-07-04", "4", "ON_SITE"},
            {"乡镇人大主席团工作规范", "ORGANIC_LAW", "2024-07-18", "4", "LECTURE"},
            {"决算与预算执行情况审查", "BUDGET_REVIEW", "2024-08-08", "4", "ONLINE"},
            {"代表联系选民与述职评议", "DEPUTIES_LAW", "2024-08-22", "3", "ONLINE"},
            {"执法检查的组织与实施", "SUPERVISION_LAW", "2024-09-05", "4", "LECTURE"},
            {"专项工作报告的审议与满意度测评", "GOVERNMENT_WORK_REPORT", "2024-09-19", "3", "LECTURE"},
            {"人大代表应知应会知识测试", "CORE_KNOWLEDGE", "2024-10-10", "2", "ONLINE"},
            {"乡镇人代会会务与议程", "ORGANIC_LAW", "2024-10-24", "3", "LECTURE"},
            {"代表履职档案与履职评价", "DEPUTIES_LAW", "2024-11-07", "3", "LECTURE"},
            {"政府投资项目监督实务", "BUDGET_REVIEW", "2024-11-21", "4", "ON_SITE"},
            {"年度履职总结与闭会期间工作安排", "BETWEEN_SESSIONS", "2024-12-12", "3", "LECTURE"}};

    private TrainingDemo() {
    }

    /** The first report's county's trainings: 21 in 2024 with exactly 945 person-times. */
    public static int load(DemoClient client, DemoCounty county, Random random) throws Exception {
        return load(client, county, CountyProfile.YIYANG, random);
    }

    /** Returns the number of trainings planned: the profile's figure, with exactly its person-times. */
    public static int load(DemoClient client, DemoCounty county, CountyProfile profile, Random random) throws Exception {
        DemoFigures.County figures = profile.figures();
        List<String> deputies = county.allDeputies();
        List<String> townships = new ArrayList<>(county.townships.keySet());
        int trainings = figures.trainings();
        int[] attending = DeputiesDemo.split(figures.trainingPersonTimes(), trainings, random);
        int personTimes = 0;
        for (int i = 0; i < trainings; i++) {
            int courseIndex = i * COURSES.length / trainings;
            String[] c = COURSES[courseIndex];
            boolean assessed = courseIndex % 4 == 0;
            boolean township = courseIndex % 5 == 4 && !townships.isEmpty();
            int away = random.nextInt(5);
            int enrol = attending[i] + away;
            if (enrol > deputies.size()) {
                throw new IllegalStateException(county.county + " has " + deputies.size() + " deputies, a course needs "
                        + enrol);
            }
            Map<String, Object> course = new LinkedHashMap<>();
            course.put("title", c[0]);
            course.put("topic", c[1]);
            course.put("date", LocalDate.parse(c[2]).withYear(figures.trainingYear()).toString());
            course.put("hours", Integer.parseInt(c[3]));
            course.put("organiser", township ? "TOWNSHIP" : "COUNTY");
            if (township) {
                course.put("organiserTownshipCode", townships.get(random.nextInt(townships.size())));
            }
            course.put("audience", courseIndex % 7 == 6 ? "GROUP_LEADERS" : "DEPUTIES");
            course.put("format", c[4]);
            course.put("place", "ONLINE".equals(c[4]) ? "网络培训平台" : township ? "乡镇代表之家" : "县人大常委会机关会议室");
            course.put("capacity", Math.max(60, enrol));
            if (assessed) {
                course.put("passingScore", 60);
            }
            String id = client.post(county.base() + "/trainings", course).get("id").asText();
            String base = county.base() + "/trainings/" + id;

            List<String> chosen = new ArrayList<>(deputies);
            Collections.shuffle(chosen, random);
            chosen = chosen.subList(0, enrol);
            client.postWhenReplicated(base + "/enrolments", Map.of("deputyIds", chosen));

            // the first ones excused or absent; everyone else present or late: exactly attending[i] person-times
            List<Map<String, String>> sheet = new ArrayList<>();
            List<String> attendees = new ArrayList<>();
            for (int k = 0; k < chosen.size(); k++) {
                String status = k < away ? (k % 2 == 0 ? "EXCUSED" : "ABSENT")
                        : random.nextInt(12) == 0 ? "LATE" : "PRESENT";
                sheet.add(Map.of("deputyId", chosen.get(k), "status", status));
                if (k >= away) {
                    attendees.add(chosen.get(k));
                }
            }
            client.post(base + "/attendance-sheet", Map.of("entries", sheet));
            personTimes += attendees.size();

            if (assessed) {
                for (String deputy : attendees.subList(0, Math.min(8, attendees.size()))) {
                    int score = 55 + random.nextInt(46);
                    client.post(base + "/assessments", Map.of("deputyId", deputy, "score", score));
                    if (score >= 60) {
                        client.post(base + "/completions", Map.of("deputyId", deputy));
                    }
                }
            }
        }
        if (personTimes != figures.trainingPersonTimes()) {
            throw new IllegalStateException("training person-times " + personTimes);
        }
        System.out.println("training demo " + county.county + ": " + trainings + " trainings, " + personTimes
                + " person-times");
        return trainings;
    }
}
