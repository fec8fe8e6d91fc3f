package cn.renda.devstack;

import java.time.LocalDate;
import java.util.List;

/**
 * The exact figures the demo loader creates in each county, for tests to compare the dashboards with. The loader
 * builds its data from these numbers (it does not count what it happened to create), so they hold for every run:
 * the random choices (names, dates within a range, who attends) change nothing here.
 * <p>
 * County 410327 is the first research report's county: 16 townships, 16 chairs all concurrently party secretaries,
 * 16 vice chairs of whom 11 full-time, 1,062 deputies, 27 inspections with 336 person-times from 2024-01-01 to
 * 2024-06-30, 395 suggestions submitted this term (from 2024-01-01, all before the day of loading), 21 trainings
 * held in 2024 with 945 person-times.
 */
public final class DemoFigures {

    /** What one county holds after the demo loaded. */
    public record County(String code, String name, int townships, int deputies, int chairs, int chairsPartySecretaries,
                         int viceChairs, int fullTimeViceChairs, LocalDate inspectionsFrom, LocalDate inspectionsTo,
                         int inspections, int inspectionPersonTimes, LocalDate suggestionsFrom, int suggestions,
                         int trainingYear, int trainings, int trainingPersonTimes) {

        /** The period of the trainings: the whole training year. */
        public LocalDate trainingsFrom() {
            return LocalDate.of(trainingYear, 1, 1);
        }

        public LocalDate trainingsTo() {
            return LocalDate.of(trainingYear, 12, 31);
        }
    }

    /** The term began with the elections of early 2024: suggestions "this term" are those from this day on. */
    public static final LocalDate TERM_FROM = LocalDate.of(2024, 1, 1);
    /** The first half of 2024, the period of the first report's inspections. */
    public static final LocalDate FIRST_HALF_FROM = LocalDate.of(2024, 1, 1);
    public static final LocalDate FIRST_HALF_TO = LocalDate.of(2024, 6, 30);

    /** 宜阳县: the first report's county, with the report's own figures. */
    public static final County YIYANG = new County("410327", "宜阳县", 16, 1062, 16, 16, 16, 11,
            FIRST_HALF_FROM, FIRST_HALF_TO, 27, 336, TERM_FROM, 395, 2024, 21, 945);
    /** 府谷县: the second report's county; a high share of cadres among the deputies, few trainings. */
    public static final County FUGU = new County("610822", "府谷县", 12, 540, 12, 12, 12, 7,
            FIRST_HALF_FROM, FIRST_HALF_TO, 14, 152, TERM_FROM, 180, 2024, 8, 296);
    /** 孟津县: a well-run county: every vice chair full-time, two-day sessions, replies on time. */
    public static final County MENGJIN = new County("410322", "孟津县", 10, 430, 10, 10, 10, 10,
            FIRST_HALF_FROM, FIRST_HALF_TO, 20, 238, TERM_FROM, 160, 2024, 14, 560);
    /** 新安县: most townships without a full-time vice chair, group activities rarely held, few presidium meetings. */
    public static final County XINAN = new County("410323", "新安县", 9, 360, 9, 9, 9, 3,
            FIRST_HALF_FROM, FIRST_HALF_TO, 8, 72, TERM_FROM, 120, 2024, 10, 322);
    /** 横山县: many overdue suggestions, reports handed out only at the session, hardly any reception days. */
    public static final County HENGSHAN = new County("610823", "横山县", 8, 300, 8, 8, 8, 5,
            FIRST_HALF_FROM, FIRST_HALF_TO, 6, 48, TERM_FROM, 140, 2024, 4, 130);

    /** The five demo counties, in loading order (the gateway's dev login knows exactly these). */
    public static final List<County> ALL = List.of(YIYANG, FUGU, MENGJIN, XINAN, HENGSHAN);

    // The first report's figures by name, for tests that read like the report.
    public static final String COUNTY = YIYANG.code();
    public static final int TOWNSHIPS = YIYANG.townships();
    public static final int CHAIRS = YIYANG.chairs();
    public static final int CHAIRS_PARTY_SECRETARIES = YIYANG.chairsPartySecretaries();
    public static final int VICE_CHAIRS = YIYANG.viceChairs();
    public static final int FULL_TIME_VICE_CHAIRS = YIYANG.fullTimeViceChairs();
    public static final int DEPUTIES = YIYANG.deputies();
    public static final int INSPECTIONS = YIYANG.inspections();
    public static final int INSPECTION_PERSON_TIMES = YIYANG.inspectionPersonTimes();
    public static final int SUGGESTIONS = YIYANG.suggestions();
    public static final int TRAININGS = YIYANG.trainings();
    public static final int TRAINING_PERSON_TIMES = YIYANG.trainingPersonTimes();

    private DemoFigures() {
    }

    public static County of(String code) {
        return ALL.stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo county " + code));
    }
}
