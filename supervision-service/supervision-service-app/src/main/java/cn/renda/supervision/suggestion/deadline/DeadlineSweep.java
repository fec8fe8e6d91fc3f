package cn.renda.supervision.suggestion.deadline;

import cn.renda.platform.events.EventHeaders;
import cn.renda.supervision.calendar.query.DeadlineRule;
import cn.renda.supervision.calendar.query.WorkingDayCalendar;
import cn.renda.supervision.calendar.query.WorkingDays;
import cn.renda.supervision.shared.ChinaTime;
import cn.renda.supervision.suggestion.command.MarkSuggestionDueSoonCommand;
import cn.renda.supervision.suggestion.command.MarkSuggestionOverdueCommand;
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
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Raises due soon and overdue. Every run reads the rounds awaiting a reply from {@code open_deadline} and sends a
 * command for each one whose day has come; the aggregate ignores a command for a deadline it already flagged, so a
 * run after a restart, a second instance, or a run that overlaps an earlier one raise each event once. Nothing is
 * held in memory between runs: what survives a restart is the table, kept with the events.
 */
@Component
public class DeadlineSweep {

    private static final Logger log = LoggerFactory.getLogger(DeadlineSweep.class);
    static final String USER = "system:deadline-sweep";

    private final OpenDeadlineRepository deadlines;
    private final WorkingDayCalendar calendar;
    private final CommandGateway commands;
    private final Clock clock;

    DeadlineSweep(OpenDeadlineRepository deadlines, WorkingDayCalendar calendar, CommandGateway commands, Clock clock) {
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.commands = commands;
        this.clock = clock;
    }

    /** One run; returns how many commands it sent. */
    @Scheduled(fixedDelayString = "${renda.supervision.deadline-sweep.interval:PT1M}",
            initialDelayString = "${renda.supervision.deadline-sweep.initial-delay:PT5S}")
    public int sweep() {
        Instant now = clock.instant();
        LocalDate today = ChinaTime.dateOf(now);
        Map<String, WorkingDays> calendars = new HashMap<>();
        Map<String, DeadlineRule> rules = new HashMap<>();
        int sent = 0;
        for (OpenDeadline d : deadlines.findByOverdueRaisedFalse()) {
            try {
                if (today.isAfter(d.deadline())) {
                    send(new MarkSuggestionOverdueCommand(d.suggestionId(), d.county(), d.deadline(), now), d.county());
                    sent++;
                } else if (!d.dueSoonRaised()) {
                    WorkingDays days = calendars.computeIfAbsent(d.county(), calendar::forCounty);
                    DeadlineRule rule = rules.computeIfAbsent(d.county(), calendar::rule);
                    if (!today.isBefore(days.dueSoonFrom(d.deadline(), rule.dueSoonWorkingDays()))) {
                        send(new MarkSuggestionDueSoonCommand(d.suggestionId(), d.county(), d.deadline(), now),
                                d.county());
                        sent++;
                    }
                }
            } catch (RuntimeException e) {
                // the next run tries again; the command is idempotent
                log.warn("Deadline sweep could not flag suggestion {}: {}", d.suggestionId(), e.toString());
            }
        }
        return sent;
    }

    private void send(Object command, String county) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(MetaData.from(Map.of(
                EventHeaders.META_COUNTY, county,
                EventHeaders.META_USER, USER,
                EventHeaders.META_ROLE, "system",
                EventHeaders.META_REQUEST_ID, UUID.randomUUID().toString()))));
    }
}
