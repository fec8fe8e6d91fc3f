package cn.renda.deputy.contact.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record RecordHomeVisitCommand(@TargetAggregateIdentifier String visitId, String county, String townshipCode,
                                     LocalDate visitedOn, List<String> deputyIds, int households, List<String> issues,
                                     Instant recordedAt) {
}
