package cn.renda.supervision.enforcement.command;

import cn.renda.platform.problem.DomainException;
import cn.renda.platform.problem.ProblemTypes;
import cn.renda.supervision.api.events.EnforcementInspectionClosedEvent;
import cn.renda.supervision.api.events.EnforcementInspectionRecordedEvent;
import cn.renda.supervision.api.events.RectificationItemAddedEvent;
import cn.renda.supervision.api.events.RectificationItemCompletedEvent;
import cn.renda.supervision.shared.ChinaTime;
import cn.renda.supervision.shared.RectificationItems;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** 执法检查: the law checked, the scope, findings, rectification items and their closure. */
@Aggregate
class EnforcementInspection {

    @AggregateIdentifier
    private String inspectionId;
    private String county;
    private String townshipCode;
    private LocalDate startedOn;
    private boolean closed;
    private final RectificationItems items = new RectificationItems();

    EnforcementInspection() {
    }

    @CommandHandler
    EnforcementInspection(RecordEnforcementInspectionCommand c) {
        if (c.townshipCode() != null && !c.townshipCode().startsWith(c.county())) {
            throw new DomainException(422, "township-not-in-county", "乡镇不属于本县", "Township not in county",
                    "检查的乡镇须属于本县。", "The township must be in the county.");
        }
        if (new LinkedHashSet<>(c.deputyIds()).size() != c.deputyIds().size()) {
            throw new DomainException(422, "duplicate-deputy", "代表重复", "Deputy listed twice",
                    "同一代表不能重复列出。", "A deputy may be listed only once.");
        }
        if (c.startedOn().isAfter(ChinaTime.dateOf(c.recordedAt()))) {
            throw new DomainException(422, "inspection-in-future", "检查日期在未来", "Inspection date in the future",
                    "只能记录已开始的执法检查。", "Only an enforcement inspection that has started can be recorded.");
        }
        apply(new EnforcementInspectionRecordedEvent(c.inspectionId(), c.county(), c.townshipCode(), c.law(),
                c.scope(), c.startedOn(), List.copyOf(c.deputyIds()), c.findings(), c.recordedAt()));
    }

    @CommandHandler
    void handle(AddEnforcementRectificationCommand c) {
        requireCountyAndOpen(c.county());
        items.requireNew(c.itemId(), c.deadline(), startedOn);
        apply(new RectificationItemAddedEvent(inspectionId, county, townshipCode, c.itemId(), c.description(),
                c.responsibleUnit(), c.deadline(), c.addedAt()));
    }

    @CommandHandler
    void handle(CompleteEnforcementRectificationCommand c) {
        requireCountyAndOpen(c.county());
        boolean onTime = items.requireOpenAndOnTime(c.itemId(), c.completedAt());
        apply(new RectificationItemCompletedEvent(inspectionId, county, townshipCode, c.itemId(), c.outcome(), onTime,
                c.completedAt()));
    }

    @CommandHandler
    void handle(CloseEnforcementInspectionCommand c) {
        requireCountyAndOpen(c.county());
        items.requireAllDone();
        apply(new EnforcementInspectionClosedEvent(inspectionId, county, townshipCode, items.count(), c.closedAt()));
    }

    private void requireCountyAndOpen(String commandCounty) {
        if (!commandCounty.equals(county)) {
            throw new DomainException(404, ProblemTypes.NOT_FOUND, "未找到", "Not found", "本县没有该执法检查。",
                    "The county has no such enforcement inspection.");
        }
        if (closed) {
            throw new DomainException(409, "enforcement-inspection-closed", "执法检查已结束",
                    "Enforcement inspection closed", "该执法检查已结束，不能再变更。",
                    "The enforcement inspection is closed and cannot change.");
        }
    }

    @EventSourcingHandler
    void on(EnforcementInspectionRecordedEvent e) {
        inspectionId = e.inspectionId();
        county = e.county();
        townshipCode = e.townshipCode();
        startedOn = e.startedOn();
    }

    @EventSourcingHandler
    void on(RectificationItemAddedEvent e) {
        items.added(e.itemId(), e.deadline());
    }

    @EventSourcingHandler
    void on(RectificationItemCompletedEvent e) {
        items.completed(e.itemId());
    }

    @EventSourcingHandler
    void on(EnforcementInspectionClosedEvent e) {
        closed = true;
    }
}
