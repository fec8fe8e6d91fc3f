package cn.renda.supervision.suggestion.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

public record StartReHandlingCommand(@TargetAggregateIdentifier String suggestionId, String county, String reason,
                                     LocalDate deadline, Instant startedAt) {
}
