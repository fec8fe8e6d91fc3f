package cn.renda.supervision.petition.command;

import cn.renda.supervision.api.PetitionChannel;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/** {@code acceptBy} is 15 days after receipt by the county's working-day calendar, computed before sending. */
public record ReceivePetitionCommand(@TargetAggregateIdentifier String petitionId, String county, String townshipCode,
                                     PetitionChannel channel, String subject, String content, LocalDate receivedOn,
                                     LocalDate acceptBy, Instant receivedAt) {
}
