package cn.renda.deputy.api.events;

import org.axonframework.serialization.Revision;

/**
 * An electoral district (选区) of a township was registered: its code and name (both unique within the township),
 * the number of deputies it elects ({@code seats}) and its registered voters. {@code districtId} is
 * {@code <township>-<code>}. A deputy's {@code DeputyRegisteredEvent.district} holds the district's name.
 */
@Revision("1")
public record ElectoralDistrictRegisteredEvent(String districtId, String county, String townshipCode, String code,
                                               String name, int seats, int voters) {
}
