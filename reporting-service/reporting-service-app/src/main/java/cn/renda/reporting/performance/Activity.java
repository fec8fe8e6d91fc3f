package cn.renda.reporting.performance;

import java.time.LocalDate;

/**
 * One thing a deputy did: the day, the kind, a title, the township where it happened, the fact it was read from
 * ({@code source}) and the owning service's REST path of the record ({@code link}).
 */
public record Activity(LocalDate date, ActivityKind kind, String title, String township, String source,
                       String link) {
}
