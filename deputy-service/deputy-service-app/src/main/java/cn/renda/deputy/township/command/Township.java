package cn.renda.deputy.township.command;

import cn.renda.deputy.api.events.TownshipRegisteredEvent;
import cn.renda.platform.problem.DomainException;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A township (乡/镇) of a county; identified by its 9-digit division code, which begins with the county's. */
@Aggregate
class Township {

    @AggregateIdentifier
    private String townshipCode;
    private String county;

    Township() {
    }

    @CommandHandler
    Township(RegisterTownshipCommand c) {
        if (!c.townshipCode().startsWith(c.county())) {
            throw new DomainException(422, "township-outside-county", "乡镇不属于该县", "Township outside the county",
                    "乡镇代码 " + c.townshipCode() + " 不以县代码 " + c.county() + " 开头。",
                    "Township code " + c.townshipCode() + " does not begin with county code " + c.county() + ".");
        }
        apply(new TownshipRegisteredEvent(c.townshipCode(), c.county(), c.name()));
    }

    @EventSourcingHandler
    void on(TownshipRegisteredEvent e) {
        townshipCode = e.townshipCode();
        county = e.county();
    }
}
