package cn.renda.supervision.inspection.command;

import cn.renda.platform.problem.DomainException;
import cn.renda.platform.problem.ProblemTypes;
import cn.renda.supervision.api.events.InspectionClosedEvent;
import cn.renda.supervision.api.events.InspectionFollowUpAssignedEvent;
import cn.renda.supervision.api.events.InspectionFollowUpCompletedEvent;
import cn.renda.supervision.api.events.InspectionRecordedEvent;
import cn.renda.supervision.shared.ChinaTime;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 代表视察: an inspection by deputies, its findings, follow-up items each with a responsible official and a deadline,
 * and its closure once every item is done.
 */
@Aggregate
class Inspection {

    @AggregateIdentifier
    private String inspectionId;
    private String county;
    private String townshipCode;
    private LocalDate date;
    private boolean closed;
    /** item id -> deadline, for the items not yet done */
    private final Map<String, LocalDate> openItems = new HashMap<>();
    private final Set<String> itemIds = new HashSet<>();

    Inspection() {
    }

    @CommandHandler
    Inspection(RecordInspectionCommand c) {
        if (c.deputyIds() == null || c.deputyIds().isEmpty()) {
            throw new DomainException(422, "no-deputy", "视察须有代表参加", "An inspection needs deputies",
                    "至少需要一名参加视察的代表。", "At least one deputy must take part in the inspection.");
        }
        if (new LinkedHashSet<>(c.deputyIds()).size() != c.deputyIds().size()) {
            throw new DomainException(422, "duplicate-deputy", "代表重复", "Deputy listed twice",
                    "同一代表不能重复计入参加人次。", "A deputy may be listed only once.");
        }
        if (c.townshipCode() == null || !c.townshipCode().startsWith(c.county())) {
            throw new DomainException(422, "township-not-in-county", "乡镇不属于本县", "Township not in county",
                    "视察的乡镇须属于本县。", "The inspected township must be in the county.");
        }
        if (c.date().isAfter(ChinaTime.dateOf(c.recordedAt()))) {
            throw new DomainException(422, "inspection-in-future", "视察日期在未来", "Inspection date in the future",
                    "只能记录已进行的视察。", "Only an inspection that took place can be recorded.");
        }
        apply(new InspectionRecordedEvent(c.inspectionId(), c.county(), c.townshipCode(), c.topic(), c.date(),
                List.copyOf(c.deputyIds()), c.deputyIds().size(), c.findings(), c.recordedAt()));
    }

    @CommandHandler
    void handle(AssignInspectionFollowUpCommand c) {
        requireCountyAndOpen(c.county());
        if (itemIds.contains(c.itemId())) {
            throw new DomainException(409, "follow-up-exists", "整改事项已存在", "Follow-up item exists",
                    "该事项编号已使用。", "The follow-up item id is already used.");
        }
        if (c.deadline() == null || !c.deadline().isAfter(date)) {
            throw new DomainException(422, "deadline-invalid", "办结期限无效", "Invalid deadline",
                    "办结期限须晚于视察日期。", "The deadline must be after the inspection date.");
        }
        apply(new InspectionFollowUpAssignedEvent(inspectionId, county, townshipCode, c.itemId(), c.description(),
                c.responsibleOfficial(), c.deadline(), c.assignedAt()));
    }

    @CommandHandler
    void handle(CompleteInspectionFollowUpCommand c) {
        requireCountyAndOpen(c.county());
        LocalDate deadline = openItems.get(c.itemId());
        if (deadline == null) {
            throw new DomainException(409, "follow-up-not-open", "整改事项不存在或已办结", "No such open follow-up item",
                    "该视察没有待办的此项整改事项。", "The inspection has no such open follow-up item.");
        }
        apply(new InspectionFollowUpCompletedEvent(inspectionId, county, townshipCode, c.itemId(), c.outcome(),
                !ChinaTime.dateOf(c.completedAt()).isAfter(deadline), c.completedAt()));
    }

    @CommandHandler
    void handle(CloseInspectionCommand c) {
        requireCountyAndOpen(c.county());
        if (!openItems.isEmpty()) {
            throw new DomainException(409, "follow-ups-open", "仍有整改事项未办结", "Follow-up items still open",
                    "还有 " + openItems.size() + " 项整改事项未办结。", openItems.size() + " follow-up items are still open.");
        }
        apply(new InspectionClosedEvent(inspectionId, county, townshipCode, itemIds.size(), c.closedAt()));
    }

    private void requireCountyAndOpen(String commandCounty) {
        if (!commandCounty.equals(county)) {
            throw new DomainException(404, ProblemTypes.NOT_FOUND, "未找到", "Not found", "本县没有该视察。",
                    "The county has no such inspection.");
        }
        if (closed) {
            throw new DomainException(409, "inspection-closed", "视察已结束", "Inspection closed",
                    "该视察已结束，不能再变更。", "The inspection is closed and cannot change.");
        }
    }

    @EventSourcingHandler
    void on(InspectionRecordedEvent e) {
        inspectionId = e.inspectionId();
        county = e.county();
        townshipCode = e.townshipCode();
        date = e.date();
    }

    @EventSourcingHandler
    void on(InspectionFollowUpAssignedEvent e) {
        openItems.put(e.itemId(), e.deadline());
        itemIds.add(e.itemId());
    }

    @EventSourcingHandler
    void on(InspectionFollowUpCompletedEvent e) {
        openItems.remove(e.itemId());
    }

    @EventSourcingHandler
    void on(InspectionClosedEvent e) {
        closed = true;
    }
}
