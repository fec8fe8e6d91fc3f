package cn.renda.deputy.api.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** A planned group activity was held, with the deputies who attended. */
@Revision("1")
public record GroupActivityHeldEvent(String groupId, String county, String townshipCode, String activityId,
                                     LocalDate heldOn, List<String> attendeeIds, String summary) {
}
