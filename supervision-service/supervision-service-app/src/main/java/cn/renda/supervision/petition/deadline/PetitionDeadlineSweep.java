package cn.renda.supervision.petition.deadline;

import cn.renda.platform.events.EventHeaders;
import cn.renda.supervision.petition.command.MarkPetitionOverdueCommand;
import cn.renda.supervision.shared.ChinaTime;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Raises petition overdue: like the suggestion sweep, it reads {@code petition_deadline} and sends idempotent commands. */
@Component
public class PetitionDeadlineSweep {

    private static final Logger log = LoggerFactory.getLogger(PetitionDeadlineSweep.class);

    private final PetitionDeadlineRepository deadlines;
    private final CommandGateway commands;
    private final Clock clock;

    PetitionDeadlineSweep(PetitionDeadlineRepository deadlines, CommandGateway commands, Clock clock) {
        this.deadlines = deadlines;
        this.commands = commands;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${renda.supervision.deadline-sweep.interval:PT1M}",
            initialDelayString = "${renda.supervision.deadline-sweep.initial-delay:PT5S}")
    public int sweep() {
        Instant now = clock.instant();
        LocalDate today = ChinaTime.dateOf(now);
        int sent = 0;
        for (PetitionDeadline d : deadlines.findByOverdueRaisedFalseAndDeadlineBefore(today)) {
            try {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                        new MarkPetitionOverdueCommand(d.petitionId(), d.county(), d.deadline(), now))
                        .andMetaData(MetaData.from(Map.of(EventHeaders.META_COUNTY, d.county(),
                                EventHeaders.META_USER, "system:deadline-sweep", EventHeaders.META_ROLE, "system",
                                EventHeaders.META_REQUEST_ID, UUID.randomUUID().toString()))));
                sent++;
            } catch (RuntimeException e) {
                log.warn("Petition sweep could not flag {}: {}", d.petitionId(), e.toString());
            }
        }
        return sent;
    }
}
