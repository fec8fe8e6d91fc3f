package cn.renda.supervision.calendar.command;

import cn.renda.supervision.api.DeadlineUnit;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

public record ConfigureSuggestionDeadlineRuleCommand(@TargetAggregateIdentifier String county, DeadlineUnit unit,
                                                     int amount, int dueSoonWorkingDays, Instant configuredAt) {
}
