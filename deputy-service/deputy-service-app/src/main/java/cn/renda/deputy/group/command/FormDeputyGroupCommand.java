package cn.renda.deputy.group.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Forms a deputy group; its id is {@code <township>-<uuid>}. */
public record FormDeputyGroupCommand(@TargetAggregateIdentifier String groupId, String county, String townshipCode,
                                     String name, String village, String room) {
}
