package cn.renda.supervision.api.events;

import cn.renda.supervision.api.PetitionChannel;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 信访: a letter, visit or online petition was received. It must be accepted or refused by {@code acceptBy}. No
 * personal data of the petitioner is carried.
 */
@Revision("1")
public record PetitionReceivedEvent(String petitionId, String county, String townshipCode, PetitionChannel channel,
                                    String subject, String content, LocalDate receivedOn, LocalDate acceptBy,
                                    Instant receivedAt) {
}
