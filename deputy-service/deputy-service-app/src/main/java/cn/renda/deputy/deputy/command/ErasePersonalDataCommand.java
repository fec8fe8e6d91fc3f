package cn.renda.deputy.deputy.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Destroys the deputy's personal-data key (crypto-shredding); names, composition and history stay. */
public record ErasePersonalDataCommand(@TargetAggregateIdentifier String deputyId, String county, String reason,
                                       Instant erasedAt) {
}
