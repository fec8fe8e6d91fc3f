package cn.renda.deputy.privacy;

import cn.renda.deputy.api.events.DeputyRegisteredEvent;
import cn.renda.platform.problem.DomainException;
import jakarta.persistence.EntityManager;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code deputy_id_card} (subscribing processor {@code deputy-id-card}, errors propagate): a registration
 * whose ID card number is already taken in that county and term rolls back with its event. The number is read from
 * the event's ciphertext with the deputy's key, which exists at that moment, and only its keyed hash is stored.
 */
@Component
@ProcessingGroup("deputy-id-card")
public class IdCardRegister {

    private final IdCardRegistrationRepository registrations;
    private final PersonalDataVault vault;
    private final EntityManager entityManager;

    IdCardRegister(IdCardRegistrationRepository registrations, PersonalDataVault vault, EntityManager entityManager) {
        this.registrations = registrations;
        this.vault = vault;
        this.entityManager = entityManager;
    }

    /** Refuses an ID card number already registered in this county and term (checked before the command). */
    public void requireFree(String county, Integer term, String idCardNumber) {
        if (idCardNumber != null && registrations.existsById(
                IdCardRegistration.key(county, term, vault.idCardDigest(idCardNumber)))) {
            throw taken(term);
        }
    }

    static DomainException taken(Integer term) {
        return new DomainException(409, "id-card-taken", "身份证号码已登记", "ID card number already registered",
                "本届（第 " + (term == null ? "?" : term) + " 届）已有代表使用该身份证号码登记，同一人每届只能登记一次。",
                "A deputy with this ID card number is already registered in term " + term + ".");
    }

    @EventHandler
    void on(DeputyRegisteredEvent e) {
        vault.open(e.deputyId(), e.personalData())
                .map(PersonalData::idCardNumber)
                .filter(n -> n != null && !n.isBlank())
                .ifPresent(number -> {
                    String key = IdCardRegistration.key(e.county(), e.term(), vault.idCardDigest(number));
                    if (registrations.existsById(key)) {
                        throw taken(e.term());
                    }
                    entityManager.persist(new IdCardRegistration(key, e.deputyId()));
                });
    }
}
