package cn.renda.deputy.group.command;

import cn.renda.deputy.api.events.DeputyGroupFormedEvent;
import cn.renda.deputy.api.events.GroupActivityHeldEvent;
import cn.renda.deputy.api.events.GroupActivityPlannedEvent;
import cn.renda.deputy.api.events.GroupLeaderAppointedEvent;
import cn.renda.platform.problem.DomainException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A deputy group (代表小组), usually one per village, with a leader from its own members and a room; its activities
 * are planned first and then recorded as held with the members who attended (planned vs held is what the county
 * watches).
 */
@Aggregate
class DeputyGroup {

    @AggregateIdentifier
    private String groupId;
    private String county;
    private String townshipCode;
    private final Map<String, LocalDate> planned = new HashMap<>();
    private final Set<String> held = new HashSet<>();

    DeputyGroup() {
    }

    @CommandHandler
    DeputyGroup(FormDeputyGroupCommand c) {
        if (!c.townshipCode().startsWith(c.county())) {
            throw new DomainException(422, "township-outside-county", "乡镇不属于该县", "Township outside the county",
                    "乡镇代码 " + c.townshipCode() + " 不属于县 " + c.county() + "。",
                    "Township " + c.townshipCode() + " is not in county " + c.county() + ".");
        }
        apply(new DeputyGroupFormedEvent(c.groupId(), c.county(), c.townshipCode(), c.name(), c.village(), c.room()));
    }

    @CommandHandler
    void handle(AppointGroupLeaderCommand c) {
        requireCounty(c.county());
        if (!groupId.equals(c.deputyGroupId())) {
            throw notMember(c.deputyId());
        }
        apply(new GroupLeaderAppointedEvent(groupId, county, townshipCode, c.deputyId()));
    }

    @CommandHandler
    void handle(PlanGroupActivityCommand c) {
        requireCounty(c.county());
        if (planned.containsKey(c.activityId())) {
            throw new DomainException(409, "conflict", "活动已存在", "Activity exists", "该活动已经计划。",
                    "This activity is already planned.");
        }
        apply(new GroupActivityPlannedEvent(groupId, county, townshipCode, c.activityId(), c.topic(), c.plannedOn()));
    }

    @CommandHandler
    void handle(RecordGroupActivityHeldCommand c) {
        requireCounty(c.county());
        if (!planned.containsKey(c.activityId())) {
            throw new DomainException(422, "activity-not-planned", "活动未列入计划", "Activity not planned",
                    "代表小组活动须先列入计划再记录开展情况。", "A group activity must be planned before it is recorded as held.");
        }
        if (held.contains(c.activityId())) {
            throw new DomainException(409, "activity-already-held", "活动已记录开展", "Activity already held",
                    "该活动已经记录为已开展。", "This activity was already recorded as held.");
        }
        if (c.attendeeIds().isEmpty()) {
            throw new DomainException(422, "no-attendees", "没有出席代表", "No attendees",
                    "已开展的活动须至少有一名代表参加。", "A held activity needs at least one deputy attending.");
        }
        for (int i = 0; i < c.attendeeIds().size(); i++) {
            if (!groupId.equals(c.attendeeGroupIds().get(i))) {
                throw notMember(c.attendeeIds().get(i));
            }
        }
        apply(new GroupActivityHeldEvent(groupId, county, townshipCode, c.activityId(), c.heldOn(),
                List.copyOf(new java.util.LinkedHashSet<>(c.attendeeIds())), c.summary()));
    }

    private static DomainException notMember(String deputyId) {
        return new DomainException(422, "not-group-member", "代表不是本小组成员", "Not a group member",
                "代表 " + deputyId + " 不属于本代表小组。", "Deputy " + deputyId + " is not a member of this group.");
    }

    private void requireCounty(String requested) {
        if (!county.equals(requested)) {
            throw new DomainException(404, "not-found", "未找到", "Not found", "本县没有该代表小组。",
                    "This county has no such deputy group.");
        }
    }

    @EventSourcingHandler
    void on(DeputyGroupFormedEvent e) {
        groupId = e.groupId();
        county = e.county();
        townshipCode = e.townshipCode();
    }

    @EventSourcingHandler
    void on(GroupActivityPlannedEvent e) {
        planned.put(e.activityId(), e.plannedOn());
    }

    @EventSourcingHandler
    void on(GroupActivityHeldEvent e) {
        held.add(e.activityId());
    }
}
