package cn.renda.training.training.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Revokes the certificate of a deputy's completion, with a reason. */
public record RevokeCertificateCommand(@TargetAggregateIdentifier String trainingId, String county, String deputyId,
                                       String reason, Instant revokedAt) {
}
