package cn.renda.training.training.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

public record RecordAttendanceCommand(@TargetAggregateIdentifier String trainingId, String county, String deputyId,
                                      String townshipCode, Instant recordedAt) {
}
