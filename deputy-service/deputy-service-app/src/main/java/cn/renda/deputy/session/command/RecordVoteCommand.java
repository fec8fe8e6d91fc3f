package cn.renda.deputy.session.command;

import cn.renda.deputy.api.VoteKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordVoteCommand(@TargetAggregateIdentifier String sessionId, String county, String item,
                                VoteKind kind, int votesFor, int votesAgainst, int abstentions) {
}
