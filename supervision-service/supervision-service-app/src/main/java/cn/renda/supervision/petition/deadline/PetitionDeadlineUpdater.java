package cn.renda.supervision.petition.deadline;

import cn.renda.supervision.api.events.PetitionAcceptedEvent;
import cn.renda.supervision.api.events.PetitionExtendedEvent;
import cn.renda.supervision.api.events.PetitionOverdueEvent;
import cn.renda.supervision.api.events.PetitionReceivedEvent;
import cn.renda.supervision.api.events.PetitionRefusedEvent;
import cn.renda.supervision.api.events.PetitionRepliedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup("petition-deadlines")
class PetitionDeadlineUpdater {

    private final PetitionDeadlineRepository deadlines;

    PetitionDeadlineUpdater(PetitionDeadlineRepository deadlines) {
        this.deadlines = deadlines;
    }

    @EventHandler
    void on(PetitionReceivedEvent e) {
        deadlines.save(new PetitionDeadline(e.petitionId(), e.county(), e.acceptBy()));
    }

    @EventHandler
    void on(PetitionAcceptedEvent e) {
        deadlines.save(new PetitionDeadline(e.petitionId(), e.county(), e.handleBy()));
    }

    @EventHandler
    void on(PetitionExtendedEvent e) {
        deadlines.save(new PetitionDeadline(e.petitionId(), e.county(), e.handleBy()));
    }

    @EventHandler
    void on(PetitionRefusedEvent e) {
        deadlines.deleteById(e.petitionId());
    }

    @EventHandler
    void on(PetitionRepliedEvent e) {
        deadlines.deleteById(e.petitionId());
    }

    @EventHandler
    void on(PetitionOverdueEvent e) {
        deadlines.findById(e.petitionId()).ifPresent(d -> {
            d.overdueRaised(e.deadline());
            deadlines.save(d);
        });
    }

    @ResetHandler
    void reset() {
        deadlines.deleteAll();
    }
}
