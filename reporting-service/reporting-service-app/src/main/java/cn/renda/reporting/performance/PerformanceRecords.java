package cn.renda.reporting.performance;

import cn.renda.reporting.facts.Facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Performance records (履职档案) and dormant deputies (休眠代表) as pure functions of a county's facts. No I/O, no
 * clock: the period and the reference day come in.
 */
public final class PerformanceRecords {

    private PerformanceRecords() {
    }

    /** The deputy's record for the period, or null when the county has no such deputy. */
    public static PerformanceRecord record(Facts facts, String county, String deputyId, LocalDate from, LocalDate to,
                                           LocalDate reference, boolean chinese) {
        Facts.Deputy deputy = facts.deputies().stream().filter(d -> deputyId.equals(d.id())).findFirst().orElse(null);
        if (deputy == null) {
            return null;
        }
        List<Activity> in = DeputyActivities.of(facts, county, reference).of(deputyId).stream()
                .filter(a -> !a.date().isBefore(from) && !a.date().isAfter(to)).toList();
        Map<ActivityKind, Long> counts = new LinkedHashMap<>();
        for (ActivityKind k : ActivityKind.values()) {
            counts.put(k, in.stream().filter(a -> a.kind() == k).count());
        }
        List<PerformanceRecord.Item> items = in.stream().map(a -> new PerformanceRecord.Item(a.date(), a.kind(),
                a.kind().label(chinese), a.title(), a.township(), a.link())).toList();
        List<PerformanceRecord.Count> countList = new ArrayList<>();
        counts.forEach((k, n) -> countList.add(new PerformanceRecord.Count(k, k.label(chinese), n)));
        return new PerformanceRecord(county, deputyId, deputy.name(), deputy.township(),
                townshipName(facts, deputy.township()), deputy.status(), from, to, reference, countList,
                items.size(), items);
    }

    /**
     * Deputies serving on the reference day who did nothing recorded in the {@code months} months up to it (since
     * {@code reference - months}, inclusive), ordered by township, then oldest last activity first. Deputies whose
     * mandate began inside that window are left out: they have not had the time. {@code township} null = county.
     */
    public static List<DormantDeputy> dormant(Facts facts, String county, String township, LocalDate reference,
                                              int months) {
        LocalDate since = reference.minusMonths(months);
        DeputyActivities activities = DeputyActivities.of(facts, county, reference);
        List<DormantDeputy> out = new ArrayList<>();
        for (Facts.Deputy d : facts.deputies()) {
            if (township != null && !township.equals(d.township())) {
                continue;
            }
            LocalDate start = d.electedOn() != null ? d.electedOn() : d.registeredOn();
            if (!d.servingOn(reference) || (start != null && start.isAfter(since))) {
                continue;
            }
            List<Activity> list = activities.of(d.id());
            Activity last = list.isEmpty() ? null : list.get(list.size() - 1);
            if (last == null || last.date().isBefore(since)) {
                out.add(new DormantDeputy(d.id(), d.name(), d.township(), townshipName(facts, d.township()),
                        last == null ? null : last.date(), last == null ? null : last.kind(), since,
                        "/api/counties/" + county + "/records/" + d.id()));
            }
        }
        out.sort(Comparator.comparing(DormantDeputy::township, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(DormantDeputy::lastActivityOn, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(DormantDeputy::deputyId));
        return out;
    }

    static String townshipName(Facts facts, String code) {
        return code == null ? null : facts.townships().stream().filter(t -> code.equals(t.code()))
                .map(Facts.Township::name).findFirst().orElse(null);
    }
}
