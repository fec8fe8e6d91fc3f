package cn.renda.deputy.api.events;

import org.axonframework.serialization.Revision;

/** A township (乡/镇) of a county was registered, with its 9-digit administrative division code. */
@Revision("1")
public record TownshipRegisteredEvent(String townshipCode, String county, String name) {
}
