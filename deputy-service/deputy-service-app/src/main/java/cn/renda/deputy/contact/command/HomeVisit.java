package cn.renda.deputy.contact.command;

import cn.renda.deputy.api.events.HomeVisitMadeEvent;
import cn.renda.platform.problem.DomainException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.LinkedHashSet;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** Deputies' home visits to constituents (走访). */
@Aggregate
class HomeVisit {

    @AggregateIdentifier
    private String visitId;

    HomeVisit() {
    }

    @CommandHandler
    HomeVisit(RecordHomeVisitCommand c) {
        ContactRules.requireTownshipInCounty(c.townshipCode(), c.county());
        ContactRules.requireNotFuture(c.visitedOn(), c.recordedAt());
        ContactRules.requireDeputies(c.deputyIds());
        if (c.households() < 1) {
            throw new DomainException(422, "no-households", "走访户数无效", "No households",
                    "走访须至少一户。", "A home visit covers at least one household.");
        }
        apply(new HomeVisitMadeEvent(c.visitId(), c.county(), c.townshipCode(), c.visitedOn(),
                List.copyOf(new LinkedHashSet<>(c.deputyIds())), c.households(), List.copyOf(c.issues())));
    }

    @EventSourcingHandler
    void on(HomeVisitMadeEvent e) {
        visitId = e.visitId();
    }
}
