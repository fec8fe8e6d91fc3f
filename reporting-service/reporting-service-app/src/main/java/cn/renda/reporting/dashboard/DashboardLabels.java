package cn.renda.reporting.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;

/** The label of every dashboard number and part, Chinese first, English second. */
public final class DashboardLabels {

    private static final Map<String, String[]> LABELS = new LinkedHashMap<>();

    static {
        put("townships", "乡镇数", "townships");
        put("deputies", "在任代表数", "serving deputies");
        put("chairs", "人大主席", "presidium chairs");
        put("viceChairs", "人大副主席", "presidium vice chairs");
        put("fullTimeViceChairs", "专职副主席", "full-time vice chairs");
        put("partTimeViceChairs", "兼职副主席", "part-time vice chairs");
        put("chairsConcurrentPartySecretary", "由党委书记兼任的人大主席", "chairs who are also party secretary");
        put("viceChairsWithGovernmentDuties", "分管政府工作的副主席", "vice chairs with government duties");
        put("sessionsHeld", "召开会议次数", "sessions held");
        put("congressSessions", "人民代表大会会议次数", "congress sessions");
        put("presidiumMeetings", "主席团会议次数", "presidium meetings");
        put("sessionDays", "会期合计（天）", "session days");
        put("sessionAttendanceRate", "代表出席率（%）", "attendance rate (%)");
        put("sessionsWithDocuments", "会前分发文件的会议数", "sessions with documents distributed beforehand");
        put("documentsAverageDaysBefore", "会前分发文件平均提前天数", "average days documents were distributed before");
        put("inspections", "代表视察次数", "inspections");
        put("inspectionPersonTimes", "视察参加人次", "inspection person-times");
        put("inspectionFollowUps", "视察交办事项", "inspection follow-ups");
        put("inspectionFollowUpsCompleted", "已办结视察交办事项", "inspection follow-ups completed");
        put("suggestions", "代表建议数", "suggestions");
        put("suggestionsDuringSession", "会议期间提出的建议", "suggestions made during a session");
        put("suggestionsAssigned", "已交办建议", "suggestions assigned");
        put("suggestionsAnswered", "已答复建议", "suggestions answered");
        put("suggestionsAnsweredOnTime", "按期答复建议", "suggestions answered on time");
        put("suggestionsOverdue", "超期未答复建议", "suggestions overdue");
        put("suggestionsRated", "已测评建议", "suggestions rated");
        put("suggestionsSatisfied", "满意和基本满意的建议", "suggestions rated satisfied or basically satisfied");
        put("suggestionSatisfactionRate", "建议办理满意率（%）", "satisfaction rate (%)");
        put("suggestionsReopened", "重新办理的建议", "suggestions handled again");
        put("suggestionsCarriedOver", "结转下年办理的建议", "suggestions carried over");
        put("suggestionsFlagged", "重点督办建议", "flagged suggestions");
        put("enforcementInspections", "执法检查次数", "enforcement inspections");
        put("rectificationItems", "整改事项", "rectification items");
        put("rectificationItemsCompleted", "已完成整改事项", "rectification items completed");
        put("workReports", "听取专项工作报告", "work reports heard");
        put("workReportsDeliberated", "已审议工作报告", "work reports deliberated");
        put("petitions", "收到信访件", "petitions received");
        put("petitionsHandledInTime", "按期办结信访件", "petitions handled in time");
        put("petitionsOverdue", "超期信访件", "petitions overdue");
        put("receptionDays", "代表接待日次数", "reception days");
        put("receptionVisitors", "接待群众人次", "visitors received");
        put("homeVisits", "代表走访次数", "home visits");
        put("homeVisitHouseholds", "走访户数", "households visited");
        put("voterReports", "代表向选民述职次数", "reports to voters");
        put("groupActivitiesPlanned", "计划的代表小组活动", "group activities planned");
        put("groupActivitiesHeld", "开展的代表小组活动", "group activities held");
        put("groupActivityAttendance", "小组活动参加人次", "group activity attendance");
        put("trainings", "举办培训次数", "trainings held");
        put("trainingPersonTimes", "培训人次", "training person-times");
        put("trainingHours", "培训学时", "training hours");
        put("deputiesTrained", "参训代表人数", "deputies trained");
        put("trainingCoverageRate", "代表培训覆盖率（%）", "training coverage (%)");
        put("trainingTopicsCovered", "培训涉及专题数", "training topics covered");
        put("composition", "代表结构", "composition of the deputies");
        put("byGender", "按性别", "by gender");
        put("byOccupation", "按职业", "by occupation");
        put("byEducation", "按文化程度", "by education");
        put("byParty", "按政治面貌", "by party membership");
        put("byEthnicity", "按民族", "by ethnicity");
        put("byAgeBand", "按年龄段", "by age band");
        put("reElected", "连任代表", "re-elected deputies");
        put("newlyElected", "新当选代表", "newly elected deputies");
        put("cadreShare", "干部代表比例（%）", "cadre share (%)");
        put("womenShare", "妇女代表比例（%）", "women's share (%)");
        put("suggestionsByResult", "建议办理结果", "suggestions by result");
        put("trainingTopics", "培训专题", "training topics");
        put("perTownship", "各乡镇", "per township");
        put("UNDER_35", "35岁以下", "under 35");
        put("35_44", "35至44岁", "35 to 44");
        put("45_54", "45至54岁", "45 to 54");
        put("55_64", "55至64岁", "55 to 64");
        put("65_AND_OVER", "65岁及以上", "65 and over");
        put("UNKNOWN", "未登记", "not recorded");
    }

    private DashboardLabels() {
    }

    private static void put(String name, String zh, String en) {
        LABELS.put(name, new String[]{zh, en});
    }

    /** Every label, in the language asked for. */
    public static Map<String, String> all(boolean chinese) {
        Map<String, String> out = new LinkedHashMap<>();
        LABELS.forEach((k, v) -> out.put(k, chinese ? v[0] : v[1]));
        return out;
    }

    public static boolean has(String name) {
        return LABELS.containsKey(name);
    }
}
