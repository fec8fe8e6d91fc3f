package cn.renda.supervision.suggestion.command;

import cn.renda.platform.problem.DomainException;
import cn.renda.platform.problem.ProblemTypes;
import cn.renda.supervision.api.Rating;
import cn.renda.supervision.api.ReplyResult;
import cn.renda.supervision.api.events.SuggestionAssignedEvent;
import cn.renda.supervision.api.events.SuggestionCarriedOverEvent;
import cn.renda.supervision.api.events.SuggestionClosedEvent;
import cn.renda.supervision.api.events.SuggestionDueSoonEvent;
import cn.renda.supervision.api.events.SuggestionFlaggedEvent;
import cn.renda.supervision.api.events.SuggestionMadeDuringSessionEvent;
import cn.renda.supervision.api.events.SuggestionOverdueEvent;
import cn.renda.supervision.api.events.SuggestionRatedEvent;
import cn.renda.supervision.api.events.SuggestionReHandlingStartedEvent;
import cn.renda.supervision.api.events.SuggestionRepliedEvent;
import cn.renda.supervision.api.events.SuggestionSubmittedEvent;
import cn.renda.supervision.shared.ChinaTime;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A deputies' written suggestion (代表建议) through its whole life: submitted, assigned (交办) to a lead unit and
 * co-handling units with a deadline, possibly flagged (挂牌督办), replied (答复) by the lead unit, rated (测评) by each
 * submitting deputy, re-handled (重新办理) after a dissatisfied rating, carried over (结转) into the next year while
 * unfinished, closed (办结). Due soon and overdue are raised by the deadline sweep, once per deadline.
 */
@Aggregate
class Suggestion {

    enum Status { SUBMITTED, ASSIGNED, REPLIED, RE_HANDLING, CLOSED }

    /** At most six months from assignment to deadline. */
    static final int MAX_MONTHS = 6;

    @AggregateIdentifier
    private String suggestionId;
    private String county;
    private String townshipCode;
    private List<String> deputyIds;
    private Status status;
    private String leadUnitId;
    private Set<String> coUnitIds = Set.of();
    private LocalDate deadline;
    private int round;
    private boolean flagged;
    private int trackedYear;
    private LocalDate submittedOn;
    private ReplyResult lastResult;
    private final Map<String, Rating> ratings = new HashMap<>();
    private int reHandlings;
    private LocalDate dueSoonRaisedFor;
    private LocalDate overdueRaisedFor;

    Suggestion() {
    }

    @CommandHandler
    Suggestion(SubmitSuggestionCommand c) {
        if (c.deputyIds() == null || c.deputyIds().isEmpty()) {
            throw new DomainException(422, "no-deputy", "建议须由代表提出", "A suggestion needs a deputy",
                    "至少需要一名提出建议的代表。", "At least one deputy must submit the suggestion.");
        }
        if (new LinkedHashSet<>(c.deputyIds()).size() != c.deputyIds().size()) {
            throw new DomainException(422, "duplicate-deputy", "代表重复", "Deputy listed twice",
                    "同一代表不能重复列为提出人。", "A deputy may be listed only once.");
        }
        apply(new SuggestionSubmittedEvent(c.suggestionId(), c.county(), c.townshipCode(), List.copyOf(c.deputyIds()),
                c.title(), c.content(), c.category(), c.submittedAt()));
        if (c.sessionId() != null) {
            apply(new SuggestionMadeDuringSessionEvent(c.suggestionId(), c.county(), c.townshipCode(), c.sessionId(),
                    c.submittedAt()));
        }
    }

