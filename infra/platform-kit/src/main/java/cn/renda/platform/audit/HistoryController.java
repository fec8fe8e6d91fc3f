package cn.renda.platform.audit;

import cn.renda.platform.events.EventHeaders;
import cn.renda.platform.problem.ProblemAdvice;
import cn.renda.platform.web.Codes;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /api/counties/{county}/{resource}/{id}/history}: who did what and when to any record of this service,
 * read from the event store itself (the audit trail): each event's type, sequence, time, user, role and request id.
 * A record of another county is not found.
 */
@RestController
public class HistoryController {

    /** One entry of a record's history. */
    public record HistoryEntry(long sequence, String type, String time, String user, String role, String requestId) {
    }

    public record History(String id, String county, List<HistoryEntry> events) {
    }

    private final EventStore events;

    public HistoryController(EventStore events) {
        this.events = events;
    }

    @GetMapping("/api/counties/{county}/{resource}/{id}/history")
    public ResponseEntity<?> history(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                                     @PathVariable @Pattern(regexp = "[a-z-]{2,40}") String resource,
                                     @PathVariable @Size(max = 64) String id) {
        List<HistoryEntry> entries = new ArrayList<>();
        String owner = null;
        var stream = events.readEvents(id);
        while (stream.hasNext()) {
            DomainEventMessage<?> e = stream.next();
            if (owner == null) {
                owner = (String) e.getMetaData().get(EventHeaders.META_COUNTY);
            }
            entries.add(new HistoryEntry(e.getSequenceNumber(), e.getPayloadType().getSimpleName(),
                    e.getTimestamp().toString(), (String) e.getMetaData().get(EventHeaders.META_USER),
                    (String) e.getMetaData().get(EventHeaders.META_ROLE),
                    (String) e.getMetaData().get(EventHeaders.META_REQUEST_ID)));
        }
        if (entries.isEmpty() || !county.equals(owner)) {
            ResponseEntity<ProblemDetail> notFound = ProblemAdvice.notFound();
            return notFound;
        }
        return ResponseEntity.ok(new History(id, county, entries));
    }
}
