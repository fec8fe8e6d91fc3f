package cn.renda.deputy.api.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** Deputies visited constituents at home (走访): households visited and issues raised. */
@Revision("1")
public record HomeVisitMadeEvent(String visitId, String county, String townshipCode, LocalDate visitedOn,
                                 List<String> deputyIds, int households, List<String> issues) {
}
