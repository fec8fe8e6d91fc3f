package cn.renda.reporting.dashboard;

import java.util.Map;

/**
 * Who the serving deputies are on the period's last day: counts by the producers' enum names (gender, occupation,
 * education, party), by ethnicity as registered, by age band ({@code UNDER_35}, {@code 35_44}, {@code 45_54},
 * {@code 55_64}, {@code 65_AND_OVER}, {@code UNKNOWN}), re-elected and new deputies, and the cadre and women shares in
 * percent (one decimal). Missing values count under {@code UNKNOWN}.
 */
public record Composition(Map<String, Long> byGender, Map<String, Long> byOccupation, Map<String, Long> byEducation,
                          Map<String, Long> byParty, Map<String, Long> byEthnicity, Map<String, Long> byAgeBand,
                          long reElected, long newlyElected, Double cadreShare, Double womenShare) {
}