    @CommandHandler
    void handle(AssignSuggestionCommand c) {
        requireCounty(c.county());
        requireOpen();
        if (status != Status.SUBMITTED) {
            throw new DomainException(409, "already-assigned", "建议已交办", "Already assigned",
                    "该建议已交办，不能重复交办。", "The suggestion has already been assigned.");
        }
        List<String> co = c.coUnitIds() == null ? List.of() : c.coUnitIds();
        if (co.contains(c.leadUnitId())) {
            throw new DomainException(422, "lead-unit-also-co-handling", "主办单位重复", "Lead unit listed as co-handling",
                    "主办单位不能同时作为协办单位。", "The lead unit cannot also be a co-handling unit.");
        }
        if (new LinkedHashSet<>(co).size() != co.size()) {
            throw new DomainException(422, "duplicate-unit", "协办单位重复", "Co-handling unit listed twice",
                    "同一协办单位不能重复列出。", "A co-handling unit may be listed only once.");
        }
        if (ChinaTime.dateOf(c.assignedAt()).isBefore(submittedOn)) {
            throw new DomainException(422, "assigned-before-submission", "交办日期早于提出日期",
                    "Assigned before submission", "交办日期不能早于建议提出日期。",
                    "A suggestion cannot be assigned before the day it was submitted.");
        }
        requireDeadline(c.deadline(), c.assignedAt());
        apply(new SuggestionAssignedEvent(suggestionId, county, townshipCode, c.leadUnitId(), List.copyOf(co),
                c.responsibleLeader(), c.deadline(), c.assignedAt()));
    }

    @CommandHandler
    void handle(FlagSuggestionCommand c) {
        requireCounty(c.county());
        requireOpen();
        if (flagged) {
            throw new DomainException(409, "already-flagged", "已挂牌督办", "Already flagged",
                    "该建议已列为挂牌督办。", "The suggestion is already flagged for supervision.");
        }
        apply(new SuggestionFlaggedEvent(suggestionId, county, townshipCode, c.reason(), c.flaggedAt()));
    }

    @CommandHandler
    void handle(ReplyToSuggestionCommand c) {
        requireCounty(c.county());
        requireOpen();
        if (status == Status.SUBMITTED) {
            throw new DomainException(409, "not-assigned", "建议尚未交办", "Not assigned yet",
                    "建议交办后承办单位才能答复。", "A unit can reply only after the suggestion was assigned.");
        }
        if (status == Status.REPLIED) {
            throw new DomainException(409, "already-replied", "已答复", "Already replied",
                    "本轮办理已答复；代表不满意时可重新办理后再答复。",
                    "This round was already replied; after a dissatisfied rating it can be re-handled and replied again.");
        }
        if (!c.unitId().equals(leadUnitId)) {
            boolean co = coUnitIds.contains(c.unitId());
            throw new DomainException(403, "not-the-lead-unit", "非主办单位", "Not the lead unit",
                    co ? "协办单位不能答复，答复由主办单位作出。" : "该建议未交办给此单位。",
                    co ? "A co-handling unit cannot reply; the lead unit replies."
                            : "The suggestion was not assigned to this unit.");
        }
        if (c.result() == ReplyResult.CANNOT_RESOLVE_NOW && (c.reasons() == null || c.reasons().isBlank())) {
            throw new DomainException(422, "reasons-required", "须说明原因", "Reasons required",
                    "答复“因条件限制暂不能解决”时须说明原因。", "A reply that cannot resolve it now must give the reasons.");
        }
        boolean onTime = !ChinaTime.dateOf(c.repliedAt()).isAfter(deadline);
        apply(new SuggestionRepliedEvent(suggestionId, county, townshipCode, c.unitId(), round, c.result(),
                c.content(), c.reasons(), onTime, c.repliedAt()));
    }

