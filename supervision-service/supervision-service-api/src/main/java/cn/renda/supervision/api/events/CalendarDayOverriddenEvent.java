package cn.renda.supervision.api.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/** A county declares a day a working day or a rest day, overriding the national calendar for its deadlines. */
@Revision("1")
public record CalendarDayOverriddenEvent(String county, LocalDate date, boolean workingDay, String note,
                                         Instant overriddenAt) {
}
