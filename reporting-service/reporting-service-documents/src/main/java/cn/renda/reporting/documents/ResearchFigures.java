package cn.renda.reporting.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The figures of one county and period that {@link ResearchReportComposer} writes up: plain numbers the reporting
 * read models already hold, grouped by subject. Counts are exact (no "320余"); a rate is a fraction between 0 and 1.
 *
 * @param countyCode     e.g. {@code 410327}
 * @param countyName     e.g. {@code 宜阳县}
 * @param periodFrom     first day of the period, inclusive
 * @param periodTo       last day of the period, inclusive
 * @param townships      townships in the county
 * @param presidium      chairs and vice chairs of the township congresses
 * @param deputies       serving township deputies and their composition
 * @param sessions       township congress sessions held in the period and their total length
 * @param inspections    inspections by deputies (视察) in the period
 * @param suggestions    deputies' suggestions and how they were handled
 * @param trainings      trainings of deputies in the period
 * @param receptionDays  voter reception days (选民接待日) held
 * @param groupActivities deputy group activities (代表小组活动) held
 * @param petitions      letters and visits (来信来访) received
 * @param townshipRows   one row per township for the table, in display order
 * @param alerts         alert texts raised by the reporting rules, shown as they are
 */
public record ResearchFigures(String countyCode, String countyName, LocalDate periodFrom, LocalDate periodTo,
                              int townships, Presidium presidium, Deputies deputies, Sessions sessions,
                              Activity inspections, Suggestions suggestions, Trainings trainings, int receptionDays,
                              int groupActivities, int petitions, List<TownshipRow> townshipRows,
                              List<String> alerts) {

    public ResearchFigures {
        Objects.requireNonNull(countyCode, "countyCode");
        Objects.requireNonNull(countyName, "countyName");
        Objects.requireNonNull(periodFrom, "periodFrom");
        Objects.requireNonNull(periodTo, "periodTo");
        Objects.requireNonNull(presidium, "presidium");
        Objects.requireNonNull(deputies, "deputies");
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(inspections, "inspections");
        Objects.requireNonNull(suggestions, "suggestions");
        Objects.requireNonNull(trainings, "trainings");
        if (periodTo.isBefore(periodFrom)) throw new IllegalArgumentException("period ends before it starts");
        nonNegative("townships", townships);
        nonNegative("receptionDays", receptionDays);
        nonNegative("groupActivities", groupActivities);
        nonNegative("petitions", petitions);
        townshipRows = townshipRows == null ? List.of() : List.copyOf(townshipRows);
        alerts = alerts == null ? List.of() : List.copyOf(alerts);
    }

    /**
     * 主席团配备.
     *
     * @param chairs                           人大主席
     * @param chairsConcurrentlyPartySecretary 人大主席中由乡镇党委书记兼任的
     * @param viceChairs                       人大副主席
     * @param fullTimeViceChairs               专职副主席
     * @param partTimeViceChairs               兼职副主席
     */
    public record Presidium(int chairs, int chairsConcurrentlyPartySecretary, int viceChairs, int fullTimeViceChairs,
                            int partTimeViceChairs) {
        public Presidium {
            nonNegative("chairs", chairs);
            nonNegative("chairsConcurrentlyPartySecretary", chairsConcurrentlyPartySecretary);
            nonNegative("viceChairs", viceChairs);
            nonNegative("fullTimeViceChairs", fullTimeViceChairs);
            nonNegative("partTimeViceChairs", partTimeViceChairs);
            if (chairsConcurrentlyPartySecretary > chairs) {
                throw new IllegalArgumentException("more chairs concurrently party secretary than chairs");
            }
        }
    }

    /**
     * 代表人数与构成: serving deputies and how many of them fall in each group the county watches.
     *
     * @param total             serving deputies
     * @param cadres            干部代表
     * @param workersAndFarmers 工人、农民代表
     * @param professionals     专业技术人员代表
     * @param women             妇女代表
     * @param reElected         连任代表
     */
    public record Deputies(int total, int cadres, int workersAndFarmers, int professionals, int women,
                           int reElected) {
        public Deputies {
            nonNegative("total", total);
            for (int part : new int[] {cadres, workersAndFarmers, professionals, women, reElected}) {
                nonNegative("composition", part);
                if (part > total) throw new IllegalArgumentException("a composition group exceeds the deputies");
            }
        }
    }

    /** 人代会: sessions held and their total length in days. */
    public record Sessions(int count, int days) {
        public Sessions {
            nonNegative("sessions", count);
            nonNegative("sessionDays", days);
        }
    }

    /** An activity counted both as occurrences and as deputy person-times (次 / 人次). */
    public record Activity(int count, int personTimes) {
        public Activity {
            nonNegative("count", count);
            nonNegative("personTimes", personTimes);
        }
    }

    /**
     * 代表建议: received, answered (of which on time), overdue (past the deadline and not answered), and the share of
     * rated answers the deputies were satisfied or basically satisfied with ({@code null} when none was rated yet).
     */
    public record Suggestions(int received, int answered, int answeredOnTime, int overdue, Double satisfactionRate) {
        public Suggestions {
            nonNegative("received", received);
            nonNegative("answered", answered);
            nonNegative("answeredOnTime", answeredOnTime);
            nonNegative("overdue", overdue);
            if (answeredOnTime > answered) throw new IllegalArgumentException("more answered on time than answered");
            if (satisfactionRate != null && !(satisfactionRate >= 0 && satisfactionRate <= 1)) {
                throw new IllegalArgumentException("satisfactionRate must be between 0 and 1");
            }
        }
    }

    /** 代表培训: trainings, person-times and the topics covered (e.g. 《代表法》), in the order to name them. */
    public record Trainings(int count, int personTimes, List<String> topics) {
        public Trainings {
            nonNegative("trainings", count);
            nonNegative("trainingPersonTimes", personTimes);
            topics = topics == null ? List.of() : List.copyOf(topics);
        }
    }

    /** One township's line in the report's table. */
    public record TownshipRow(String code, String name, int deputies, int fullTimeViceChairs, int inspections,
                              int inspectionPersonTimes, int suggestions, int overdueSuggestions, int trainings,
                              int receptionDays) {
        public TownshipRow {
            Objects.requireNonNull(name, "name");
            for (int n : new int[] {deputies, fullTimeViceChairs, inspections, inspectionPersonTimes, suggestions,
                    overdueSuggestions, trainings, receptionDays}) {
                nonNegative("township figure", n);
            }
        }
    }

    private static void nonNegative(String name, int value) {
        if (value < 0) throw new IllegalArgumentException(name + " must not be negative: " + value);
    }
}
