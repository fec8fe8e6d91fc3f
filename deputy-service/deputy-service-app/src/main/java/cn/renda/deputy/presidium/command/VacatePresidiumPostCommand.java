package cn.renda.deputy.presidium.command;

import cn.renda.deputy.api.DeputyStatusChange;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Sent by the post-loss policy when a member's deputy status ends. */
public record VacatePresidiumPostCommand(@TargetAggregateIdentifier String presidiumId, String deputyId,
                                         DeputyStatusChange cause, LocalDate effectiveOn) {
}
