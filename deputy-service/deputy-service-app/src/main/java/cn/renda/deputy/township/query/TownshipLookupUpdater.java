package cn.renda.deputy.township.query;

import cn.renda.deputy.api.events.TownshipRegisteredEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup("township-lookup")
class TownshipLookupUpdater {

    private final KnownTownshipRepository repository;

    TownshipLookupUpdater(KnownTownshipRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    void on(TownshipRegisteredEvent e) {
        repository.save(new KnownTownship(e.townshipCode(), e.county(), e.name()));
    }
}
