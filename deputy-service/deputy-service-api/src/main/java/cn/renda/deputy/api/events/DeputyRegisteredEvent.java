package cn.renda.deputy.api.events;

import cn.renda.deputy.api.Gender;
import cn.renda.deputy.api.Occupation;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A deputy (人大代表) of a township congress was registered; the deputy is serving from now on. */
@Revision("1")
public record DeputyRegisteredEvent(String deputyId, String county, String townshipCode, String name, Gender gender,
                                    Integer birthYear, Occupation occupation, Instant registeredAt) {
}
