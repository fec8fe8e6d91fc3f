package cn.renda.supervision.api.events;

import cn.renda.supervision.api.PetitionStage;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/** A petition's limit passed: not accepted or refused in time, or not replied in time. Raised once per limit. */
@Revision("1")
public record PetitionOverdueEvent(String petitionId, String county, String townshipCode, PetitionStage stage,
                                   LocalDate deadline, Instant raisedAt) {
}
