package cn.renda.deputy.group.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** {@code attendeeGroupIds}: each attendee's own group (from the roster), in the order of {@code attendeeIds}. */
public record RecordGroupActivityHeldCommand(@TargetAggregateIdentifier String groupId, String county,
                                             String activityId, LocalDate heldOn, List<String> attendeeIds,
                                             List<String> attendeeGroupIds, String summary) {
}