    @CommandHandler
    void handle(RateSuggestionCommand c) {
        requireCounty(c.county());
        requireOpen();
        if (status != Status.REPLIED) {
            throw new DomainException(409, "not-replied", "尚未答复", "Not replied yet",
                    "承办单位答复后代表才能测评。", "Deputies rate a suggestion only after the unit replied.");
        }
        if (!deputyIds.contains(c.deputyId())) {
            throw new DomainException(403, "not-a-submitter", "非提出代表", "Not a submitting deputy",
                    "只有提出该建议的代表才能测评答复。", "Only the deputies who submitted the suggestion rate its reply.");
        }
        if (ratings.containsKey(c.deputyId())) {
            throw new DomainException(409, "already-rated", "已测评", "Already rated",
                    "该代表已对本轮答复作出测评。", "The deputy already rated this round's reply.");
        }
        apply(new SuggestionRatedEvent(suggestionId, county, townshipCode, c.deputyId(), round, c.rating(),
                c.comment(), c.ratedAt()));
    }

    @CommandHandler
    void handle(StartReHandlingCommand c) {
        requireCounty(c.county());
        requireOpen();
        if (status != Status.REPLIED) {
            throw new DomainException(409, "not-replied", "尚未答复", "Not replied yet",
                    "只有已答复的建议才能重新办理。", "Only a replied suggestion can be handled again.");
        }
        if (!ratings.containsValue(Rating.DISSATISFIED)) {
            throw new DomainException(409, "no-dissatisfied-rating", "无不满意测评", "No dissatisfied rating",
                    "只有代表对答复不满意时才能重新办理。", "A suggestion is re-handled only after a dissatisfied rating.");
        }
        requireDeadline(c.deadline(), c.startedAt());
        apply(new SuggestionReHandlingStartedEvent(suggestionId, county, townshipCode, round + 1, c.reason(),
                c.deadline(), c.startedAt()));
    }

    @CommandHandler
    void handle(CarryOverSuggestionCommand c) {
        requireCounty(c.county());
        requireOpen();
        if (c.toYear() <= trackedYear) {
            throw new DomainException(409, "already-carried-over", "已结转", "Already carried over",
                    "该建议已在" + trackedYear + "年跟踪办理。", "The suggestion is already tracked in " + trackedYear + ".");
        }
        if (c.toYear() != trackedYear + 1) {
            throw new DomainException(422, "carry-over-one-year", "只能结转到下一年", "Carry over one year at a time",
                    "未办结的建议只能结转到" + (trackedYear + 1) + "年。",
                    "An unfinished suggestion carries over into " + (trackedYear + 1) + " only.");
        }
        apply(new SuggestionCarriedOverEvent(suggestionId, county, townshipCode, trackedYear, c.toYear(),
                c.carriedAt()));
    }

    @CommandHandler
    void handle(CloseSuggestionCommand c) {
        requireCounty(c.county());
        requireOpen();
        if (status != Status.REPLIED) {
            throw new DomainException(409, "not-replied", "尚未答复", "Not replied yet",
                    "承办单位答复后建议才能办结。", "A suggestion is closed only after the unit replied.");
        }
        if (ratings.containsValue(Rating.DISSATISFIED) && reHandlings == 0) {
            throw new DomainException(409, "dissatisfied-needs-re-handling", "代表不满意，须重新办理",
                    "Dissatisfied: handle it again first",
                    "代表对答复不满意，须先重新办理一次才能办结。",
                    "A deputy was dissatisfied: the suggestion must be handled again once before it is closed.");
        }
        Rating worst = ratings.values().stream().max(Enum::compareTo).orElse(null);
        apply(new SuggestionClosedEvent(suggestionId, county, townshipCode, lastResult, worst, round, c.closedAt()));
    }

    @CommandHandler
    void handle(MarkSuggestionDueSoonCommand c) {
        if (!awaitingReply(c.county(), c.deadline()) || c.deadline().equals(dueSoonRaisedFor)
                || c.deadline().equals(overdueRaisedFor)) {
            return; // idempotent: already raised, replied meanwhile, or a deadline that no longer applies
        }
        apply(new SuggestionDueSoonEvent(suggestionId, county, townshipCode, leadUnitId, flagged, deadline,
                c.raisedAt()));
    }

