package cn.renda.training.training.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Marks a deputy's completion and issues the certificate with the code the caller drew. */
public record CompleteTrainingCommand(@TargetAggregateIdentifier String trainingId, String county, String deputyId,
                                      String deputyName, String certificateCode, Instant completedAt) {
}
