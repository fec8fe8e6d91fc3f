package cn.renda.reporting.suggestion;

import cn.renda.reporting.facts.Facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Two suggestion figures of the dashboard as pure functions of a county's facts (live, or folded up to an instant):
 * overdue suggestions per lead handling unit, and the satisfaction trend per quarter. No I/O, no clock.
 * <p><b>Overdue</b> is supervision-service's rule (the deadline sweep, {@code DeadlineSweep} and
 * {@code Suggestion.handle(MarkSuggestionOverdueCommand)}): a suggestion awaiting its unit's reply (assigned or
 * being handled again, the current round not yet replied, not closed) whose current deadline lies before the day
 * (China time) it is judged on. Judged on the facts as recorded by the instant asked for, so the answer does not
 * depend on when the sweep last ran.
 */
public final class SuggestionFigures {

    /** The interval of the trend's points: the seed's presidium reports on suggestions once a quarter. */
    public static final String QUARTER = "QUARTER";

    private static final List<String> RATINGS = List.of("SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED");

    private SuggestionFigures() {
    }

    /** supervision-service's overdue rule, judged on {@code day} over a suggestion's state as then recorded. */
    public static boolean overdueOn(Facts.Suggestion s, LocalDate day) {
        return awaitingReply(s) && day.isAfter(s.deadline());
    }

    /** Assigned (or handled again), current round not replied, not closed: what supervision calls awaiting reply. */
    static boolean awaitingReply(Facts.Suggestion s) {
        if (s.assignedOn() == null || s.deadline() == null || s.closedOn() != null) {
            return false;
        }
        int round = 1 + s.reHandlings();
        return s.replies().stream().noneMatch(r -> r.round() >= round);
    }

    public static OverdueByUnit overdueByUnit(Facts facts, String county, String township, LocalDate reference,
                                              Instant asOf, boolean chinese) {
        Facts scoped = township == null ? facts : facts.inTownship(township);
        Map<String, Facts.HandlingUnit> units = new TreeMap<>();
        facts.handlingUnits().forEach(u -> units.put(u.id(), u));
        Map<String, List<Facts.Suggestion>> byUnit = new TreeMap<>();
        for (Facts.Suggestion s : scoped.suggestions()) {
            if (overdueOn(s, reference)) {
                byUnit.computeIfAbsent(s.leadUnitId() == null ? "" : s.leadUnitId(), k -> new ArrayList<>()).add(s);
            }
        }
        List<OverdueByUnit.Unit> rows = new ArrayList<>();
        byUnit.forEach((id, list) -> {
            Facts.HandlingUnit u = units.get(id);
            rows.add(new OverdueByUnit.Unit(id, u == null ? null : u.name(), u == null ? null : u.township(),
                    list.size(), list.stream().filter(Facts.Suggestion::flagged).count(),
                    list.stream().mapToLong(s -> ChronoUnit.DAYS.between(s.deadline(), reference)).max().orElse(0),
                    list.stream().map(Facts.Suggestion::id).sorted().toList()));
        });
        rows.sort(Comparator.comparingLong(OverdueByUnit.Unit::overdue).reversed()
                .thenComparing(OverdueByUnit.Unit::unitId));
        long total = rows.stream().mapToLong(OverdueByUnit.Unit::overdue).sum();
        return new OverdueByUnit(county, township, townshipName(facts, township), asOf, reference, total,
                Labels.overdue(chinese), rows);
    }

