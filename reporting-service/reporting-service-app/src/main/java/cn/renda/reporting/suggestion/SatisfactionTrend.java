package cn.renda.reporting.suggestion;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The deputies' satisfaction with the replies, one point per calendar quarter of the period (the first and last
 * clipped to {@code from}/{@code to}). The totals ({@code rated}, {@code satisfied}, {@code rate}) are the
 * dashboard's {@code suggestionsRated}, {@code suggestionsSatisfied} and {@code suggestionSatisfactionRate} for the
 * same period, scope and instant; the points split them by the quarter of each suggestion's latest rating.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SatisfactionTrend(String county, String township, String townshipName, LocalDate from, LocalDate to,
                                Instant asOf, LocalDate referenceDate, String interval, long rated, long satisfied,
                                Double rate, Map<String, String> labels, List<Point> points) {

    /**
     * One quarter: {@code period} ({@code 2024-Q1}), its label (2024年第1季度 / 2024 Q1), its days within the
     * period, the suggestions whose latest rating (by the reference day) falls in it, those rated satisfied or
     * basically satisfied, those rated dissatisfied, the rate in percent (one decimal, null when none was rated) and
     * the count per rating.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Point(String period, String label, LocalDate from, LocalDate to, long rated, long satisfied,
                        long dissatisfied, Double rate, Map<String, Long> byRating) {
    }
}
