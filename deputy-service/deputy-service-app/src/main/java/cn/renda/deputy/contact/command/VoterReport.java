package cn.renda.deputy.contact.command;

import cn.renda.deputy.api.events.DeputyReportedToVotersEvent;
import cn.renda.platform.problem.DomainException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A deputy's report on their work to the voters (述职), with the voters' evaluation counts. */
@Aggregate
class VoterReport {

    @AggregateIdentifier
    private String reportId;

    VoterReport() {
    }

    @CommandHandler
    VoterReport(RecordVoterReportCommand c) {
        ContactRules.requireTownshipInCounty(c.townshipCode(), c.county());
        ContactRules.requireNotFuture(c.reportedOn(), c.recordedAt());
        if (c.voters() < 1) {
            throw new DomainException(422, "no-voters", "参加选民人数无效", "No voters",
                    "述职须有选民参加。", "Voters must attend a report.");
        }
        if (c.satisfied() < 0 || c.basicallySatisfied() < 0 || c.dissatisfied() < 0
                || c.satisfied() + c.basicallySatisfied() + c.dissatisfied() > c.voters()) {
            throw new DomainException(422, "evaluations-exceed-voters", "测评票数超过参加选民人数",
                    "More evaluations than voters",
                    "满意、基本满意、不满意合计不能超过参加选民 " + c.voters() + " 人。",
                    "Satisfied, basically satisfied and dissatisfied together cannot exceed the " + c.voters() + " voters.");
        }
        apply(new DeputyReportedToVotersEvent(c.reportId(), c.county(), c.townshipCode(), c.deputyId(), c.reportedOn(),
                c.voters(), c.satisfied(), c.basicallySatisfied(), c.dissatisfied()));
    }

    @EventSourcingHandler
    void on(DeputyReportedToVotersEvent e) {
        reportId = e.reportId();
    }
}
