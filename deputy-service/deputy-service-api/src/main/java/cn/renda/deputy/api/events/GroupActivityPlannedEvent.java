package cn.renda.deputy.api.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A group activity (代表小组活动) was planned for a date, with its topic. */
@Revision("1")
public record GroupActivityPlannedEvent(String groupId, String county, String townshipCode, String activityId,
                                        String topic, LocalDate plannedOn) {
}
