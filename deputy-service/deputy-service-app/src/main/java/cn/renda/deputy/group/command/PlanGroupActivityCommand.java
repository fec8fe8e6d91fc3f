package cn.renda.deputy.group.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record PlanGroupActivityCommand(@TargetAggregateIdentifier String groupId, String county, String activityId,
                                       String topic, LocalDate plannedOn) {
}
