package cn.renda.reporting.analysis;

import cn.renda.platform.problem.DomainException;
import cn.renda.reporting.facts.Reducers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The period and instant an analysis is asked for, parsed the way the dashboard parses them: {@code from}/{@code to}
 * ISO dates (inclusive; the current year in China by default), {@code asOf} an ISO instant or a date meaning the end
 * of that day in China (null = live). The reference date ("today" for overdue, dormant, serving) is the earlier of
 * {@code to} and the day of {@code asOf} (of now when live).
 */
public record AnalysisRequest(LocalDate from, LocalDate to, Instant asOf, LocalDate reference) {

    public static AnalysisRequest parse(String from, String to, String asOf, Clock clock) {
        int year = LocalDate.ofInstant(clock.instant(), Reducers.CHINA).getYear();
        LocalDate start = from == null || from.isBlank() ? LocalDate.of(year, 1, 1) : date("from", from);
        LocalDate end = to == null || to.isBlank() ? LocalDate.of(year, 12, 31) : date("to", to);
        if (end.isBefore(start)) {
            throw new DomainException(400, "invalid-period", "统计期间无效", "Invalid period",
                    "截止日期不能早于起始日期。", "'to' must not be before 'from'.");
        }
        Instant at = asOf == null || asOf.isBlank() ? null : instant(asOf);
        LocalDate day = LocalDate.ofInstant(at == null ? clock.instant() : at, Reducers.CHINA);
        return new AnalysisRequest(start, end, at, day.isBefore(end) ? day : end);
    }

    /** Only a reference instant (alerts, dormant deputies): the period is the reference day's year up to it. */
    public static AnalysisRequest at(String asOf, Clock clock) {
        Instant at = asOf == null || asOf.isBlank() ? null : instant(asOf);
        LocalDate day = LocalDate.ofInstant(at == null ? clock.instant() : at, Reducers.CHINA);
        return new AnalysisRequest(LocalDate.of(day.getYear(), 1, 1), day, at, day);
    }

    /** The {@code asOf} as a document filter shows it: the instant, or 实时 (live). */
    public String asOfLabel() {
        return asOf == null ? "实时" : asOf.toString();
    }

    public static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid(name, value);
        }
    }

    /** An instant as given, or the end of the given day in China. */
    public static Instant instant(String value) {
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atTime(LocalTime.MAX).atZone(Reducers.CHINA).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw invalid("asOf", value);
        }
    }

    private static DomainException invalid(String name, String value) {
        return new DomainException(400, "invalid-date", "日期格式错误", "Invalid date",
                "参数 " + name + " 的值 " + value + " 不是有效的 ISO 日期。", "Parameter " + name + " = " + value
                + " is not a valid ISO date.");
    }
}
