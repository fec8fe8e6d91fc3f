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
    }

    public PageResponse<Map<String, Object>> find(String county, String township, String status, Boolean overdue,
                                                  LocalDate from, LocalDate to, int page, int size) {
        List<Bson> f = new ArrayList<>();
        f.add(Filters.eq("county", county));
        if (township != null) {
            f.add(Filters.eq("townshipCode", township));
        }
        if (status != null) {
            f.add(Filters.eq("status", status));
        }
        if (overdue != null) {
            f.add(Filters.eq("overdue", overdue));
        }
        if (from != null) {
            f.add(Filters.gte("receivedOn", from.toString()));
        }
        if (to != null) {
            f.add(Filters.lte("receivedOn", to.toString()));
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
