package cn.renda.reporting.facts.query;

import cn.renda.reporting.facts.Fact;
import cn.renda.reporting.facts.Facts;
import cn.renda.reporting.facts.LoggedEvent;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The two projections' storage: {@code reporting_events} (every event once, insert-only by event id) and
 * {@code reporting_facts} (one document per source aggregate, replaced only by a higher sequence). Also reads a
 * county's facts, live or as of an instant (folding the logged events with the same reducers).
 */
@Component
public class FactStore {

    public static final String EVENTS = "reporting_events";
    public static final String FACTS = "reporting_facts";
    private static final int CHUNK = 500;

    private final MongoCollection<Document> events;
    private final MongoCollection<Document> facts;

    FactStore(MongoDatabase db) {
        this.events = db.getCollection(EVENTS);
        this.facts = db.getCollection(FACTS);
        events.createIndex(Indexes.ascending("county", "recordedAt"));
        events.createIndex(Indexes.ascending("aggregateId", "seq", "offset"));
        facts.createIndex(Indexes.ascending("county"), new IndexOptions());
    }

    /** The newest {@code recordedAt} per county in the event log (one grouped aggregation, used once at start). */
    public Map<String, Instant> newestRecordedAtPerCounty() {
        Map<String, Instant> newest = new HashMap<>();
        events.aggregate(List.of(
                        new Document("$match", new Document("county", new Document("$type", "string"))),
                        new Document("$group", new Document("_id", "$county")
                                .append("newest", new Document("$max", "$recordedAt")))))
                .forEach(d -> {
                    if (d.get("newest") instanceof Date newestDate) {
                        newest.put(d.getString("_id"), newestDate.toInstant());
                    }
                });
        return newest;
    }

