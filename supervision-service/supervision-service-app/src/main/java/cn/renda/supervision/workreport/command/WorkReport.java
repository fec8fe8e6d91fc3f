package cn.renda.supervision.workreport.command;

import cn.renda.platform.problem.DomainException;
import cn.renda.platform.problem.ProblemTypes;
import cn.renda.supervision.api.events.RectificationItemAddedEvent;
import cn.renda.supervision.api.events.RectificationItemCompletedEvent;
import cn.renda.supervision.api.events.WorkReportClosedEvent;
import cn.renda.supervision.api.events.WorkReportDeliberatedEvent;
import cn.renda.supervision.api.events.WorkReportDeliveredEvent;
import cn.renda.supervision.api.events.WorkReportSatisfactionVotedEvent;
import cn.renda.supervision.shared.ChinaTime;
import cn.renda.supervision.shared.RectificationItems;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 专项工作报告: a government office's report to the presidium or the session, the deliberation opinions, an optional
 * satisfaction vote, and the rectification follow-up until it is closed.
 */
@Aggregate
class WorkReport {

    @AggregateIdentifier
    private String reportId;
    private String county;
    private String townshipCode;
    private LocalDate deliveredOn;
    private boolean deliberated;
    private boolean voted;
    private boolean closed;
    private final RectificationItems items = new RectificationItems();

    WorkReport() {
    }

    @CommandHandler
    WorkReport(RecordWorkReportCommand c) {
        if (c.townshipCode() == null || !c.townshipCode().startsWith(c.county())) {
            throw new DomainException(422, "township-not-in-county", "乡镇不属于本县", "Township not in county",
                    "报告所属乡镇须属于本县。", "The report's township must be in the county.");
        }
        if (c.deliveredOn().isAfter(ChinaTime.dateOf(c.recordedAt()))) {
            throw new DomainException(422, "report-in-future", "报告日期在未来", "Report date in the future",
                    "只能记录已作出的报告。", "Only a report that was delivered can be recorded.");
        }
        apply(new WorkReportDeliveredEvent(c.reportId(), c.county(), c.townshipCode(), c.office(), c.subject(),
                c.body(), c.deliveredOn(), c.recordedAt()));
    }

    @CommandHandler
    void handle(RecordDeliberationOpinionsCommand c) {
        requireCountyAndOpen(c.county());
        if (deliberated) {
            throw new DomainException(409, "already-deliberated", "审议意见已记录", "Opinions already recorded",
                    "该报告的审议意见已记录。", "The deliberation opinions of this report are already recorded.");
        }
        if (c.opinions() == null || c.opinions().isEmpty()) {
            throw new DomainException(422, "no-opinion", "缺少审议意见", "No opinion",
                    "至少需要一条审议意见。", "At least one deliberation opinion is needed.");
        }
        apply(new WorkReportDeliberatedEvent(reportId, county, townshipCode, List.copyOf(c.opinions()),
                c.deliberatedAt()));
    }

    @CommandHandler
    void handle(RecordSatisfactionVoteCommand c) {
        requireCountyAndOpen(c.county());
        if (voted) {
            throw new DomainException(409, "already-voted", "已进行满意度测评", "Already voted",
                    "该报告的满意度测评已记录。", "The satisfaction vote on this report is already recorded.");
        }
        if (c.satisfied() < 0 || c.basicallySatisfied() < 0 || c.dissatisfied() < 0 || c.abstained() < 0
                || c.satisfied() + c.basicallySatisfied() + c.dissatisfied() + c.abstained() == 0) {
            throw new DomainException(422, "invalid-vote-counts", "票数无效", "Invalid vote counts",
                    "各项票数不能为负，且合计须大于零。", "Counts cannot be negative and must add up to more than zero.");
        }
        apply(new WorkReportSatisfactionVotedEvent(reportId, county, townshipCode, c.satisfied(),
                c.basicallySatisfied(), c.dissatisfied(), c.abstained(), c.votedAt()));
    }

    @CommandHandler
    void handle(AddWorkReportRectificationCommand c) {
        requireCountyAndOpen(c.county());
        items.requireNew(c.itemId(), c.deadline(), deliveredOn);
        apply(new RectificationItemAddedEvent(reportId, county, townshipCode, c.itemId(), c.description(),
                c.responsibleUnit(), c.deadline(), c.addedAt()));
    }

    @CommandHandler
    void handle(CompleteWorkReportRectificationCommand c) {
        requireCountyAndOpen(c.county());
        boolean onTime = items.requireOpenAndOnTime(c.itemId(), c.completedAt());
        apply(new RectificationItemCompletedEvent(reportId, county, townshipCode, c.itemId(), c.outcome(), onTime,
                c.completedAt()));
    }

    @CommandHandler
    void handle(CloseWorkReportCommand c) {
        requireCountyAndOpen(c.county());
        if (!deliberated) {
            throw new DomainException(409, "not-deliberated", "尚未审议", "Not deliberated yet",
                    "报告审议后才能结束跟踪。", "A report's follow-up ends only after it was deliberated.");
        }
        items.requireAllDone();
        apply(new WorkReportClosedEvent(reportId, county, townshipCode, items.count(), c.closedAt()));
    }

    private void requireCountyAndOpen(String commandCounty) {
        if (!commandCounty.equals(county)) {
            throw new DomainException(404, ProblemTypes.NOT_FOUND, "未找到", "Not found", "本县没有该工作报告。",
                    "The county has no such work report.");
        }
        if (closed) {
            throw new DomainException(409, "work-report-closed", "工作报告跟踪已结束", "Work report closed",
                    "该报告的跟踪已结束，不能再变更。", "The report's follow-up is closed and cannot change.");
        }
    }

    @EventSourcingHandler
    void on(WorkReportDeliveredEvent e) {
        reportId = e.reportId();
        county = e.county();
        townshipCode = e.townshipCode();
        deliveredOn = e.deliveredOn();
    }

    @EventSourcingHandler
    void on(WorkReportDeliberatedEvent e) {
        deliberated = true;
    }

    @EventSourcingHandler
    void on(WorkReportSatisfactionVotedEvent e) {
        voted = true;
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
    void on(WorkReportClosedEvent e) {
        closed = true;
    }
}
