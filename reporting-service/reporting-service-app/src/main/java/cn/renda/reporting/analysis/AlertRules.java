package cn.renda.reporting.analysis;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.bson.Document;

/**
 * The thresholds of the alert rules of one county (defaults {@code renda.reporting.alerts.*}, overridden per county
 * by {@code PUT /api/counties/{county}/alerts/rules}). Also the request body of that PUT, validated.
 *
 * @param dueSoonDays              a suggestion is nearly due when its deadline is at most this many days ahead
 * @param flaggedDueWithinDays     the same for flagged (挂牌督办) suggestions
 * @param dormantMonths            a deputy is dormant after this many months without any recorded activity
 * @param cadreShareMaxPercent     a township's share of cadre deputies above this (in %) is an alert
 * @param minSessionDays           a congress session shorter than this (days) is an alert
 * @param minReceptionDaysPerMonth fewer reception days than this in the current month is an alert
 */
public record AlertRules(
        @NotNull @Min(1) @Max(90) Integer dueSoonDays,
        @NotNull @Min(1) @Max(90) Integer flaggedDueWithinDays,
        @NotNull @Min(1) @Max(36) Integer dormantMonths,
        @NotNull @DecimalMin("0.0") @DecimalMax("100.0") Double cadreShareMaxPercent,
        @NotNull @Min(1) @Max(30) Integer minSessionDays,
        @NotNull @Min(1) @Max(31) Integer minReceptionDaysPerMonth) {

    public Document toDocument() {
        return new Document("dueSoonDays", dueSoonDays).append("flaggedDueWithinDays", flaggedDueWithinDays)
                .append("dormantMonths", dormantMonths).append("cadreShareMaxPercent", cadreShareMaxPercent)
                .append("minSessionDays", minSessionDays).append("minReceptionDaysPerMonth", minReceptionDaysPerMonth);
    }

    public static AlertRules fromDocument(Document d) {
        return new AlertRules(((Number) d.get("dueSoonDays")).intValue(),
                ((Number) d.get("flaggedDueWithinDays")).intValue(), ((Number) d.get("dormantMonths")).intValue(),
                ((Number) d.get("cadreShareMaxPercent")).doubleValue(), ((Number) d.get("minSessionDays")).intValue(),
                ((Number) d.get("minReceptionDaysPerMonth")).intValue());
    }
}
