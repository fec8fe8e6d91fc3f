package cn.renda.supervision.petition.query;

import cn.renda.platform.web.PageResponse;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Component
public class PetitionQueries {

    private final MongoCollection<Document> petitions;

    PetitionQueries(MongoDatabase db) {
        this.petitions = db.getCollection(PetitionProjection.COLLECTION);
        petitions.createIndex(Indexes.ascending("county", "townshipCode", "receivedOn"));
        petitions.createIndex(Indexes.ascending("county", "status", "receivedOn"));
        petitions.createIndex(Indexes.ascending("county", "unitId", "receivedOn"));
    }

    /** What a list asks for; {@code narrowing} by the caller's role. */
    public record Filter(String township, String status, String unit, Boolean overdue, LocalDate from, LocalDate to,
                         List<Bson> narrowing) {
    }

    public PageResponse<Map<String, Object>> find(String county, Filter q, int page, int size) {
        List<Bson> f = new ArrayList<>(q.narrowing());
        f.add(0, Filters.eq("county", county));
        if (q.township() != null) {
            f.add(Filters.eq("townshipCode", q.township()));
        }
        if (q.unit() != null) {
            f.add(Filters.eq("unitId", q.unit()));
        }
        if (q.status() != null) {
            f.add(Filters.eq("status", q.status()));
        }
        if (q.overdue() != null) {
            f.add(Filters.eq("overdue", q.overdue()));
        }
        if (q.from() != null) {
            f.add(Filters.gte("receivedOn", q.from().toString()));
        }
        if (q.to() != null) {
            f.add(Filters.lte("receivedOn", q.to().toString()));
        }
        Bson filter = Filters.and(f);
        List<Map<String, Object>> items = new ArrayList<>();
        petitions.find(filter).sort(Sorts.descending("receivedOn")).skip(page * size).limit(size)
                .forEach(d -> items.add(view(d)));
        return new PageResponse<>(items, petitions.countDocuments(filter), page, size);
    }

    public Optional<Map<String, Object>> get(String county, String id) {
        return Optional.ofNullable(petitions.find(Filters.eq("_id", id)).first())
                .filter(d -> county.equals(d.getString("county"))).map(PetitionQueries::view);
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
