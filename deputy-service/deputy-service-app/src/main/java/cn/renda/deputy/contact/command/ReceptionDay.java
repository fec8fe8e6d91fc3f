package cn.renda.deputy.contact.command;

import cn.renda.deputy.api.events.ReceptionDayHeldEvent;
import cn.renda.platform.problem.DomainException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.LinkedHashSet;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A voter reception day (选民接待日, "one day a month"), recorded after it took place. */
@Aggregate
class ReceptionDay {

    @AggregateIdentifier
    private String receptionId;

    ReceptionDay() {
    }

    @CommandHandler
    ReceptionDay(RecordReceptionDayCommand c) {
        ContactRules.requireTownshipInCounty(c.townshipCode(), c.county());
        ContactRules.requireNotFuture(c.heldOn(), c.recordedAt());
        ContactRules.requireDeputies(c.deputyIds());
        if (c.visitors() < 0) {
            throw new DomainException(422, "visitors-negative", "来访人数无效", "Invalid visitor count",
                    "来访人数不能为负数。", "The number of visitors cannot be negative.");
        }
        apply(new ReceptionDayHeldEvent(c.receptionId(), c.county(), c.townshipCode(), c.heldOn(), c.place(),
                List.copyOf(new LinkedHashSet<>(c.deputyIds())), c.visitors(), List.copyOf(c.issues())));
    }

    @EventSourcingHandler
    void on(ReceptionDayHeldEvent e) {
        receptionId = e.receptionId();
    }
}
