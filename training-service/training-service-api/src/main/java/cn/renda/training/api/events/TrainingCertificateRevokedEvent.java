package cn.renda.training.api.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A completion certificate was revoked (撤销): its code no longer verifies.
 */
@Revision("1")
public record TrainingCertificateRevokedEvent(String trainingId, String county, String deputyId,
                                              String certificateCode, String reason, Instant revokedAt) {
}