    public static SatisfactionTrend satisfactionTrend(Facts facts, String county, String township, LocalDate from,
                                                      LocalDate to, LocalDate reference, Instant asOf,
                                                      boolean chinese) {
        Facts scoped = township == null ? facts : facts.inTownship(township);
        List<LocalDate[]> quarters = quarters(from, to);
        List<Map<String, Long>> counts = new ArrayList<>();
        quarters.forEach(q -> counts.add(new LinkedHashMap<>()));
        for (Facts.Suggestion s : scoped.suggestions()) {
            if (s.submittedOn() == null || s.submittedOn().isBefore(from) || s.submittedOn().isAfter(to)) {
                continue;
            }
            // the dashboard's rating of a suggestion: its latest rating recorded by the reference day
            Facts.SuggestionRating latest = null;
            for (Facts.SuggestionRating r : s.ratings()) {
                if (r.ratedOn() != null && !r.ratedOn().isAfter(reference)) {
                    latest = r;
                }
            }
            if (latest == null) {
                continue;
            }
            counts.get(index(quarters, latest.ratedOn())).merge(latest.rating() == null ? "UNKNOWN" : latest.rating(),
                    1L, Long::sum);
        }
        List<SatisfactionTrend.Point> points = new ArrayList<>();
        long rated = 0;
        long satisfied = 0;
        for (int i = 0; i < quarters.size(); i++) {
            LocalDate[] q = quarters.get(i);
            Map<String, Long> byRating = new LinkedHashMap<>();
            RATINGS.forEach(r -> byRating.put(r, 0L));
            byRating.putAll(counts.get(i));
            long n = byRating.values().stream().mapToLong(Long::longValue).sum();
            long ok = byRating.get("SATISFIED") + byRating.get("BASICALLY_SATISFIED");
            int year = q[0].getYear();
            int quarter = q[0].get(IsoFields.QUARTER_OF_YEAR);
            points.add(new SatisfactionTrend.Point(year + "-Q" + quarter,
                    chinese ? year + "年第" + quarter + "季度" : year + " Q" + quarter, q[0], q[1], n, ok,
                    byRating.get("DISSATISFIED"), percent(ok, n), byRating));
            rated += n;
            satisfied += ok;
        }
        return new SatisfactionTrend(county, township, townshipName(facts, township), from, to, asOf, reference,
                QUARTER, rated, satisfied, percent(satisfied, rated), Labels.trend(chinese), points);
    }

    /** The calendar quarters that meet {@code [from, to]}, each clipped to it. */
    static List<LocalDate[]> quarters(LocalDate from, LocalDate to) {
        List<LocalDate[]> out = new ArrayList<>();
        LocalDate start = from.withDayOfMonth(1).withMonth(((from.getMonthValue() - 1) / 3) * 3 + 1);
        while (!start.isAfter(to)) {
            LocalDate end = start.plusMonths(3).minusDays(1);
            out.add(new LocalDate[]{start.isBefore(from) ? from : start, end.isAfter(to) ? to : end});
            start = start.plusMonths(3);
        }
        return out;
    }

    /** The quarter a day falls in; a rating dated before {@code from} (before its submission) counts in the first. */
    private static int index(List<LocalDate[]> quarters, LocalDate day) {
        for (int i = 0; i < quarters.size(); i++) {
            if (!day.isAfter(quarters.get(i)[1])) {
                return i;
            }
        }
        return quarters.size() - 1;
    }

    private static String townshipName(Facts facts, String township) {
        return township == null ? null : facts.townships().stream().filter(t -> township.equals(t.code()))
                .map(Facts.Township::name).findFirst().orElse(null);
    }

    static Double percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(100.0 * part / whole).setScale(1, RoundingMode.HALF_UP)
                .doubleValue();
    }

    /** The labels of both answers' fields, Chinese first, English second. */
    static final class Labels {

        private Labels() {
        }

        static Map<String, String> overdue(boolean chinese) {
            return of(chinese, "title", "逾期未办复建议（按承办单位）", "overdue suggestions by handling unit",
                    "total", "逾期未办复建议合计", "overdue suggestions in all",
                    "unitId", "承办单位代码", "handling unit id",
                    "name", "承办单位", "handling unit",
                    "unitTownship", "承办单位所属乡镇", "handling unit's township",
                    "overdue", "逾期未办复件数", "overdue suggestions",
                    "flagged", "其中重点督办", "of which flagged",
                    "maxDaysOverdue", "最长逾期天数", "longest overdue (days)",
                    "suggestionIds", "建议编号", "suggestions",
                    "referenceDate", "参照日期", "reference date");
        }

        static Map<String, String> trend(boolean chinese) {
            return of(chinese, "title", "建议办理满意度趋势（按季度）", "satisfaction with replies by quarter",
                    "rated", "已测评建议", "suggestions rated",
                    "satisfied", "满意和基本满意的建议", "suggestions rated satisfied or basically satisfied",
                    "dissatisfied", "不满意的建议", "suggestions rated dissatisfied",
                    "rate", "满意率（%）", "satisfaction rate (%)",
                    "SATISFIED", "满意", "satisfied",
                    "BASICALLY_SATISFIED", "基本满意", "basically satisfied",
                    "DISSATISFIED", "不满意", "dissatisfied",
                    "period", "季度", "quarter",
                    "referenceDate", "参照日期", "reference date");
        }

        private static Map<String, String> of(boolean chinese, String... triples) {
            Map<String, String> out = new LinkedHashMap<>();
            for (int i = 0; i < triples.length; i += 3) {
                out.put(triples[i], chinese ? triples[i + 1] : triples[i + 2]);
            }
            return out;
        }
    }
}
