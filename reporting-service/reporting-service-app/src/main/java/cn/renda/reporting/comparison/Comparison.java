package cn.renda.reporting.comparison;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Counties side by side for a period and the previous one: per county its serving deputies and each metric
 * (per 100 deputies, or a rate in %), with the change from the previous period. A figure whose sample is below the
 * configured minimum is null with the reason ({@code hidden}).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Comparison(LocalDate from, LocalDate to, LocalDate previousFrom, LocalDate previousTo, Instant asOf,
                         int minDeputies, int minRated, List<CountyFigures> counties) {

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record CountyFigures(String county, long deputies, long previousDeputies, List<Metric> metrics) {
    }

    /**
     * @param change        value minus previous (null when either is null)
     * @param changePercent change relative to previous, in % (null when previous is null or 0)
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Metric(String code, String label, String unit, Double value, Double previous, Double change,
                         Double changePercent, String hidden) {
    }
}
