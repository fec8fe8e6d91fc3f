package cn.renda.supervision.suggestion.query;

import cn.renda.platform.events.EventHeaders;
import cn.renda.supervision.api.events.SuggestionSubmittedEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A suggestion's full history, read from the event store itself (the audit trail): every event with its sequence,
 * time, who sent the command and the request it came with.
 */
@Component
public class SuggestionHistory {

    public record Entry(long sequence, String type, String at, String user, String role, String requestId,
                        Object payload) {
    }

    private final EventStore events;

    SuggestionHistory(EventStore events) {
        this.events = events;
    }

    /** Empty when there is no such suggestion in this county. */
    public Optional<List<Entry>> of(String county, String suggestionId) {
        DomainEventStream stream = events.readEvents(suggestionId);
        List<Entry> entries = new ArrayList<>();
        while (stream.hasNext()) {
            DomainEventMessage<?> m = stream.next();
            if (entries.isEmpty() && !(m.getPayload() instanceof SuggestionSubmittedEvent first
                    && county.equals(first.county()))) {
                return Optional.empty();
            }
            entries.add(new Entry(m.getSequenceNumber(), m.getPayloadType().getSimpleName(),
                    m.getTimestamp().toString(), meta(m, EventHeaders.META_USER), meta(m, EventHeaders.META_ROLE),
                    meta(m, EventHeaders.META_REQUEST_ID), m.getPayload()));
        }
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries);
    }

    private static String meta(DomainEventMessage<?> m, String key) {
        Object v = m.getMetaData().get(key);
        return v == null ? null : v.toString();
    }
}
