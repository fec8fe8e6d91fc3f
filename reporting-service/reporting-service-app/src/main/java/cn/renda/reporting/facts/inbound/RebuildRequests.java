package cn.renda.reporting.facts.inbound;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Rebuilding the event log on every instance: an operator's request increments a generation number in
 * {@code reporting_rebuilds}; each instance polls it about every second and, when it sees a newer generation than
 * the one it last acted on, rewinds the partitions it is assigned to offset 0. An instance starting later takes the
 * current generation as already seen (it reads from its committed offsets like any other start).
 */
@Component
public class RebuildRequests {

    public static final String COLLECTION = "reporting_rebuilds";
    static final String EVENTS_REBUILD = "reporting-events";

    private final MongoCollection<Document> requests;
    private final ReportingEventsListener listener;
    private volatile long seen;

    RebuildRequests(MongoDatabase db, ReportingEventsListener listener) {
        this.requests = db.getCollection(COLLECTION);
        this.listener = listener;
        this.seen = generation();
    }

    /** Asks every instance to re-read the topics from offset 0; returns the new generation. */
    public long requestEventsRebuild() {
        Document d = requests.findOneAndUpdate(Filters.eq("_id", EVENTS_REBUILD), Updates.inc("generation", 1L),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return ((Number) d.get("generation")).longValue();
    }

    public long generation() {
        Document d = requests.find(Filters.eq("_id", EVENTS_REBUILD)).first();
        return d == null ? 0 : ((Number) d.get("generation")).longValue();
    }

    @Scheduled(fixedDelayString = "${renda.reporting.rebuild-poll:PT1S}")
    void poll() {
        long current = generation();
        if (current > seen) {
            listener.rewind();
            seen = current;
        }
    }
}
