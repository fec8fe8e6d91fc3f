package cn.renda.deputy.api.events;

import cn.renda.deputy.api.PresidiumRole;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A deputy took a presidium post. {@code fullTime} (专职) matters for chair and vice chairs; {@code partySecretary}
 * is 兼任党委书记; {@code governmentDuties} is 分管政府工作 (the seed names it as a problem).
 */
@Revision("1")
public record PresidiumMemberAppointedEvent(String presidiumId, String county, String townshipCode, String deputyId,
                                            String name, PresidiumRole role, boolean fullTime,
                                            boolean partySecretary, boolean governmentDuties, LocalDate appointedOn) {
}
