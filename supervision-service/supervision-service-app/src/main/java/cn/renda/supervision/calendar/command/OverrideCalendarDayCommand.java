package cn.renda.supervision.calendar.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

public record OverrideCalendarDayCommand(@TargetAggregateIdentifier String county, LocalDate date, boolean workingDay,
                                         String note, Instant overriddenAt) {
}
