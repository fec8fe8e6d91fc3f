package cn.renda.reporting.timeliness.query;

import cn.renda.reporting.facts.LoggedEvent;
import cn.renda.reporting.facts.query.FactStore;
import cn.renda.reporting.timeliness.RecordKind;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

/**
 * Reads a county's logged events of the kinds whose lateness is measured from {@code reporting_events} (the
 * {@code county, recordedAt} index), optionally only those recorded up to {@code asOf}.
 */
@Component
public class RecordedEvents {

    private final MongoCollection<Document> events;

    RecordedEvents(MongoDatabase db) {
        this.events = db.getCollection(FactStore.EVENTS);
    }

    public List<LoggedEvent> of(String county, Instant asOf) {
        List<Bson> filters = new ArrayList<>();
        filters.add(Filters.eq("county", county));
        if (asOf != null) {
            filters.add(Filters.lte("recordedAt", Date.from(asOf)));
        }
        filters.add(Filters.in("type", Arrays.stream(RecordKind.values()).map(RecordKind::eventType).toList()));
        List<LoggedEvent> out = new ArrayList<>();
        events.find(Filters.and(filters)).forEach(d -> out.add(LoggedEvent.fromDocument(d)));
        return out;
    }
}
