package cn.renda.supervision.api.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** 答复: the assigned unit replied to the petitioner; the petition is finished. */
@Revision("1")
public record PetitionRepliedEvent(String petitionId, String county, String townshipCode, String unitId,
                                   String content, boolean onTime, Instant repliedAt) {
}
