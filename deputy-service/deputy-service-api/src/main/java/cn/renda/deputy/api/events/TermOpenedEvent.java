package cn.renda.deputy.api.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A township congress began a term (届): {@code number} is the township's own count (e.g. 13 = 第十三届), the term
 * starts on {@code startsOn} (the first session of the newly elected congress) and runs for five years, to
 * {@code endsOn} inclusive, unless the next term starts earlier. {@code termId} is {@code <township>-<number>}.
 */
@Revision("1")
public record TermOpenedEvent(String termId, String county, String townshipCode, int number, LocalDate startsOn,
                              LocalDate endsOn) {
}
