package cn.renda.supervision.calendar.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * China's public holidays and make-up working days (调休), per year, from the State Council's notices, shipped as data
 * in {@code calendar/cn-public-holidays.json}. A year the file does not hold counts weekends only.
 */
public final class NationalCalendar {

    public static final String RESOURCE = "/calendar/cn-public-holidays.json";

    private final Map<LocalDate, String> holidays;
    private final Set<LocalDate> makeUpWorkingDays;
    private final Set<Integer> years;

    NationalCalendar(Map<LocalDate, String> holidays, Set<LocalDate> makeUpWorkingDays, Set<Integer> years) {
        this.holidays = Collections.unmodifiableMap(new TreeMap<>(holidays));
        this.makeUpWorkingDays = Collections.unmodifiableSet(new TreeSet<>(makeUpWorkingDays));
        this.years = Collections.unmodifiableSet(new TreeSet<>(years));
    }

    public static NationalCalendar load(ObjectMapper mapper) {
        try (InputStream in = NationalCalendar.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            JsonNode root = mapper.readTree(in);
            Map<LocalDate, String> holidays = new TreeMap<>();
            Set<LocalDate> workdays = new TreeSet<>();
            Set<Integer> years = new TreeSet<>();
            root.get("years").fields().forEachRemaining(year -> {
                years.add(Integer.parseInt(year.getKey()));
                for (JsonNode h : year.getValue().get("holidays")) {
                    LocalDate from = LocalDate.parse(h.get("from").asText());
                    LocalDate to = LocalDate.parse(h.get("to").asText());
                    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                        holidays.put(d, h.get("name").asText());
                    }
                }
                for (JsonNode w : year.getValue().get("makeUpWorkingDays")) {
                    workdays.add(LocalDate.parse(w.asText()));
                }
            });
            return new NationalCalendar(holidays, workdays, years);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name of the public holiday the day belongs to, or null. */
    public String holiday(LocalDate day) {
        return holidays.get(day);
    }

    public boolean makeUpWorkingDay(LocalDate day) {
        return makeUpWorkingDays.contains(day);
    }

    /** The years whose holidays are known (2024 to 2026 as shipped). */
    public Set<Integer> years() {
        return years;
    }
}
