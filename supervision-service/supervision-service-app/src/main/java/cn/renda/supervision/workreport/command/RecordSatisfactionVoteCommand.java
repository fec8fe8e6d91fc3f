package cn.renda.supervision.workreport.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

public record RecordSatisfactionVoteCommand(@TargetAggregateIdentifier String reportId, String county, int satisfied,
                                            int basicallySatisfied, int dissatisfied, int abstained, Instant votedAt) {
}
