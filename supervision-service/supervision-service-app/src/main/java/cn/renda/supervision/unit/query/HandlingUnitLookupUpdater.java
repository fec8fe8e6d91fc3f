package cn.renda.supervision.unit.query;

import cn.renda.supervision.api.events.HandlingUnitContactChangedEvent;
import cn.renda.supervision.api.events.HandlingUnitRegisteredEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup("handling-unit-lookup")
class HandlingUnitLookupUpdater {

    private final KnownHandlingUnitRepository units;

    HandlingUnitLookupUpdater(KnownHandlingUnitRepository units) {
        this.units = units;
    }

    @EventHandler
    void on(HandlingUnitRegisteredEvent e) {
        units.save(new KnownHandlingUnit(e.unitId(), e.county(), e.townshipCode(), e.name(), e.contactPerson(),
                e.contactPhone(), e.responsibleLeader()));
    }

    @EventHandler
    void on(HandlingUnitContactChangedEvent e) {
        units.findById(e.unitId()).ifPresent(u -> {
            u.contact(e.contactPerson(), e.contactPhone(), e.responsibleLeader());
            units.save(u);
        });
    }

    @ResetHandler
    void reset() {
        units.deleteAll();
    }
}
