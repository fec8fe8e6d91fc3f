package cn.renda.deputy.deputy.command;

import cn.renda.deputy.api.DeputyStatusChange;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/** Ends a deputy's service: resignation, recall, termination or death, effective on a date, for a reason. */
public record ChangeDeputyStatusCommand(@TargetAggregateIdentifier String deputyId, String county,
                                        DeputyStatusChange change, LocalDate effectiveOn, String reason,
                                        Instant recordedAt) {
}
