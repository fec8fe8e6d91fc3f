package cn.renda.deputy.api.events;

import org.axonframework.serialization.Revision;

/** A deputy of the group became its leader (组长). */
@Revision("1")
public record GroupLeaderAppointedEvent(String groupId, String county, String townshipCode, String deputyId) {
}
