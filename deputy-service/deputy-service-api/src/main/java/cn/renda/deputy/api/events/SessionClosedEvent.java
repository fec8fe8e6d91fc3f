package cn.renda.deputy.api.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The session closed on {@code closedOn}; {@code days} is how long it actually lasted. */
@Revision("1")
public record SessionClosedEvent(String sessionId, String county, String townshipCode, LocalDate closedOn, int days) {
}
