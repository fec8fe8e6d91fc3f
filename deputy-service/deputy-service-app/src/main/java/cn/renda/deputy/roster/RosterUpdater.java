package cn.renda.deputy.roster;

import cn.renda.deputy.api.events.DeputyRegisteredEvent;
import cn.renda.deputy.api.events.DeputyStatusChangedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Keeps {@code deputy_roster} in the event's own transaction (subscribing processor {@code deputy-roster}). */
@Component
@ProcessingGroup("deputy-roster")
class RosterUpdater {

    private final RosterRepository roster;

    RosterUpdater(RosterRepository roster) {
        this.roster = roster;
    }

    @EventHandler
    void on(DeputyRegisteredEvent e) {
        roster.save(new RosterEntry(e.deputyId(), e.county(), e.townshipCode(), e.name(), Roster.SERVING, e.groupId()));
    }

    @EventHandler
    void on(DeputyStatusChangedEvent e) {
        roster.findById(e.deputyId()).ifPresent(r -> {
            r.status(e.change().resultingStatus());
            roster.save(r);
        });
    }
}
