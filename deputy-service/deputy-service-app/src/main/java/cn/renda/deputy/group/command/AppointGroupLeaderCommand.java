package cn.renda.deputy.group.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code deputyGroupId} is the deputy's own group, from the roster. */
public record AppointGroupLeaderCommand(@TargetAggregateIdentifier String groupId, String county, String deputyId,
                                        String deputyGroupId) {
}
