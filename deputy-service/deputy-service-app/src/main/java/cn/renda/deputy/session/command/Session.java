package cn.renda.deputy.session.command;

import cn.renda.deputy.api.SessionKind;
import cn.renda.deputy.api.events.SessionClosedEvent;
import cn.renda.deputy.api.events.SessionConvenedEvent;
import cn.renda.deputy.api.events.SessionDocumentsDistributedEvent;
import cn.renda.deputy.api.events.SessionOpenedEvent;
import cn.renda.deputy.api.events.SessionVoteRecordedEvent;
import cn.renda.platform.problem.DomainException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A session of a township congress (人代会) or a presidium meeting: convened with an agenda, documents handed out
 * (and how many days before), opened only with a quorum of the serving deputies (2/3 by default), votes, closed.
 */
@Aggregate
class Session {

    private enum Stage { CONVENED, OPEN, CLOSED }

    @AggregateIdentifier
    private String sessionId;
    private String county;
    private String townshipCode;
    private SessionKind kind;
    private LocalDate startsOn;
    private LocalDate openedOn;
    private Stage stage;
    private int present;
    private int serving;
    private final Set<String> items = new HashSet<>();

    Session() {
    }

    @CommandHandler
    Session(ConveneSessionCommand c) {
        if (!c.townshipCode().startsWith(c.county())) {
            throw new DomainException(422, "township-outside-county", "乡镇不属于该县", "Township outside the county",
                    "乡镇代码 " + c.townshipCode() + " 不属于县 " + c.county() + "。",
                    "Township " + c.townshipCode() + " is not in county " + c.county() + ".");
        }
        if (c.days() < 1 || c.days() > 15) {
            throw new DomainException(422, "session-length-invalid", "会期天数无效", "Invalid session length",
                    "会期须为 1 到 15 天。", "A session lasts 1 to 15 days.");
        }
        if (c.termStartsOn() != null && c.termUntil() != null
                && (c.startsOn().isBefore(c.termStartsOn()) || c.startsOn().isAfter(c.termUntil()))) {
            throw new DomainException(422, "session-outside-term", "会议日期不在本届任期内", "Session outside the term",
                    "第 " + c.term() + " 届任期为 " + c.termStartsOn() + " 至 " + c.termUntil() + "，会议日期 "
                            + c.startsOn() + " 不在其中。",
                    "Term " + c.term() + " runs from " + c.termStartsOn() + " to " + c.termUntil() + "; "
                            + c.startsOn() + " is outside it.");
        }
        if (c.kind() != SessionKind.PRESIDIUM_MEETING && (c.agenda() == null || c.agenda().isEmpty())) {
            throw new DomainException(422, "agenda-empty", "议程为空", "Empty agenda",
                    "人民代表大会会议须有议程。", "A congress session needs an agenda.");
        }
        if (c.kind() == SessionKind.EXTRAORDINARY) {
            Set<String> serving = new HashSet<>(c.servingDeputyIds());
            long proposers = c.proposerIds().stream().distinct().filter(serving::contains).count();
            if (proposers * 5 < serving.size()) {
                int required = (serving.size() + 4) / 5;
                throw new DomainException(422, "extraordinary-session-not-proposed", "临时会议提议人数不足",
                        "Too few deputies proposed the extraordinary session",
                        "临时会议须经五分之一以上代表提议：在任代表 " + serving.size() + " 名，须至少 " + required
                                + " 名提议，现有 " + proposers + " 名。",
                        "An extraordinary session needs one fifth of the " + serving.size() + " serving deputies ("
                                + required + ") to propose it; " + proposers + " did.");
            }
        }
        apply(new SessionConvenedEvent(c.sessionId(), c.county(), c.townshipCode(), c.term(), c.number(), c.kind(),
                c.startsOn(), c.days(), List.copyOf(c.agenda() == null ? List.of() : c.agenda())));
    }

    @CommandHandler
    void handle(DistributeDocumentsCommand c) {
        requireCounty(c.county());
        if (stage == Stage.CLOSED) {
            throw closed();
        }
        if (c.distributedOn().isAfter(startsOn)) {
            throw new DomainException(422, "documents-after-opening", "文件分发日期晚于会议开幕",
                    "Documents after the opening", "会议文件须在开幕当天或之前分发给代表。",
                    "Documents are handed to the deputies on or before the opening day.");
        }
        apply(new SessionDocumentsDistributedEvent(sessionId, county, townshipCode, List.copyOf(c.titles()),
                c.distributedOn(), (int) ChronoUnit.DAYS.between(c.distributedOn(), startsOn)));
    }

