package cn.renda.reporting.alert;

import cn.renda.reporting.analysis.AlertRules;
import cn.renda.reporting.facts.Facts;
import cn.renda.reporting.performance.DormantDeputy;
import cn.renda.reporting.performance.PerformanceRecords;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Alerts as a pure function of a county's facts, the county's thresholds and a reference day (no I/O, no clock).
 * One alert per rule and township, naming every record concerned. A suggestion counts as answered once a reply was
 * recorded by the reference day; closed suggestions never raise an alert.
 */
public final class AlertCalculator {

    private static final Map<String, String> FIGURE_LABELS = Map.ofEntries(Map.entry("suggestions", "件数"),
            Map.entry("maxDaysOverdue", "最长超期天数"), Map.entry("minDaysLeft", "最短剩余天数"),
            Map.entry("dormantDeputies", "休眠代表"), Map.entry("servingDeputies", "在任代表"),
            Map.entry("viceChairs", "副主席"), Map.entry("fullTimeViceChairs", "专职副主席"),
            Map.entry("cadres", "干部代表"), Map.entry("cadreShare", "干部代表比例（%）"),
            Map.entry("sessions", "会议次数"), Map.entry("shortestDays", "最短会期（天）"), Map.entry("month", "月份"),
            Map.entry("receptionDays", "接待日次数"));

    private AlertCalculator() {
    }

    public static List<Alert> compute(Facts facts, String county, AlertRules rules, LocalDate reference,
                                      boolean chinese) {
        String base = "/api/counties/" + county;
        Map<String, String> names = new TreeMap<>();
        facts.townships().forEach(t -> names.put(t.code(), t.name()));
        List<Alert> out = new ArrayList<>();

        List<Facts.Suggestion> open = facts.suggestions().stream()
                .filter(s -> s.deadline() != null && !answered(s, reference) && !closed(s, reference)).toList();
        perTownship(open.stream().filter(s -> s.deadline().isBefore(reference)).toList(), Facts.Suggestion::township)
                .forEach((t, list) -> out.add(alert(AlertRule.OVERDUE_SUGGESTION, Map.of(), t, names, chinese,
                        subjects(list, base), figures("suggestions", list.size(), "maxDaysOverdue",
                                list.stream().mapToLong(s -> ChronoUnit.DAYS.between(s.deadline(), reference))
                                        .max().orElse(0)))));
        List<Facts.Suggestion> upcoming = open.stream().filter(s -> !s.deadline().isBefore(reference)).toList();
        perTownship(upcoming.stream().filter(s -> s.flagged() && daysTo(s, reference) <= rules.flaggedDueWithinDays())
                .toList(), Facts.Suggestion::township)
                .forEach((t, list) -> out.add(alert(AlertRule.FLAGGED_SUGGESTION_DUE_SOON,
                        Map.of("flaggedDueWithinDays", rules.flaggedDueWithinDays()), t, names, chinese,
                        subjects(list, base), figures("suggestions", list.size(), "minDaysLeft", minDaysLeft(list, reference)))));
        perTownship(upcoming.stream().filter(s -> !s.flagged() && daysTo(s, reference) <= rules.dueSoonDays())
                .toList(), Facts.Suggestion::township)
                .forEach((t, list) -> out.add(alert(AlertRule.SUGGESTION_DUE_SOON,
                        Map.of("dueSoonDays", rules.dueSoonDays()), t, names, chinese, subjects(list, base),
                        figures("suggestions", list.size(), "minDaysLeft", minDaysLeft(list, reference)))));

        perTownship(PerformanceRecords.dormant(facts, county, null, reference, rules.dormantMonths()),
                DormantDeputy::township)
                .forEach((t, list) -> {
                    long serving = facts.deputies().stream()
                            .filter(d -> t.equals(d.township()) && d.servingOn(reference)).count();
                    out.add(alert(AlertRule.DORMANT_DEPUTIES, Map.of("dormantMonths", rules.dormantMonths()), t,
                            names, chinese, list.stream().map(d -> new Alert.Subject("Deputy", d.deputyId(),
                                    d.name(), d.record())).toList(),
                            figures("dormantDeputies", list.size(), "servingDeputies", serving)));
                });

        Map<String, Facts.Presidium> latest = latestPresidiums(facts, reference);
        for (Facts.Township t : facts.townships().stream().sorted(Comparator.comparing(Facts.Township::code)).toList()) {
            Facts.Presidium p = latest.get(t.code());
            List<Facts.PresidiumMember> vices = p == null ? List.of() : p.members().stream()
                    .filter(m -> "VICE_CHAIR".equals(m.role()) && m.holdsOn(reference)).toList();
            if (vices.stream().noneMatch(Facts.PresidiumMember::fullTime)) {
                out.add(alert(AlertRule.NO_FULL_TIME_VICE_CHAIR, Map.of(), t.code(), names, chinese,
                        p == null ? List.of() : List.of(new Alert.Subject("Presidium", p.id(),
                                "第" + p.term() + "届主席团", base + "/presidium/" + p.id())),
                        figures("viceChairs", vices.size(), "fullTimeViceChairs", 0)));
            }
        }

        for (Facts.Township t : facts.townships().stream().sorted(Comparator.comparing(Facts.Township::code)).toList()) {
            List<Facts.Deputy> serving = facts.deputies().stream()
                    .filter(d -> t.code().equals(d.township()) && d.servingOn(reference)).toList();
            long cadres = serving.stream().filter(d -> "CADRE".equals(d.occupation())).count();
            if (!serving.isEmpty()) {
                double share = round(100.0 * cadres / serving.size());
                if (share > rules.cadreShareMaxPercent()) {
                    out.add(alert(AlertRule.CADRE_SHARE_HIGH, Map.of("cadreShareMaxPercent",
                            rules.cadreShareMaxPercent()), t.code(), names, chinese, List.of(),
                            figures("cadres", cadres, "servingDeputies", serving.size(), "cadreShare", share)));
                }
            }
        }

        LocalDate yearStart = reference.withDayOfYear(1);
        perTownship(facts.sessions().stream().filter(s -> !"PRESIDIUM_MEETING".equals(s.kind()))
                .filter(s -> s.openedOn() != null && !s.openedOn().isBefore(yearStart) && !s.openedOn().isAfter(reference))
                .filter(s -> days(s) != null && days(s) < rules.minSessionDays()).toList(), Facts.Session::township)
                .forEach((t, list) -> out.add(alert(AlertRule.SHORT_SESSION,
                        Map.of("minSessionDays", rules.minSessionDays()), t, names, chinese,
                        list.stream().map(s -> new Alert.Subject("Session", s.id(), "第" + s.term() + "届第"
                                + s.number() + "次会议（" + s.openedOn() + "）", base + "/sessions/" + s.id())).toList(),
                        figures("sessions", list.size(), "shortestDays",
                                list.stream().mapToInt(AlertCalculator::daysOrZero).min().orElse(0)))));

        LocalDate monthStart = reference.withDayOfMonth(1);
        for (Facts.Township t : facts.townships().stream().sorted(Comparator.comparing(Facts.Township::code)).toList()) {
            long held = facts.receptionDays().stream().filter(r -> t.code().equals(r.township()) && r.heldOn() != null
                    && !r.heldOn().isBefore(monthStart) && !r.heldOn().isAfter(reference)).count();
            if (held < rules.minReceptionDaysPerMonth()) {
                out.add(alert(AlertRule.NO_RECEPTION_DAY_THIS_MONTH,
                        Map.of("minReceptionDaysPerMonth", rules.minReceptionDaysPerMonth()), t.code(), names,
                        chinese, List.of(), figures("month", monthStart.toString().substring(0, 7),
                                "receptionDays", held)));
            }
        }
        return out;
    }

