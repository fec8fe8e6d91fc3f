package cn.renda.supervision.api.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** 不予受理: the petition was refused, with the reason told to the petitioner. */
@Revision("1")
public record PetitionRefusedEvent(String petitionId, String county, String townshipCode, String reason,
                                   boolean onTime, Instant refusedAt) {
}
