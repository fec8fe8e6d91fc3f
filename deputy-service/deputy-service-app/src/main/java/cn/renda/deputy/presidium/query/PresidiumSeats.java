package cn.renda.deputy.presidium.query;

import cn.renda.deputy.api.events.PresidiumMemberAppointedEvent;
import cn.renda.deputy.api.events.PresidiumPostLostEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Keeps {@code presidium_seat} in the event's own transaction (subscribing processor {@code presidium-seats}). */
@Component
@ProcessingGroup("presidium-seats")
public class PresidiumSeats {

    private final PresidiumSeatRepository seats;

    PresidiumSeats(PresidiumSeatRepository seats) {
        this.seats = seats;
    }

    public Optional<String> presidiumOf(String deputyId) {
        return seats.findById(deputyId).map(PresidiumSeat::presidiumId);
    }

    @EventHandler
    void on(PresidiumMemberAppointedEvent e) {
        seats.save(new PresidiumSeat(e.deputyId(), e.presidiumId()));
    }

    @EventHandler
    void on(PresidiumPostLostEvent e) {
        seats.deleteById(e.deputyId());
    }
}
