package cn.renda.deputy.api.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * The session opened with a quorum: {@code presentDeputyIds} of {@code servingDeputies} serving deputies attended
 * (at least two thirds for a congress session).
 */
@Revision("1")
public record SessionOpenedEvent(String sessionId, String county, String townshipCode, LocalDate openedOn,
                                 int servingDeputies, List<String> presentDeputyIds, List<String> excusedDeputyIds) {
}
