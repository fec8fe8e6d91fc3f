package cn.renda.reporting.comparison;

import cn.renda.reporting.dashboard.DashboardCalculator;
import cn.renda.reporting.dashboard.DashboardLabels;
import cn.renda.reporting.dashboard.Figures;
import cn.renda.reporting.facts.Facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Cross-county comparison as a pure function of each county's facts: the county dashboards of both periods (same
 * calculation as the dashboard), activity counts normalised per 100 serving deputies, rates as they are. A county
 * with fewer serving deputies than {@code minDeputies} shows no normalised figure; a satisfaction rate from fewer than
 * {@code minRated} rated suggestions is hidden too. Counties appear in the order asked.
 */
public final class ComparisonCalculator {

    static final Map<String, ToLongFunction<Figures>> PER_100 = new LinkedHashMap<>();

    static {
        PER_100.put("inspections", Figures::inspections);
        PER_100.put("inspectionPersonTimes", Figures::inspectionPersonTimes);
        PER_100.put("suggestions", Figures::suggestions);
        PER_100.put("receptionDays", Figures::receptionDays);
        PER_100.put("homeVisits", Figures::homeVisits);
        PER_100.put("voterReports", Figures::voterReports);
        PER_100.put("groupActivitiesHeld", Figures::groupActivitiesHeld);
        PER_100.put("trainingPersonTimes", Figures::trainingPersonTimes);
    }

    private ComparisonCalculator() {
    }

    public static Comparison compute(Map<String, Facts> counties, LocalDate from, LocalDate to,
                                     LocalDate previousFrom, LocalDate previousTo, LocalDate reference,
                                     Instant asOf, int minDeputies, int minRated, boolean chinese) {
        Map<String, String> labels = DashboardLabels.all(chinese);
        List<Comparison.CountyFigures> out = new ArrayList<>();
        counties.forEach((county, facts) -> {
            Figures now = DashboardCalculator.compute(facts, county, null, from, to, min(to, reference)).figures();
            Figures before = DashboardCalculator.compute(facts, county, null, previousFrom, previousTo,
                    min(previousTo, reference)).figures();
            List<Comparison.Metric> metrics = new ArrayList<>();
            String small = chinese ? "样本不足：在任代表少于 " + minDeputies + " 名"
                    : "sample too small: fewer than " + minDeputies + " serving deputies";
            PER_100.forEach((code, value) -> {
                Double v = per100(value.applyAsLong(now), now.deputies(), minDeputies);
                Double p = per100(value.applyAsLong(before), before.deputies(), minDeputies);
                metrics.add(metric(code, labels.get(code) + (chinese ? "（每百名代表）" : " per 100 deputies"),
                        chinese ? "每百名代表" : "per 100 deputies", v, p, now.deputies() < minDeputies ? small : null));
            });
            String fewRated = chinese ? "样本不足：已测评建议少于 " + minRated + " 件"
                    : "sample too small: fewer than " + minRated + " rated suggestions";
            Double sat = now.suggestionsRated() < minRated ? null : now.suggestionSatisfactionRate();
            Double satBefore = before.suggestionsRated() < minRated ? null : before.suggestionSatisfactionRate();
            metrics.add(metric("suggestionSatisfactionRate", labels.get("suggestionSatisfactionRate"), "%", sat,
                    satBefore, now.suggestionsRated() < minRated ? fewRated : null));
            Double cov = now.deputies() < minDeputies ? null : now.trainingCoverageRate();
            Double covBefore = before.deputies() < minDeputies ? null : before.trainingCoverageRate();
            metrics.add(metric("trainingCoverageRate", labels.get("trainingCoverageRate"), "%", cov, covBefore,
                    now.deputies() < minDeputies ? small : null));
            out.add(new Comparison.CountyFigures(county, now.deputies(), before.deputies(), metrics));
        });
        return new Comparison(from, to, previousFrom, previousTo, asOf, minDeputies, minRated, out);
    }

    private static Comparison.Metric metric(String code, String label, String unit, Double value, Double previous,
                                            String hidden) {
        Double change = value == null || previous == null ? null : round(value - previous);
        Double percent = change == null || previous == 0 ? null : round(100.0 * change / previous);
        return new Comparison.Metric(code, label, unit, value, previous, change, percent, hidden);
    }

    private static Double per100(long count, long deputies, int minDeputies) {
        return deputies < minDeputies || deputies == 0 ? null : round(100.0 * count / deputies);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static double round(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