    /** A short sentence per alert, for the research report. */
    public static String text(Alert a) {
        String where = a.townshipName() != null ? a.townshipName() : a.township();
        StringBuilder sb = new StringBuilder(where).append("：").append(a.label());
        List<String> parts = new ArrayList<>();
        a.figures().forEach((k, v) -> parts.add(FIGURE_LABELS.getOrDefault(k, k) + " " + v));
        return sb.append("（").append(String.join("，", parts)).append("）").toString();
    }

    private static Alert alert(AlertRule rule, Map<String, Object> threshold, String township,
                               Map<String, String> names, boolean chinese, List<Alert.Subject> subjects,
                               Map<String, Object> figures) {
        return new Alert(rule, rule.label(chinese), new LinkedHashMap<>(threshold), township, names.get(township),
                subjects, figures);
    }

    private static List<Alert.Subject> subjects(List<Facts.Suggestion> list, String base) {
        return list.stream().map(s -> new Alert.Subject("Suggestion", s.id(), "期限 " + s.deadline(),
                base + "/suggestions/" + s.id())).toList();
    }

    private static Map<String, Object> figures(Object... pairs) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], pairs[i + 1]);
        }
        return out;
    }

    private static <T> Map<String, List<T>> perTownship(List<T> items, Function<T, String> township) {
        Map<String, List<T>> out = new TreeMap<>();
        for (T item : items) {
            String t = township.apply(item);
            out.computeIfAbsent(t == null ? "" : t, k -> new ArrayList<>()).add(item);
        }
        return out;
    }

    private static boolean answered(Facts.Suggestion s, LocalDate reference) {
        return s.replies().stream().anyMatch(r -> r.repliedOn() != null && !r.repliedOn().isAfter(reference));
    }

    private static boolean closed(Facts.Suggestion s, LocalDate reference) {
        return s.closedOn() != null && !s.closedOn().isAfter(reference);
    }

    private static long daysTo(Facts.Suggestion s, LocalDate reference) {
        return ChronoUnit.DAYS.between(reference, s.deadline());
    }

    private static long minDaysLeft(List<Facts.Suggestion> list, LocalDate reference) {
        return list.stream().mapToLong(s -> daysTo(s, reference)).min().orElse(0);
    }

    private static Integer days(Facts.Session s) {
        return s.daysActual() != null ? s.daysActual() : s.daysPlanned();
    }

    private static int daysOrZero(Facts.Session s) {
        Integer d = days(s);
        return d == null ? 0 : d;
    }

    /** Each township's latest presidium (highest term) formed by the reference day. */
    static Map<String, Facts.Presidium> latestPresidiums(Facts facts, LocalDate reference) {
        Map<String, Facts.Presidium> latest = new TreeMap<>();
        for (Facts.Presidium p : facts.presidiums()) {
            if (p.township() == null || (p.formedOn() != null && p.formedOn().isAfter(reference))) {
                continue;
            }
            Facts.Presidium known = latest.get(p.township());
            if (known == null || term(p) > term(known)) {
                latest.put(p.township(), p);
            }
        }
        return latest;
    }

    private static int term(Facts.Presidium p) {
        return p.term() == null ? 0 : p.term();
    }

    private static double round(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
