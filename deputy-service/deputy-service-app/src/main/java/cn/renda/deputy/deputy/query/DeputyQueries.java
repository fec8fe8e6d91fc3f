package cn.renda.deputy.deputy.query;

import cn.renda.platform.web.PageResponse;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Component
public class DeputyQueries {

    public record DeputySummary(String id, String county, String townshipCode, String name, String gender,
                                Integer birthYear, String occupation, String status) {
    }

    private final MongoCollection<Document> deputies;

    DeputyQueries(MongoDatabase db) {
        this.deputies = db.getCollection(DeputyDirectoryProjection.COLLECTION);
        deputies.createIndex(Indexes.ascending("county", "townshipCode", "name"));
    }

    public PageResponse<DeputySummary> find(String county, String township, int page, int size) {
        List<Bson> filters = new ArrayList<>();
        filters.add(Filters.eq("county", county));
        if (township != null && !township.isBlank()) {
            filters.add(Filters.eq("townshipCode", township));
        }
        Bson filter = Filters.and(filters);
        List<DeputySummary> items = new ArrayList<>();
        deputies.find(filter).sort(Sorts.ascending("townshipCode", "name", "_id")).skip(page * size).limit(size)
                .forEach(d -> items.add(summary(d)));
        return new PageResponse<>(items, deputies.countDocuments(filter), page, size);
    }

    public Optional<DeputySummary> get(String county, String id) {
        return Optional.ofNullable(deputies.find(Filters.eq("_id", id)).first())
                .filter(d -> county.equals(d.getString("county")))
                .map(DeputyQueries::summary);
    }

    private static DeputySummary summary(Document d) {
        return new DeputySummary(d.getString("_id"), d.getString("county"), d.getString("townshipCode"),
                d.getString("name"), d.getString("gender"), d.getInteger("birthYear"), d.getString("occupation"),
                d.getString("status"));
    }
}