    @CommandHandler
    void handle(MarkSuggestionOverdueCommand c) {
        if (!awaitingReply(c.county(), c.deadline()) || c.deadline().equals(overdueRaisedFor)
                || !ChinaTime.dateOf(c.raisedAt()).isAfter(deadline)) {
            return; // idempotent, and never before the deadline has passed
        }
        apply(new SuggestionOverdueEvent(suggestionId, county, townshipCode, leadUnitId, flagged, deadline,
                c.raisedAt()));
    }

    private boolean awaitingReply(String commandCounty, LocalDate commandDeadline) {
        return commandCounty.equals(county) && (status == Status.ASSIGNED || status == Status.RE_HANDLING)
                && commandDeadline != null && commandDeadline.equals(deadline);
    }

    private void requireCounty(String commandCounty) {
        if (!commandCounty.equals(county)) {
            throw new DomainException(404, ProblemTypes.NOT_FOUND, "未找到", "Not found",
                    "本县没有该建议。", "The county has no such suggestion.");
        }
    }

    private void requireOpen() {
        if (status == Status.CLOSED) {
            throw new DomainException(409, "suggestion-closed", "建议已办结", "Suggestion closed",
                    "该建议已办结，不能再变更。", "The suggestion is closed and cannot change.");
        }
    }

    private static void requireDeadline(LocalDate deadline, Instant from) {
        LocalDate start = ChinaTime.dateOf(from);
        if (deadline == null || !deadline.isAfter(start)) {
            throw new DomainException(422, "deadline-invalid", "办理期限无效", "Invalid deadline",
                    "办理期限须晚于交办日期。", "The deadline must be after the day of assignment.");
        }
        // a month-based deadline that falls on a rest day moves to the next working day; allow that week's slack
        if (deadline.isAfter(start.plusMonths(MAX_MONTHS).plusDays(10))) {
            throw new DomainException(422, "deadline-too-far", "办理期限过长", "Deadline too far",
                    "建议办理期限自交办之日起最长6个月。", "A suggestion's deadline is at most 6 months after assignment.");
        }
    }

    @EventSourcingHandler
    void on(SuggestionSubmittedEvent e) {
        suggestionId = e.suggestionId();
        county = e.county();
        townshipCode = e.townshipCode();
        deputyIds = e.deputyIds();
        status = Status.SUBMITTED;
        submittedOn = ChinaTime.dateOf(e.submittedAt());
        trackedYear = submittedOn.getYear();
    }

    @EventSourcingHandler
    void on(SuggestionAssignedEvent e) {
        status = Status.ASSIGNED;
        leadUnitId = e.leadUnitId();
        coUnitIds = Set.copyOf(e.coUnitIds());
        deadline = e.deadline();
        round = 1;
    }

    @EventSourcingHandler
    void on(SuggestionFlaggedEvent e) {
        flagged = true;
    }

    @EventSourcingHandler
    void on(SuggestionRepliedEvent e) {
        status = Status.REPLIED;
        lastResult = e.result();
        ratings.clear();
    }

    @EventSourcingHandler
    void on(SuggestionRatedEvent e) {
        ratings.put(e.deputyId(), e.rating());
    }

    @EventSourcingHandler
    void on(SuggestionReHandlingStartedEvent e) {
        status = Status.RE_HANDLING;
        round = e.round();
        deadline = e.deadline();
        reHandlings++;
        ratings.clear();
    }

    @EventSourcingHandler
    void on(SuggestionCarriedOverEvent e) {
        trackedYear = e.toYear();
    }

    @EventSourcingHandler
    void on(SuggestionClosedEvent e) {
        status = Status.CLOSED;
    }

    @EventSourcingHandler
    void on(SuggestionDueSoonEvent e) {
        dueSoonRaisedFor = e.deadline();
    }

    @EventSourcingHandler
    void on(SuggestionOverdueEvent e) {
        overdueRaisedFor = e.deadline();
    }
}
