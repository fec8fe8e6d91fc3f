package cn.renda.deputy.deputy.command;

import cn.renda.deputy.api.events.DeputyRegisteredEvent;
import cn.renda.platform.problem.DomainException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A deputy (人大代表) of a township congress. */
@Aggregate
class Deputy {

    @AggregateIdentifier
    private String deputyId;
    private String county;

    Deputy() {
    }

    @CommandHandler
    Deputy(RegisterDeputyCommand c) {
        if (!c.townshipCode().startsWith(c.county())) {
            throw new DomainException(422, "township-outside-county", "乡镇不属于该县", "Township outside the county",
                    "乡镇代码 " + c.townshipCode() + " 不属于县 " + c.county() + "。",
                    "Township " + c.townshipCode() + " is not in county " + c.county() + ".");
        }
        if (c.birthYear() != null && c.registeredAt() != null
                && c.registeredAt().atZone(java.time.ZoneOffset.UTC).getYear() - c.birthYear() < 18) {
            throw new DomainException(422, "deputy-too-young", "代表未满十八周岁", "Deputy under 18",
                    "人大代表须年满十八周岁。", "A deputy must be at least 18 years old.");
        }
        apply(new DeputyRegisteredEvent(c.deputyId(), c.county(), c.townshipCode(), c.name(), c.gender(),
                c.birthYear(), c.occupation(), c.registeredAt()));
    }

    @EventSourcingHandler
    void on(DeputyRegisteredEvent e) {
        deputyId = e.deputyId();
        county = e.county();
    }
}
