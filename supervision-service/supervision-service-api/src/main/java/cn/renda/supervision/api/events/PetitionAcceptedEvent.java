package cn.renda.supervision.api.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/** 受理并交办: the petition was accepted and assigned to a handling unit, to be handled by {@code handleBy}. */
@Revision("1")
public record PetitionAcceptedEvent(String petitionId, String county, String townshipCode, String unitId,
                                    LocalDate handleBy, boolean onTime, Instant acceptedAt) {
}
