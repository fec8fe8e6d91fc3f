package cn.renda.deputy.api.events;

import cn.renda.deputy.api.DeputyStatusChange;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A deputy's service ended (辞职 resignation, 罢免 recall, 终止代表资格 termination, 去世 death) on {@code effectiveOn},
 * for {@code reason}; from then on the deputy is no longer serving ({@code change.resultingStatus()}).
 */
@org.axonframework.serialization.Revision("1")
public record DeputyStatusChangedEvent(String deputyId, String county, String townshipCode, DeputyStatusChange change,
                                       LocalDate effectiveOn, String reason, Instant recordedAt) {
}
