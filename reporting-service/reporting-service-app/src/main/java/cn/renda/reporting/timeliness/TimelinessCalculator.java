package cn.renda.reporting.timeliness;

import cn.renda.reporting.facts.Facts;
import cn.renda.reporting.facts.LoggedEvent;
import cn.renda.reporting.facts.Reducers;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Data timeliness as a pure function of a county's logged events (and its facts, for training days and township
 * names). Each event of a {@link RecordKind} counts once (redelivered copies share the event id and are stored
 * once). A record entered before its activity day (e.g. planned ahead) counts as 0 days late.
 */
public final class TimelinessCalculator {

    public static final String ALL = "ALL";

    private TimelinessCalculator() {
    }

    public static Timeliness compute(String county, List<LoggedEvent> events, Facts facts, LocalDate from,
                                     LocalDate to, int lateDays, Instant asOf, boolean chinese) {
        Map<String, LocalDate> trainingDays = new HashMap<>();
        facts.trainings().forEach(t -> trainingDays.put(t.id(), t.date()));
        Map<String, String> names = new HashMap<>();
        facts.townships().forEach(t -> names.put(t.code(), t.name()));
        Map<String, Map<String, List<Long>>> delays = new TreeMap<>();
        for (LoggedEvent e : events) {
            RecordKind kind = RecordKind.ofEventType(e.type());
            if (kind == null) {
                continue;
            }
            LocalDate day = kind.dateField() == null ? trainingDays.get(e.aggregateId())
                    : parse(e.payload().get(kind.dateField()));
            if (day == null || day.isBefore(from) || day.isAfter(to)) {
                continue;
            }
            Object t = e.payload().get("townshipCode");
            String township = t instanceof String s && !s.isBlank() ? s : "";
            long late = Math.max(0, ChronoUnit.DAYS.between(day, LocalDate.ofInstant(e.recordedAt(), Reducers.CHINA)));
            Map<String, List<Long>> byKind = delays.computeIfAbsent(township, k -> new TreeMap<>());
            byKind.computeIfAbsent(kind.name(), k -> new ArrayList<>()).add(late);
            byKind.computeIfAbsent(ALL, k -> new ArrayList<>()).add(late);
        }
        List<Timeliness.Row> rows = new ArrayList<>();
        delays.forEach((township, byKind) -> {
            for (RecordKind k : RecordKind.values()) {
                if (byKind.containsKey(k.name())) {
                    rows.add(row(township, names.get(township), k.name(), k.label(chinese), byKind.get(k.name()),
                            lateDays));
                }
            }
            rows.add(row(township, names.get(township), ALL, chinese ? "合计" : "all", byKind.get(ALL), lateDays));
        });
        return new Timeliness(county, from, to, asOf, lateDays, rows);
    }

    static Timeliness.Row row(String township, String name, String kind, String label, List<Long> delays,
                              int lateDays) {
        List<Long> sorted = delays.stream().sorted().toList();
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        long p90 = sorted.get((int) Math.ceil(0.9 * n) - 1);
        return new Timeliness.Row(township.isEmpty() ? null : township, name, kind, label, n, median, p90,
                sorted.get(n - 1), sorted.stream().filter(d -> d > lateDays).count());
    }

    private static LocalDate parse(Object value) {
        if (value instanceof String s && s.length() >= 10) {
            try {
                return LocalDate.parse(s.substring(0, 10));
            } catch (RuntimeException e) {
                return null;
            }
        }
        return null;
    }
}
