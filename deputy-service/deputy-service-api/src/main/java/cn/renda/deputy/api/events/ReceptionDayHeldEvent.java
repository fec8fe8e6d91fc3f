package cn.renda.deputy.api.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** A voter reception day (选民接待日): deputies present, visitors received, issues raised. */
@Revision("1")
public record ReceptionDayHeldEvent(String receptionId, String county, String townshipCode, LocalDate heldOn,
                                    String place, List<String> deputyIds, int visitors, List<String> issues) {
}
