package cn.renda.supervision.api.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/** 延期: the handling limit was extended, once, by 30 days. */
@Revision("1")
public record PetitionExtendedEvent(String petitionId, String county, String townshipCode, String reason,
                                    LocalDate handleBy, Instant extendedAt) {
}
