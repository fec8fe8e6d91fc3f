package cn.renda.deputy.contact.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record RecordReceptionDayCommand(@TargetAggregateIdentifier String receptionId, String county,
                                        String townshipCode, LocalDate heldOn, String place, List<String> deputyIds,
                                        int visitors, List<String> issues, Instant recordedAt) {
}
