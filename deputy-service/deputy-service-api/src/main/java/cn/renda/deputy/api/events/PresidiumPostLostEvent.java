package cn.renda.deputy.api.events;

import cn.renda.deputy.api.DeputyStatusChange;
import cn.renda.deputy.api.PresidiumRole;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A presidium member lost the post because the deputy's service ended ({@code cause}), effective on that date. */
@Revision("1")
public record PresidiumPostLostEvent(String presidiumId, String county, String townshipCode, String deputyId,
                                     PresidiumRole role, DeputyStatusChange cause, LocalDate effectiveOn) {
}
