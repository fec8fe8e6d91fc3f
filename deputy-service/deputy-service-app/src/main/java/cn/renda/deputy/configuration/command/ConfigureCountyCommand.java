package cn.renda.deputy.configuration.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ConfigureCountyCommand(@TargetAggregateIdentifier String county, int presidiumMinSize,
                                     int presidiumMaxSize, int quorumNumerator, int quorumDenominator) {
}
