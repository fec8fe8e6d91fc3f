package cn.renda.reporting.suggestion;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Suggestions overdue on the reference day, per lead handling unit (承办单位), for the county or one township:
 * {@code total} = the sum of the units' {@code overdue}; {@code labels} name every field in the language asked for.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OverdueByUnit(String county, String township, String townshipName, Instant asOf,
                            LocalDate referenceDate, long total, Map<String, String> labels, List<Unit> units) {

    /**
     * One lead unit: its name ({@code HandlingUnit} fact; null when the unit is not registered), the unit's own
     * township (null for a county office), how many of its suggestions are overdue, how many of those are flagged
     * (挂牌督办), the longest overdue in days, and the suggestions counted.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Unit(String unitId, String name, String unitTownship, long overdue, long flagged,
                       long maxDaysOverdue, List<String> suggestionIds) {
    }
}
