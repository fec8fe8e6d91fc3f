package cn.renda.supervision.suggestion.query;

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
public class SuggestionQueries {

    public record SuggestionSummary(String id, String county, String townshipCode, List<String> deputyIds,
                                    String title, String content, String category, String status,
                                    String submittedAt) {
    }

    private final MongoCollection<Document> suggestions;

    SuggestionQueries(MongoDatabase db) {
        this.suggestions = db.getCollection(SuggestionListProjection.COLLECTION);
        suggestions.createIndex(Indexes.ascending("county", "townshipCode", "submittedAt"));
    }

    public PageResponse<SuggestionSummary> find(String county, String township, int page, int size) {
        List<Bson> filters = new ArrayList<>();
        filters.add(Filters.eq("county", county));
        if (township != null && !township.isBlank()) {
            filters.add(Filters.eq("townshipCode", township));
        }
        Bson filter = Filters.and(filters);
        List<SuggestionSummary> items = new ArrayList<>();
        suggestions.find(filter).sort(Sorts.descending("submittedAt")).skip(page * size).limit(size)
                .forEach(d -> items.add(summary(d)));
        return new PageResponse<>(items, suggestions.countDocuments(filter), page, size);
    }

    public Optional<SuggestionSummary> get(String county, String id) {
        return Optional.ofNullable(suggestions.find(Filters.eq("_id", id)).first())
                .filter(d -> county.equals(d.getString("county")))
                .map(SuggestionQueries::summary);
    }

    private static SuggestionSummary summary(Document d) {
        return new SuggestionSummary(d.getString("_id"), d.getString("county"), d.getString("townshipCode"),
                d.getList("deputyIds", String.class), d.getString("title"), d.getString("content"),
                d.getString("category"), d.getString("status"), d.getString("submittedAt"));
    }
}
