package cn.renda.deputy.privacy;

import cn.renda.deputy.api.events.DeputyPersonalDataErasedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Destroys the deputy's key in the same transaction as the erasure event (subscribing processor
 * {@code deputy-key-shredder}, errors propagate): the event is stored only if the key is gone, and the ID card's
 * keyed hash leaves the uniqueness table with it.
 */
@Component
@ProcessingGroup("deputy-key-shredder")
class KeyShredder {

    private final DeputyKeyRepository keys;
    private final IdCardRegistrationRepository idCards;

    KeyShredder(DeputyKeyRepository keys, IdCardRegistrationRepository idCards) {
        this.keys = keys;
        this.idCards = idCards;
    }

    @EventHandler
    void on(DeputyPersonalDataErasedEvent e) {
        keys.deleteById(e.deputyId());
        idCards.deleteByDeputyId(e.deputyId());
    }
}
