package cn.renda.supervision.petition.command;

import cn.renda.platform.problem.DomainException;
import cn.renda.platform.problem.ProblemTypes;
import cn.renda.supervision.api.PetitionStage;
import cn.renda.supervision.api.events.PetitionAcceptedEvent;
import cn.renda.supervision.api.events.PetitionExtendedEvent;
import cn.renda.supervision.api.events.PetitionOverdueEvent;
import cn.renda.supervision.api.events.PetitionReceivedEvent;
import cn.renda.supervision.api.events.PetitionRefusedEvent;
import cn.renda.supervision.api.events.PetitionRepliedEvent;
import cn.renda.supervision.shared.ChinaTime;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 信访: a letter, visit or online petition. Accepted (and assigned to a unit) or refused within 15 days; handled
 * within 60 days of acceptance, extendable once by 30; overdue raised once per limit.
 */
@Aggregate
class Petition {

    enum Status { RECEIVED, ACCEPTED, REFUSED, REPLIED }

    static final int HANDLE_DAYS = 60;
    static final int EXTENSION_DAYS = 30;

    @AggregateIdentifier
    private String petitionId;
    private String county;
    private String townshipCode;
    private Status status;
    private LocalDate acceptBy;
    private LocalDate handleBy;
    private String unitId;
    private boolean extended;
    private LocalDate overdueRaisedFor;

    Petition() {
    }

    @CommandHandler
    Petition(ReceivePetitionCommand c) {
        if (c.townshipCode() == null || !c.townshipCode().startsWith(c.county())) {
            throw new DomainException(422, "township-not-in-county", "乡镇不属于本县", "Township not in county",
                    "信访事项所属乡镇须属于本县。", "The petition's township must be in the county.");
        }
        if (c.receivedOn().isAfter(ChinaTime.dateOf(c.receivedAt()))) {
            throw new DomainException(422, "received-in-future", "收件日期在未来", "Receipt date in the future",
                    "收件日期不能晚于今天。", "The day of receipt cannot be after today.");
        }
        apply(new PetitionReceivedEvent(c.petitionId(), c.county(), c.townshipCode(), c.channel(), c.subject(),
                c.content(), c.receivedOn(), c.acceptBy(), c.receivedAt()));
    }

    @CommandHandler
    void handle(AcceptPetitionCommand c) {
        requireCounty(c.county());
        requireStatus(Status.RECEIVED, "已受理或已办结的信访不能再受理。", "Only a received petition can be accepted.");
        if (c.handleBy() == null || !c.handleBy().isAfter(ChinaTime.dateOf(c.acceptedAt()))) {
            throw new DomainException(422, "deadline-invalid", "办理期限无效", "Invalid deadline",
                    "办理期限须晚于受理日期。", "The handling limit must be after the day of acceptance.");
        }
        apply(new PetitionAcceptedEvent(petitionId, county, townshipCode, c.unitId(), c.handleBy(),
                !ChinaTime.dateOf(c.acceptedAt()).isAfter(acceptBy), c.acceptedAt()));
    }

    @CommandHandler
    void handle(RefusePetitionCommand c) {
        requireCounty(c.county());
        requireStatus(Status.RECEIVED, "只有未受理的信访可以不予受理。", "Only a petition not yet accepted can be refused.");
        apply(new PetitionRefusedEvent(petitionId, county, townshipCode, c.reason(),
                !ChinaTime.dateOf(c.refusedAt()).isAfter(acceptBy), c.refusedAt()));
    }

    @CommandHandler
    void handle(ExtendPetitionCommand c, PetitionCalendar calendar) {
        requireCounty(c.county());
        requireStatus(Status.ACCEPTED, "只有办理中的信访可以延期。", "Only a petition being handled can be extended.");
        if (extended) {
            throw new DomainException(409, "already-extended", "已延期", "Already extended",
                    "信访办理期限只能延长一次。", "A petition's handling limit is extended once only.");
        }
        apply(new PetitionExtendedEvent(petitionId, county, townshipCode, c.reason(),
                calendar.afterDays(county, handleBy, EXTENSION_DAYS), c.extendedAt()));
    }

    @CommandHandler
    void handle(ReplyToPetitionCommand c) {
        requireCounty(c.county());
        requireStatus(Status.ACCEPTED, "只有已受理、未答复的信访可以答复。", "Only an accepted, unanswered petition can be replied.");
        if (!c.unitId().equals(unitId)) {
            throw new DomainException(403, "not-the-assigned-unit", "非承办单位", "Not the assigned unit",
                    "该信访未交办给此单位。", "The petition was not assigned to this unit.");
        }
        apply(new PetitionRepliedEvent(petitionId, county, townshipCode, c.unitId(), c.content(),
                !ChinaTime.dateOf(c.repliedAt()).isAfter(handleBy), c.repliedAt()));
    }

    @CommandHandler
    void handle(MarkPetitionOverdueCommand c) {
        if (!c.county().equals(county) || c.deadline() == null || c.deadline().equals(overdueRaisedFor)
                || !ChinaTime.dateOf(c.raisedAt()).isAfter(c.deadline())) {
            return;
        }
        if (status == Status.RECEIVED && c.deadline().equals(acceptBy)) {
            apply(new PetitionOverdueEvent(petitionId, county, townshipCode, PetitionStage.ACCEPTANCE, acceptBy,
                    c.raisedAt()));
        } else if (status == Status.ACCEPTED && c.deadline().equals(handleBy)) {
            apply(new PetitionOverdueEvent(petitionId, county, townshipCode, PetitionStage.HANDLING, handleBy,
                    c.raisedAt()));
        }
    }

    private void requireCounty(String commandCounty) {
        if (!commandCounty.equals(county)) {
            throw new DomainException(404, ProblemTypes.NOT_FOUND, "未找到", "Not found", "本县没有该信访事项。",
                    "The county has no such petition.");
        }
    }

    private void requireStatus(Status expected, String zh, String en) {
        if (status != expected) {
            throw new DomainException(409, "petition-" + status.name().toLowerCase().replace('_', '-'),
                    "信访状态不允许此操作", "Not allowed in this state", zh, en);
        }
    }

    @EventSourcingHandler
    void on(PetitionReceivedEvent e) {
        petitionId = e.petitionId();
        county = e.county();
        townshipCode = e.townshipCode();
        acceptBy = e.acceptBy();
        status = Status.RECEIVED;
    }

    @EventSourcingHandler
    void on(PetitionAcceptedEvent e) {
        status = Status.ACCEPTED;
        unitId = e.unitId();
        handleBy = e.handleBy();
    }

    @EventSourcingHandler
    void on(PetitionRefusedEvent e) {
        status = Status.REFUSED;
    }

    @EventSourcingHandler
    void on(PetitionExtendedEvent e) {
        extended = true;
        handleBy = e.handleBy();
    }

    @EventSourcingHandler
    void on(PetitionRepliedEvent e) {
        status = Status.REPLIED;
    }

    @EventSourcingHandler
    void on(PetitionOverdueEvent e) {
        overdueRaisedFor = e.deadline();
    }
}
