package cn.renda.supervision.api.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A handling unit's contact person, office phone or responsible leader changed. */
@Revision("1")
public record HandlingUnitContactChangedEvent(String unitId, String county, String contactPerson, String contactPhone,
                                              String responsibleLeader, Instant changedAt) {
}
