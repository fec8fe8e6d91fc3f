package cn.renda.supervision.api.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * 承办单位: a government office that answers suggestions. {@code townshipCode} is null for a county-level office.
 */
@Revision("1")
public record HandlingUnitRegisteredEvent(String unitId, String county, String townshipCode, String name,
                                          String contactPerson, String contactPhone, String responsibleLeader,
                                          Instant registeredAt) {
}
