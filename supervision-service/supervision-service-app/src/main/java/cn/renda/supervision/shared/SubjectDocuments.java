package cn.renda.supervision.shared;

import cn.renda.platform.mongo.IdempotentWrites;
import cn.renda.platform.web.PageResponse;
import cn.renda.supervision.api.events.RectificationItemAddedEvent;
import cn.renda.supervision.api.events.RectificationItemCompletedEvent;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read-model plumbing shared by enforcement inspections and work reports: one document per aggregate, idempotent by
 * sequence, with its rectification items; lists by county, township and a date field.
 */
public final class SubjectDocuments {

    private final MongoCollection<Document> collection;
    private final String dateField;

    public SubjectDocuments(MongoCollection<Document> collection, String dateField) {
        this.collection = collection;
        this.dateField = dateField;
        collection.createIndex(Indexes.ascending("county", "townshipCode", dateField));
        collection.createIndex(Indexes.ascending("county", dateField));
    }

    public void write(String id, String county, long seq, Bson update) {
        collection.bulkWrite(IdempotentWrites.applyToOwn(id, new Document("county", county), seq, update));
    }

    public void on(RectificationItemAddedEvent e, long seq) {
        write(e.subjectId(), e.county(), seq, Updates.combine(
                Updates.set("rectification." + e.itemId(), new Document("description", e.description())
                        .append("responsibleUnit", e.responsibleUnit())
                        .append("deadline", e.deadline().toString())
                        .append("done", false)),
                Updates.inc("openRectification", 1)));
    }

    public void on(RectificationItemCompletedEvent e, long seq) {
        String item = "rectification." + e.itemId();
        write(e.subjectId(), e.county(), seq, Updates.combine(
                Updates.set(item + ".done", true),
                Updates.set(item + ".outcome", e.outcome()),
                Updates.set(item + ".onTime", e.onTime()),
                Updates.set(item + ".completedAt", e.completedAt().toString()),
                Updates.inc("openRectification", -1)));
    }

    public void reset() {
        collection.deleteMany(new Document());
    }

    /** A page of the county's records; {@code deputy} among their deputies; {@code narrowing} by the caller's role. */
    public PageResponse<Map<String, Object>> find(String county, String township, String deputy, LocalDate from,
                                                  LocalDate to, List<Bson> narrowing, int page, int size) {
        List<Bson> f = new ArrayList<>(narrowing);
        f.add(0, Filters.eq("county", county));
        if (township != null) {
            f.add(Filters.eq("townshipCode", township));
        }
        if (deputy != null) {
            f.add(Filters.eq("deputyIds", deputy));
        }
        if (from != null) {
            f.add(Filters.gte(dateField, from.toString()));
        }
        if (to != null) {
            f.add(Filters.lte(dateField, to.toString()));
        }
        Bson filter = Filters.and(f);
        List<Map<String, Object>> items = new ArrayList<>();
        collection.find(filter).sort(Sorts.descending(dateField)).skip(page * size).limit(size)
                .forEach(d -> items.add(view(d)));
        return new PageResponse<>(items, collection.countDocuments(filter), page, size);
    }

    public Optional<Map<String, Object>> get(String county, String id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id)).first())
                .filter(d -> county.equals(d.getString("county"))).map(SubjectDocuments::view);
    }

    private static Map<String, Object> view(Document d) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", d.getString("_id"));
        d.forEach((k, value) -> {
            if (!k.equals("_id") && !k.equals("seq")) {
                v.put(k, value);
            }
        });
        return v;
    }
}
