package cn.renda.deputy.api.events;

import org.axonframework.serialization.Revision;

/** A deputy group (代表小组) was formed in a township, usually one per village, with its activity room. */
@Revision("1")
public record DeputyGroupFormedEvent(String groupId, String county, String townshipCode, String name, String village,
                                     String room) {
}
