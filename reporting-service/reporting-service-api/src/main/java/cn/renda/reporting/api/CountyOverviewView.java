package cn.renda.reporting.api;

import java.util.List;

/** {@code GET /api/counties/{county}/overview}: per township, deputies, suggestions and training person-times. */
public record CountyOverviewView(String county, List<TownshipOverview> townships, Totals totals) {

    public record TownshipOverview(String townshipCode, String name, long deputies, long suggestions,
                                   long trainingPersonTimes) {
    }

    public record Totals(long townships, long deputies, long suggestions, long trainingPersonTimes) {
    }
}
