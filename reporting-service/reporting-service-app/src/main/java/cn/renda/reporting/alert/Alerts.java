package cn.renda.reporting.alert;

import com.fasterxml.jackson.annotation.JsonInclude;
import cn.renda.reporting.analysis.AlertRules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The alerts of a county on a reference day, with the rules (thresholds) they were raised by. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Alerts(String county, LocalDate referenceDate, Instant asOf, AlertRules rules, long total,
                     List<Alert> items) {
}
