package cn.renda.deputy.api.events;

import cn.renda.deputy.api.SessionKind;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** A session (人代会) or presidium meeting was called for a date, for some days, with its agenda. */
@Revision("1")
public record SessionConvenedEvent(String sessionId, String county, String townshipCode, int term, int number,
                                   SessionKind kind, LocalDate startsOn, int days, List<String> agenda) {
}
