package cn.renda.reporting.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The assessment (考核) of a county's townships for a period: the indicators used, then the townships ranked by
 * score (ties share a rank), each with the breakdown per indicator: raw value, target, normalised score
 * (0 to 100: raw / target, capped), weight and contribution (score x weight / 100). A raw value that cannot be
 * computed (nothing to rate) is null and scores 0.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Assessment(String county, LocalDate from, LocalDate to, LocalDate referenceDate, Instant asOf,
                         List<Definition> indicators, List<TownshipScore> townships) {

    public record Definition(Indicator code, String label, int weight, double target) {
    }

    public record TownshipScore(int rank, String township, String name, double score, List<Part> breakdown) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Part(Indicator code, String label, Double raw, double target, double score, int weight,
                       double contribution) {
    }
}
