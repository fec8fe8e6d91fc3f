package cn.renda.deputy.session.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record CloseSessionCommand(@TargetAggregateIdentifier String sessionId, String county, LocalDate closedOn) {
}
