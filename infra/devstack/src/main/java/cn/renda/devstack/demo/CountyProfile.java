package cn.renda.devstack.demo;

import cn.renda.devstack.DemoFigures;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * How one demo county is built: its exact figures ({@link DemoFigures.County}), its townships, and the knobs that
 * make counties differ in quality, so cross-county comparison and alerts have something to show.
 *
 * @param figures              the exact figures the loader must produce
 * @param townships            township code and name, in registration order
 * @param cadrePercent         share of cadres among the ordinary deputies (the chair and vice chair are cadres too)
 * @param lowEducation         most deputies with primary or junior secondary schooling (the second report's worry)
 * @param sessionDays          length of each session in days (the first report: "usually one day")
 * @param sessionYears         a regular session per township in each of these years
 * @param documentsAtMeetingEvery every n-th township hands the reports out only at the session (0: none, 1: all)
 * @param presidiumMeetingsPerYear presidium meetings per township per year in 2024 and 2025 (4: quarterly)
 * @param receptionSkipPercent chance that a township skips a month's reception day
 * @param receptionThisMonth   whether townships hold this month's reception day (false raises the alert everywhere)
 * @param activitiesHeldPercent chance that a planned group activity is held
 * @param suggestionStates     percentages of the suggestion states, see {@link SupervisionDemo#STATES}
 * @param receptionsUntil      the last month with reception days (null: this month); they start in January 2024
 * @param activityGroups       how many groups of each township plan activities (the first ones)
 */
public record CountyProfile(DemoFigures.County figures, List<String[]> townships, int cadrePercent,
                            boolean lowEducation, int sessionDays, List<Integer> sessionYears,
                            int documentsAtMeetingEvery, int presidiumMeetingsPerYear, int receptionSkipPercent,
                            boolean receptionThisMonth, int activitiesHeldPercent, int[] suggestionStates,
                            YearMonth receptionsUntil, int activityGroups) {

    public CountyProfile {
        if (townships.size() != figures.townships()) {
            throw new IllegalArgumentException(figures.code() + ": " + townships.size() + " townships, figures say "
                    + figures.townships());
        }
        int sum = 0;
        for (int s : suggestionStates) {
            sum += s;
        }
        if (suggestionStates.length != SupervisionDemo.STATES.size() || sum != 100) {
            throw new IllegalArgumentException(figures.code() + ": suggestion states must be "
                    + SupervisionDemo.STATES.size() + " percentages summing to 100");
        }
    }

    public String county() {
        return figures.code();
    }

    /** The same county with other townships (tests that build a county of their own). */
    public CountyProfile withTownships(List<String[]> other) {
        DemoFigures.County f = figures;
        DemoFigures.County renamed = new DemoFigures.County(other.get(0)[0].substring(0, 6), f.name(), other.size(),
                f.deputies(), other.size(), other.size(), other.size(), Math.min(f.fullTimeViceChairs(), other.size()),
                f.inspectionsFrom(), f.inspectionsTo(), f.inspections(), f.inspectionPersonTimes(), f.suggestionsFrom(),
                f.suggestions(), f.trainingYear(), f.trainings(), f.trainingPersonTimes());
        return new CountyProfile(renamed, other, cadrePercent, lowEducation, sessionDays, sessionYears,
                documentsAtMeetingEvery, presidiumMeetingsPerYear, receptionSkipPercent, receptionThisMonth,
                activitiesHeldPercent, suggestionStates, receptionsUntil, activityGroups);
    }

    /**
     * The same county with less history, for tests of one service: sessions in these years only, no presidium
     * meetings, reception days only until {@code receptionsUntil}, activities in the first three groups only.
     */
    public CountyProfile withLessHistory(List<Integer> years, YearMonth receptionsUntil) {
        return new CountyProfile(figures, townships, cadrePercent, lowEducation, sessionDays, years,
                documentsAtMeetingEvery, 0, receptionSkipPercent, receptionThisMonth, activitiesHeldPercent,
                suggestionStates, receptionsUntil, 3);
    }

    private static List<String[]> townships(String county, String... names) {
        List<String[]> list = new ArrayList<>();
        int town = 100;
        int xiang = 200;
        for (String name : names) {
            list.add(new String[]{county + (name.endsWith("乡") ? xiang++ : town++), name});
        }
        return List.copyOf(list);
    }

    private static final List<Integer> TERM_YEARS = List.of(2024, 2025, 2026);

    /** 宜阳县 (the first report): one-day sessions, reports handed out at the meeting in a quarter of the townships. */
    public static final CountyProfile YIYANG = new CountyProfile(DemoFigures.YIYANG,
            townships("410327", "城关镇", "丰李镇", "柳泉镇", "韩城镇", "白杨镇", "香鹿山镇", "锦屏镇", "三乡镇", "张坞镇",
                    "莲庄镇", "樊村镇", "高村镇", "赵保镇", "盐镇乡", "董王庄乡", "上观乡"),
            25, false, 1, TERM_YEARS, 4, 4, 10, true, 70,
            new int[]{4, 4, 6, 10, 12, 44, 5, 7, 8}, null, Integer.MAX_VALUE);
    /** 府谷县 (the second report): many cadre deputies with little schooling, reports at the meeting in half. */
    public static final CountyProfile FUGU = new CountyProfile(DemoFigures.FUGU,
            townships("610822", "府谷镇", "黄甫镇", "哈镇", "庙沟门镇", "新民镇", "孤山镇", "清水镇", "田家寨镇", "木瓜镇",
                    "三道沟镇", "老高川镇", "海则庙乡"),
            48, true, 1, TERM_YEARS, 2, 4, 15, true, 60,
            new int[]{5, 5, 10, 12, 12, 36, 7, 5, 8}, null, Integer.MAX_VALUE);
    /** 孟津县: well run. */
    public static final CountyProfile MENGJIN = new CountyProfile(DemoFigures.MENGJIN,
            townships("410322", "城关镇", "会盟镇", "平乐镇", "送庄镇", "白鹤镇", "朝阳镇", "麻屯镇", "小浪底镇", "横水镇",
                    "常袋镇"),
            16, false, 2, TERM_YEARS, 0, 4, 3, true, 92,
            new int[]{3, 4, 2, 8, 10, 60, 3, 7, 3}, null, Integer.MAX_VALUE);
    /** 新安县: few full-time vice chairs, activities a formality, presidium meetings twice a year. */
    public static final CountyProfile XINAN = new CountyProfile(DemoFigures.XINAN,
            townships("410323", "城关镇", "石寺镇", "五头镇", "磁涧镇", "铁门镇", "石井镇", "北冶镇", "正村镇", "仓头乡"),
            22, false, 1, TERM_YEARS, 3, 2, 25, true, 30,
            new int[]{6, 5, 8, 12, 12, 40, 6, 5, 6}, null, Integer.MAX_VALUE);
    /** 横山县: many overdue suggestions, reports always at the meeting, reception days rare and none this month. */
    public static final CountyProfile HENGSHAN = new CountyProfile(DemoFigures.HENGSHAN,
            townships("610823", "城关镇", "石湾镇", "高镇", "武镇", "党岔镇", "响水镇", "波罗镇", "殿市镇"),
            30, false, 1, TERM_YEARS, 1, 1, 45, false, 50,
            new int[]{6, 6, 30, 10, 8, 25, 6, 3, 6}, null, Integer.MAX_VALUE);

    /** The five demo counties in loading order. */
    public static final List<CountyProfile> ALL = List.of(YIYANG, FUGU, MENGJIN, XINAN, HENGSHAN);

    public static CountyProfile of(String county) {
        return ALL.stream().filter(p -> p.county().equals(county)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo county " + county));
    }
}
