package cn.renda.platform.mongo;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.List;

/**
 * Builds read-model writes that apply an event at most once, without transactions (the Mongo stand-in has none):
 * the document records, per source aggregate, the last sequence it applied, and the update is guarded by it in the
 * same single-document write. Two models per event: one creates the document if missing, one applies the change
 * only when the event is newer than what the document has seen. Replays and redeliveries are thus no-ops.
 */
public final class IdempotentWrites {

    public static final String APPLIED = "applied";

    private IdempotentWrites() {
    }

    /** The field under {@code applied} for an aggregate id (Mongo field names may not hold '.' or start with '$'). */
    public static String appliedField(String aggregateId) {
        return APPLIED + "." + aggregateId.replace('.', '_').replace('$', '_');
    }

    /**
     * A guarded update of a document that collects events of many aggregates (a township's counters, say).
     *
     * @param onInsert fields the document gets when it is created (county, township...)
     */
    public static List<WriteModel<Document>> apply(String docId, Document onInsert, String aggregateId, long sequence,
                                                   Bson update) {
        String field = appliedField(aggregateId);
        Bson create = new UpdateOneModel<Document>(Filters.eq("_id", docId), Updates.setOnInsert(onInsert),
                new UpdateOptions().upsert(true)).getUpdate();
        Bson guard = Filters.and(Filters.eq("_id", docId),
                Filters.or(Filters.exists(field, false), Filters.lt(field, sequence)));
        return List.of(
                new UpdateOneModel<>(Filters.eq("_id", docId), create, new UpdateOptions().upsert(true)),
                new UpdateOneModel<>(guard, Updates.combine(update, Updates.set(field, sequence))));
    }

    /**
     * A guarded update of a document that mirrors one aggregate (a replica, a summary): its own {@code seq} field
     * is the guard.
     */
    public static List<WriteModel<Document>> applyToOwn(String docId, Document onInsert, long sequence, Bson update) {
        Bson guard = Filters.and(Filters.eq("_id", docId),
                Filters.or(Filters.exists("seq", false), Filters.lt("seq", sequence)));
        return List.of(
                new UpdateOneModel<>(Filters.eq("_id", docId), Updates.setOnInsert(onInsert),
                        new UpdateOptions().upsert(true)),
                new UpdateOneModel<>(guard, Updates.combine(update, Updates.set("seq", sequence))));
    }
}
