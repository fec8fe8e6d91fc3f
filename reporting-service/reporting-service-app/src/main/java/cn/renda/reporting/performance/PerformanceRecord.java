package cn.renda.reporting.performance;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * A deputy's performance record (履职档案) for a period: who, the period and reference day, the number of activities
 * per kind (every kind listed, zeros included) and every activity, oldest first, with a link to its source record.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PerformanceRecord(String county, String deputyId, String name, String township, String townshipName,
                                String status, LocalDate from, LocalDate to, LocalDate referenceDate,
                                List<Count> counts, long total, List<Item> items) {

    public record Count(ActivityKind kind, String label, long count) {
    }

    public record Item(LocalDate date, ActivityKind kind, String kindLabel, String title, String township,
                       String link) {
    }
}
