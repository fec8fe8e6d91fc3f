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

    /** What a list shows of a deputy; composition attributes as enum names. */
    public record DeputySummary(String id, String county, String townshipCode, String name, String gender,
                                Integer birthYear, String occupation, String status, Integer term, String ethnicity,
                                String education, String party, Boolean reElected, Boolean byElection,
                                String district, String groupId, String electedOn) {
    }

    /** The filters of a deputy list; null means any. */
    public record DeputyFilter(String township, String groupId, String status, String occupation, String gender,
                               String party, String education, Boolean reElected, Integer term) {
    }

    /** A deputy with what the profile needs beyond the summary (the ciphertext is opened by the caller). */
    public record DeputyRecord(DeputySummary summary, String personalDataCiphertext, boolean personalDataErased,
                               Document statusChange) {
    }

    private final MongoCollection<Document> deputies;

    DeputyQueries(MongoDatabase db) {
        this.deputies = db.getCollection(DeputyDirectoryProjection.COLLECTION);
        deputies.createIndex(Indexes.ascending("county", "townshipCode", "name"));
        deputies.createIndex(Indexes.ascending("county", "groupId"));
        deputies.createIndex(Indexes.ascending("county", "status"));
    }

    public PageResponse<DeputySummary> find(String county, String township, int page, int size) {
        return find(county, new DeputyFilter(township, null, null, null, null, null, null, null, null), page, size);
    }

    public PageResponse<DeputySummary> find(String county, DeputyFilter f, int page, int size) {
        List<Bson> filters = new ArrayList<>();
        filters.add(Filters.eq("county", county));
        eq(filters, "townshipCode", f.township());
        eq(filters, "groupId", f.groupId());
        eq(filters, "status", f.status());
        eq(filters, "occupation", f.occupation());
        eq(filters, "gender", f.gender());
        eq(filters, "party", f.party());
        eq(filters, "education", f.education());
        if (f.reElected() != null) {
            filters.add(Filters.eq("reElected", f.reElected()));
        }
        if (f.term() != null) {
            filters.add(Filters.eq("term", f.term()));
        }
        Bson filter = Filters.and(filters);
        List<DeputySummary> items = new ArrayList<>();
        deputies.find(filter).sort(Sorts.ascending("townshipCode", "name", "_id")).skip(page * size).limit(size)
                .forEach(d -> items.add(summary(d)));
        return new PageResponse<>(items, deputies.countDocuments(filter), page, size);
    }

    private static void eq(List<Bson> filters, String field, String value) {
        if (value != null && !value.isBlank()) {
            filters.add(Filters.eq(field, value));
        }
    }

    public Optional<DeputySummary> get(String county, String id) {
        return record(county, id).map(DeputyRecord::summary);
    }

    public Optional<DeputyRecord> record(String county, String id) {
        return Optional.ofNullable(deputies.find(Filters.eq("_id", id)).first())
                .filter(d -> county.equals(d.getString("county")))
                .map(d -> new DeputyRecord(summary(d), d.getString("personalData"),
                        Boolean.TRUE.equals(d.getBoolean("personalDataErased")), d.get("statusChange", Document.class)));
    }

    private static DeputySummary summary(Document d) {
        return new DeputySummary(d.getString("_id"), d.getString("county"), d.getString("townshipCode"),
                d.getString("name"), d.getString("gender"), d.getInteger("birthYear"), d.getString("occupation"),
                d.getString("status"), d.getInteger("term"), d.getString("ethnicity"), d.getString("education"),
                d.getString("party"), d.getBoolean("reElected"), d.getBoolean("byElection"), d.getString("district"),
                d.getString("groupId"), d.getString("electedOn"));
    }
}