    @CommandHandler
    void handle(OpenSessionCommand c) {
        requireCounty(c.county());
        if (stage != Stage.CONVENED) {
            throw new DomainException(409, "session-already-opened", "会议已开幕", "Session already opened",
                    "该会议已经开幕或闭幕。", "This session was already opened.");
        }
        Set<String> servingIds = new HashSet<>(c.servingDeputyIds());
        for (String id : c.presentDeputyIds()) {
            if (!servingIds.contains(id)) {
                throw new DomainException(422, "attendee-not-serving", "出席者不是本乡镇在任代表",
                        "Attendee not a serving deputy", "出席名单中的 " + id + " 不是本乡镇在任代表。",
                        id + " on the attendance list is not a serving deputy of this township.");
            }
        }
        int presentCount = new HashSet<>(c.presentDeputyIds()).size();
        if (kind != SessionKind.PRESIDIUM_MEETING
                && (long) presentCount * c.quorumDenominator() < (long) servingIds.size() * c.quorumNumerator()) {
            int required = (int) Math.ceil(servingIds.size() * (double) c.quorumNumerator() / c.quorumDenominator());
            throw new DomainException(422, "no-quorum", "出席代表不足法定人数，不能开会", "No quorum",
                    "在任代表 " + servingIds.size() + " 名，出席 " + presentCount + " 名，须至少 " + required
                            + " 名（" + c.quorumNumerator() + "/" + c.quorumDenominator() + "）出席方可开会。",
                    presentCount + " of " + servingIds.size() + " serving deputies present; at least " + required
                            + " must attend for the session to open.");
        }
        if (kind == SessionKind.PRESIDIUM_MEETING && presentCount == 0) {
            throw new DomainException(422, "no-quorum", "无人出席", "No one present", "会议须有人出席。",
                    "A meeting needs someone present.");
        }
        apply(new SessionOpenedEvent(sessionId, county, townshipCode, c.openedOn(), servingIds.size(),
                List.copyOf(new java.util.LinkedHashSet<>(c.presentDeputyIds())), List.copyOf(c.excusedDeputyIds())));
    }

    @CommandHandler
    void handle(RecordVoteCommand c) {
        requireCounty(c.county());
        if (stage != Stage.OPEN) {
            throw new DomainException(409, "session-not-open", "会议未在进行中", "Session not open",
                    "只有开幕后、闭幕前的会议才能表决。", "Votes are taken only while the session is open.");
        }
        if (c.votesFor() < 0 || c.votesAgainst() < 0 || c.abstentions() < 0
                || c.votesFor() + c.votesAgainst() + c.abstentions() > present) {
            throw new DomainException(422, "votes-exceed-attendance", "票数超过出席人数", "More votes than attendees",
                    "赞成、反对、弃权票合计不能超过出席代表 " + present + " 名。",
                    "For, against and abstentions together cannot exceed the " + present + " deputies present.");
        }
        if (items.contains(c.item())) {
            throw new DomainException(409, "already-voted", "该事项已表决", "Already voted",
                    "事项“" + c.item() + "”已经表决。", "Item '" + c.item() + "' was already voted on.");
        }
        apply(new SessionVoteRecordedEvent(sessionId, county, townshipCode, c.item(), c.kind(), c.votesFor(),
                c.votesAgainst(), c.abstentions(), c.votesFor() * 2 > serving));
    }

    @CommandHandler
    void handle(CloseSessionCommand c) {
        requireCounty(c.county());
        if (stage != Stage.OPEN) {
            throw stage == Stage.CLOSED ? closed() : new DomainException(409, "session-not-open", "会议未开幕",
                    "Session not open", "未开幕的会议不能闭幕。", "A session that never opened cannot close.");
        }
        if (c.closedOn().isBefore(openedOn)) {
            throw new DomainException(422, "closed-before-opening", "闭幕日期早于开幕日期", "Closed before opening",
                    "闭幕日期不能早于开幕日期 " + openedOn + "。", "The session cannot close before it opened on " + openedOn + ".");
        }
        apply(new SessionClosedEvent(sessionId, county, townshipCode, c.closedOn(),
                (int) ChronoUnit.DAYS.between(openedOn, c.closedOn()) + 1));
    }

    private static DomainException closed() {
        return new DomainException(409, "session-closed", "会议已闭幕", "Session closed", "该会议已经闭幕。",
                "This session is closed.");
    }

    private void requireCounty(String requested) {
        if (!county.equals(requested)) {
            throw new DomainException(404, "not-found", "未找到", "Not found", "本县没有该会议。",
                    "This county has no such session.");
        }
    }

    @EventSourcingHandler
    void on(SessionConvenedEvent e) {
        sessionId = e.sessionId();
        county = e.county();
        townshipCode = e.townshipCode();
        kind = e.kind();
        startsOn = e.startsOn();
        stage = Stage.CONVENED;
    }

    @EventSourcingHandler
    void on(SessionOpenedEvent e) {
        stage = Stage.OPEN;
        openedOn = e.openedOn();
        present = e.presentDeputyIds().size();
        serving = e.servingDeputies();
    }

    @EventSourcingHandler
    void on(SessionVoteRecordedEvent e) {
        items.add(e.item());
    }

    @EventSourcingHandler
    void on(SessionClosedEvent e) {
        stage = Stage.CLOSED;
    }
}
