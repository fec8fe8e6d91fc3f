package cn.renda.reporting.timeliness;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * How late a county's records were entered, per township and kind of record: the number of records whose activity
 * day lies in the period, and the delay in whole days between that day and the day the event was recorded (China
 * time): median, 90th percentile (nearest rank), maximum, and how many were recorded more than {@code lateDays}
 * days late. A township's {@code ALL} row covers all its kinds.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Timeliness(String county, LocalDate from, LocalDate to, Instant asOf, int lateDays, List<Row> rows) {

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Row(String township, String townshipName, String kind, String kindLabel, long records,
                      Double medianDays, Long p90Days, Long maxDays, long recordedLate) {
    }
}
