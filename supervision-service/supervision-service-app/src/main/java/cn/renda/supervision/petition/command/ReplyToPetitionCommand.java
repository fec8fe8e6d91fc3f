package cn.renda.supervision.petition.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

public record ReplyToPetitionCommand(@TargetAggregateIdentifier String petitionId, String county, String unitId,
                                     String content, Instant repliedAt) {
}
