package cn.renda.deputy.presidium.inbound;

import cn.renda.deputy.api.events.DeputyStatusChangedEvent;
import cn.renda.deputy.presidium.command.VacatePresidiumPostCommand;
import cn.renda.deputy.presidium.query.PresidiumSeats;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * A chair, vice chair or member whose deputy status ends loses the post (tracking processor
 * {@code presidium-post-loss}): the presidium records a {@code PresidiumPostLostEvent}. Replays are harmless: a
 * deputy who holds no seat any more changes nothing.
 */
@Component
@ProcessingGroup("presidium-post-loss")
class PostLossPolicy {

    private final PresidiumSeats seats;
    private final CommandGateway commands;

    PostLossPolicy(PresidiumSeats seats, CommandGateway commands) {
        this.seats = seats;
        this.commands = commands;
    }

    @EventHandler
    void on(DeputyStatusChangedEvent e) {
        seats.presidiumOf(e.deputyId()).ifPresent(presidiumId -> commands.sendAndWait(
                new VacatePresidiumPostCommand(presidiumId, e.deputyId(), e.change(), e.effectiveOn())));
    }
}
