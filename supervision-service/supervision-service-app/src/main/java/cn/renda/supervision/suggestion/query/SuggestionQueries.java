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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

@Component
public class SuggestionQueries {

    /** One suggestion as lists and the detail view show it. */
    public record SuggestionSummary(String id, String county, String townshipCode, List<String> deputyIds,
                                    String title, String content, String category, String status, String submittedAt,
                                    String leadUnitId, List<String> coUnitIds, String responsibleLeader,
                                    String deadline, boolean flagged, String flagReason, boolean dueSoon,
                                    boolean overdue, int round, Integer trackedYear, List<Integer> carriedOverFrom,
                                    Map<String, Object> lastReply, Map<String, String> ratings, String finalRating,
                                    String closedAt, boolean duringSession, String sessionId) {
    }

    /**
     * The filters of the suggestion list; null means "any". {@code deputy}: one of the submitting deputies (the lead
     * deputy or a co-signer); {@code q}: a case-insensitive substring of the title, matched literally.
     */
    public record Filter(String township, String status, String unit, String category, Boolean flagged,
                         Boolean overdue, Boolean dueSoon, Integer year, String deputy, String q) {
    }

    /** A handling unit's workload: suggestions it leads, by state. */
    public record UnitWorkload(String unitId, long assigned, long open, long dueSoon, long overdue, long replied,
                               long closed, long coHandling) {
    }

    private static final List<String> OPEN = List.of("ASSIGNED", "RE_HANDLING");

    private final MongoCollection<Document> suggestions;

    SuggestionQueries(MongoDatabase db) {
        this.suggestions = db.getCollection(SuggestionListProjection.COLLECTION);
        suggestions.createIndex(Indexes.ascending("county", "townshipCode", "submittedAt"));
        suggestions.createIndex(Indexes.ascending("county", "status", "submittedAt"));
        suggestions.createIndex(Indexes.ascending("county", "unitIds", "status"));
        suggestions.createIndex(Indexes.ascending("county", "leadUnitId", "status"));
        suggestions.createIndex(Indexes.ascending("county", "deputyIds", "submittedAt"));
    }

    /** A page of the county's suggestions matching {@code f}, narrowed by the caller's role ({@code narrowing}). */
    public PageResponse<SuggestionSummary> find(String county, Filter f, List<Bson> narrowing, int page, int size) {
        List<Bson> filters = new ArrayList<>(narrowing);
        filters.add(0, Filters.eq("county", county));
        if (f.township() != null) {
            filters.add(Filters.eq("townshipCode", f.township()));
        }
        if (f.status() != null) {
            filters.add(Filters.eq("status", f.status()));
        }
        if (f.unit() != null) {
            filters.add(Filters.eq("unitIds", f.unit()));
        }
        if (f.category() != null) {
            filters.add(Filters.eq("category", f.category()));
        }
        if (f.flagged() != null) {
            filters.add(Filters.eq("flagged", f.flagged()));
        }
        if (f.overdue() != null) {
            filters.add(Filters.eq("overdue", f.overdue()));
        }
        if (f.dueSoon() != null) {
            filters.add(Filters.eq("dueSoon", f.dueSoon()));
        }
        if (f.year() != null) {
            filters.add(Filters.eq("trackedYear", f.year()));
        }
        if (f.deputy() != null && !f.deputy().isBlank()) {
            filters.add(Filters.eq("deputyIds", f.deputy().strip()));
        }
        if (f.q() != null && !f.q().isBlank()) {
            // no $text on the Mongo stand-in; a quoted regex finds the words literally on both
            filters.add(Filters.regex("title", Pattern.quote(f.q().strip()), "i"));
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

    public UnitWorkload workload(String county, String unitId) {
        Bson lead = Filters.and(Filters.eq("county", county), Filters.eq("leadUnitId", unitId));
        Bson open = Filters.and(lead, Filters.in("status", OPEN));
        return new UnitWorkload(unitId,
                suggestions.countDocuments(lead),
                suggestions.countDocuments(open),
                suggestions.countDocuments(Filters.and(open, Filters.eq("dueSoon", true), Filters.eq("overdue", false))),
                suggestions.countDocuments(Filters.and(open, Filters.eq("overdue", true))),
                suggestions.countDocuments(Filters.and(lead, Filters.eq("status", "REPLIED"))),
                suggestions.countDocuments(Filters.and(lead, Filters.eq("status", "CLOSED"))),
                suggestions.countDocuments(Filters.and(Filters.eq("county", county), Filters.eq("coUnitIds", unitId),
                        Filters.in("status", OPEN))));
    }

    private static SuggestionSummary summary(Document d) {
        Document reply = d.get("lastReply", Document.class);
        Document ratings = d.get("ratings", Document.class);
        Map<String, String> rated = new LinkedHashMap<>();
        if (ratings != null) {
            ratings.forEach((k, v) -> rated.put(k, String.valueOf(v)));
        }
        Map<String, Object> lastReply = reply == null ? null : new LinkedHashMap<>(reply);
        Number round = d.get("round", Number.class);
        Number year = d.get("trackedYear", Number.class);
        return new SuggestionSummary(d.getString("_id"), d.getString("county"), d.getString("townshipCode"),
                d.getList("deputyIds", String.class), d.getString("title"), d.getString("content"),
                d.getString("category"), d.getString("status"), d.getString("submittedAt"),
                d.getString("leadUnitId"), d.getList("coUnitIds", String.class), d.getString("responsibleLeader"),
                d.getString("deadline"), Boolean.TRUE.equals(d.getBoolean("flagged")), d.getString("flagReason"),
                Boolean.TRUE.equals(d.getBoolean("dueSoon")), Boolean.TRUE.equals(d.getBoolean("overdue")),
                round == null ? 0 : round.intValue(), year == null ? null : year.intValue(),
                d.getList("carriedOverFrom", Integer.class), lastReply, rated, d.getString("finalRating"),
                d.getString("closedAt"), Boolean.TRUE.equals(d.getBoolean("duringSession")),
                d.getString("sessionId"));
    }
}
