package cn.renda.supervision.unit.command;

import cn.renda.platform.problem.DomainException;
import cn.renda.supervision.api.events.HandlingUnitContactChangedEvent;
import cn.renda.supervision.api.events.HandlingUnitRegisteredEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** 承办单位: a township or county government office that answers suggestions assigned to it. */
@Aggregate
class HandlingUnit {

    @AggregateIdentifier
    private String unitId;
    private String county;
    private String contactPerson;
    private String contactPhone;
    private String responsibleLeader;

    HandlingUnit() {
    }

    @CommandHandler
    HandlingUnit(RegisterHandlingUnitCommand c) {
        if (c.townshipCode() != null && !c.townshipCode().startsWith(c.county())) {
            throw new DomainException(422, "township-not-in-county", "乡镇不属于本县", "Township not in county",
                    "乡镇 " + c.townshipCode() + " 不属于本县。", "Township " + c.townshipCode() + " is not in the county.");
        }
        apply(new HandlingUnitRegisteredEvent(c.unitId(), c.county(), c.townshipCode(), c.name(), c.contactPerson(),
                c.contactPhone(), c.responsibleLeader(), c.registeredAt()));
    }

    @CommandHandler
    void handle(ChangeHandlingUnitContactCommand c) {
        if (!c.county().equals(county)) {
            throw new DomainException(404, "not-found", "未找到", "Not found", "本县没有该承办单位。",
                    "The county has no such handling unit.");
        }
        if (Objects.equals(contactPerson, c.contactPerson()) && Objects.equals(contactPhone, c.contactPhone())
                && Objects.equals(responsibleLeader, c.responsibleLeader())) {
            return; // nothing changed: no event
        }
        apply(new HandlingUnitContactChangedEvent(unitId, county, c.contactPerson(), c.contactPhone(),
                c.responsibleLeader(), c.changedAt()));
    }

    @EventSourcingHandler
    void on(HandlingUnitRegisteredEvent e) {
        unitId = e.unitId();
        county = e.county();
        contactPerson = e.contactPerson();
        contactPhone = e.contactPhone();
        responsibleLeader = e.responsibleLeader();
    }

    @EventSourcingHandler
    void on(HandlingUnitContactChangedEvent e) {
        contactPerson = e.contactPerson();
        contactPhone = e.contactPhone();
        responsibleLeader = e.responsibleLeader();
    }
}
