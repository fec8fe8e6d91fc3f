package cn.renda.deputy.api.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The deputy's personal-data key was destroyed (crypto-shredding): every {@code personalData} ciphertext of this
 * deputy, in the event store and on the topic, can no longer be read. Read models drop or mask the personal data.
 */
@Revision("1")
public record DeputyPersonalDataErasedEvent(String deputyId, String county, String townshipCode, String reason,
                                            Instant erasedAt) {
}
