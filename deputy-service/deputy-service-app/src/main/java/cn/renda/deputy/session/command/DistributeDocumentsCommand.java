package cn.renda.deputy.session.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

public record DistributeDocumentsCommand(@TargetAggregateIdentifier String sessionId, String county,
                                         List<String> titles, LocalDate distributedOn) {
}
