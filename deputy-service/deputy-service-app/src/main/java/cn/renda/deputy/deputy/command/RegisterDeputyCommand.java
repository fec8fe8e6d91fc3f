package cn.renda.deputy.deputy.command;

import cn.renda.deputy.api.Gender;
import cn.renda.deputy.api.Occupation;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

public record RegisterDeputyCommand(@TargetAggregateIdentifier String deputyId, String county, String townshipCode,
                                    String name, Gender gender, Integer birthYear, Occupation occupation,
                                    Instant registeredAt) {
}
