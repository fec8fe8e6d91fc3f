package cn.renda.supervision.suggestion.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** 交办. The deadline comes from the county's rule and working-day calendar, computed before the command is sent. */
public record AssignSuggestionCommand(@TargetAggregateIdentifier String suggestionId, String county, String leadUnitId,
                                      List<String> coUnitIds, String responsibleLeader, LocalDate deadline,
                                      Instant assignedAt) {
}
