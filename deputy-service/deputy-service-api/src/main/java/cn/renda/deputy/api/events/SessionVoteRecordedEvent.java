package cn.renda.deputy.api.events;

import cn.renda.deputy.api.VoteKind;
import org.axonframework.serialization.Revision;

/** A vote of the session: on a report or an election, with its counts and whether it passed (more than half). */
@Revision("1")
public record SessionVoteRecordedEvent(String sessionId, String county, String townshipCode, String item,
                                       VoteKind kind, int votesFor, int votesAgainst, int abstentions,
                                       boolean passed) {
}
