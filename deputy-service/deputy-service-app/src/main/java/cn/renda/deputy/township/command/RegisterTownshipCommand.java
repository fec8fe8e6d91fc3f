package cn.renda.deputy.township.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RegisterTownshipCommand(@TargetAggregateIdentifier String townshipCode, String county, String name) {
}
