package cn.renda.training.training.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Records an attendee's assessment score (0 to 100). */
public record AssessDeputyCommand(@TargetAggregateIdentifier String trainingId, String county, String deputyId,
                                  int score, Instant assessedAt) {
}