    /** Stores each event once: an upsert that only inserts, so redelivery and replay change nothing. */
    public void log(List<LoggedEvent> batch) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (LoggedEvent e : batch) {
            Document d = e.toDocument();
            d.remove("_id");
            writes.add(new UpdateOneModel<>(Filters.eq("_id", e.eventId()), new Document("$setOnInsert", d),
                    new UpdateOptions().upsert(true)));
        }
        if (!writes.isEmpty()) {
            events.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        }
    }

    /**
     * Folds the batch into the facts it touches. A fact that is missing, or whose stored sequence leaves a gap
     * before the batch's first event, is folded again from the log (which already holds the batch). Each result
     * is written only over a lower stored sequence; two writers inserting the same new fact make one fail with a
     * duplicate key, and the batch is retried.
     */
    public void applyLive(List<LoggedEvent> batch) {
        Map<String, List<LoggedEvent>> byFact = new LinkedHashMap<>();
        for (LoggedEvent e : batch) {
            String id = e.factId();
            if (id != null) {
                byFact.computeIfAbsent(id, k -> new ArrayList<>()).add(e);
            }
        }
        if (byFact.isEmpty()) {
            return;
        }
        Map<String, Fact> stored = load(byFact.keySet());
        List<Fact> changed = new ArrayList<>();
        for (var entry : byFact.entrySet()) {
            List<LoggedEvent> list = entry.getValue();
            LoggedEvent first = list.stream().min(java.util.Comparator.comparingLong(LoggedEvent::seq)).orElseThrow();
            Fact current = stored.get(entry.getKey());
            long applied = current == null ? -1 : current.seq();
            Fact next;
            if (first.seq() > applied + 1) {
                next = foldFromLog(first);
            } else {
                next = (current != null ? current : Fact.empty(first.kind(), first.aggregateId(), first.county()))
                        .applyAll(list);
            }
            if (next.seq() > applied) {
                changed.add(next);
            }
        }
        write(changed, stored);
    }

    private Fact foldFromLog(LoggedEvent any) {
        Fact f = Fact.empty(any.kind(), any.aggregateId(), any.county());
        List<LoggedEvent> list = new ArrayList<>();
        events.find(Filters.eq("aggregateId", any.aggregateId())).sort(Sorts.ascending("seq", "offset"))
                .forEach(d -> {
                    LoggedEvent e = LoggedEvent.fromDocument(d);
                    if (f.id().equals(e.factId())) {
                        list.add(e);
                    }
                });
        return f.applyAll(list);
    }

    private Map<String, Fact> load(Collection<String> ids) {
        Map<String, Fact> out = new HashMap<>();
        facts.find(Filters.in("_id", ids)).forEach(d -> out.put(d.getString("_id"), Fact.fromDocument(d)));
        return out;
    }

    private void write(List<Fact> changed, Map<String, Fact> stored) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (Fact f : changed) {
            writes.add(stored.containsKey(f.id())
                    ? new ReplaceOneModel<>(Filters.and(Filters.eq("_id", f.id()), Filters.lt("seq", f.seq())),
                    f.toDocument())
                    : new InsertOneModel<>(f.toDocument()));
        }
        if (!writes.isEmpty()) {
            facts.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        }
    }

    /** The county's live facts. */
    public Facts county(String county) {
        List<Fact> list = new ArrayList<>();
        facts.find(Filters.eq("county", county)).forEach(d -> list.add(Fact.fromDocument(d)));
        return new Facts(list);
    }

    /** The county's facts as they were when the events recorded up to {@code asOf} had been applied. */
    public Facts countyAsOf(String county, Instant asOf) {
        Map<String, Fact> folded = new HashMap<>();
        events.find(Filters.and(Filters.eq("county", county), Filters.lte("recordedAt", Date.from(asOf))))
                .sort(Sorts.ascending("aggregateId", "seq", "offset"))
                .forEach(d -> {
                    LoggedEvent e = LoggedEvent.fromDocument(d);
                    String id = e.factId();
                    if (id != null) {
                        folded.put(id, folded.getOrDefault(id, Fact.empty(e.kind(), e.aggregateId(), e.county()))
                                .apply(e));
                    }
                });
        return new Facts(folded.values());
    }

    /** Forgets the event log (a rebuild then re-reads the topics from offset 0). */
    public void clearEvents() {
        events.deleteMany(new Document());
    }

    /**
     * Forgets the facts and folds them again from the log, aggregate by aggregate, in chunks; every write is
     * sequence-guarded, so live updates arriving meanwhile interleave safely. Returns the number of facts written.
     */
    public long rebuildFacts() {
        facts.deleteMany(new Document());
        Map<String, Fact> pending = new LinkedHashMap<>();
        long[] written = {0};
        String[] currentAggregate = {null};
        events.find().sort(Sorts.ascending("aggregateId", "seq", "offset")).forEach(d -> {
            LoggedEvent e = LoggedEvent.fromDocument(d);
            if (!e.aggregateId().equals(currentAggregate[0]) && pending.size() >= CHUNK) {
                written[0] += flushRebuilt(pending);
            }
            currentAggregate[0] = e.aggregateId();
            String id = e.factId();
            if (id != null) {
                pending.put(id, pending.getOrDefault(id, Fact.empty(e.kind(), e.aggregateId(), e.county())).apply(e));
            }
        });
        written[0] += flushRebuilt(pending);
        return written[0];
    }

    private int flushRebuilt(Map<String, Fact> pending) {
        Map<String, Fact> stored = load(pending.keySet());
        List<Fact> changed = pending.values().stream()
                .filter(f -> !stored.containsKey(f.id()) || stored.get(f.id()).seq() < f.seq()).toList();
        write(changed, stored);
        int n = pending.size();
        pending.clear();
        return n;
    }

    /** Count, last recorded event time and SHA-256 over the documents sorted by {@code _id}. */
    public ProjectionStatus status(String name) {
        MongoCollection<Document> c = EVENTS.equals(name) ? events : facts;
        String timeField = EVENTS.equals(name) ? "recordedAt" : "lastRecordedAt";
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long count = 0;
        Date last = null;
        for (Document d : c.find().sort(Sorts.ascending("_id"))) {
            count++;
            digest.update(d.toJson().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            Date t = d.getDate(timeField);
            if (t != null && (last == null || t.after(last))) {
                last = t;
            }
        }
        return new ProjectionStatus(name, count, last == null ? null : last.toInstant(),
                HexFormat.of().formatHex(digest.digest()));
    }

    public record ProjectionStatus(String collection, long documents, Instant lastRecordedAt, String sha256) {
    }
}
