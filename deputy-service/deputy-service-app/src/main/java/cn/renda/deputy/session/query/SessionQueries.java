package cn.renda.deputy.session.query;

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
public class SessionQueries {

    public record Documents(List<String> titles, String distributedOn, int daysBeforeSession) {
    }

    public record Vote(String item, String kind, int votesFor, int votesAgainst, int abstentions, boolean passed) {
    }

    /** A session with its quorum: {@code present} of {@code servingDeputies}, the share present, and the votes. */
    public record SessionView(String id, String county, String townshipCode, int term, int number, String kind,
                              String stage, String startsOn, int plannedDays, Integer days, String openedOn,
                              String closedOn, List<String> agenda, List<Documents> documents,
                              Integer servingDeputies, List<String> presentDeputyIds, List<String> excusedDeputyIds,
                              Double attendanceRate, List<Vote> votes) {
    }

    private final MongoCollection<Document> sessions;

    SessionQueries(MongoDatabase db) {
        this.sessions = db.getCollection(SessionProjection.COLLECTION);
        sessions.createIndex(Indexes.ascending("county", "townshipCode", "startsOn"));
    }

    public PageResponse<SessionView> find(String county, String township, String kind, int page, int size) {
        List<Bson> filters = new ArrayList<>(List.of(Filters.eq("county", county)));
        if (township != null && !township.isBlank()) {
            filters.add(Filters.eq("townshipCode", township));
        }
        if (kind != null) {
            filters.add(Filters.eq("kind", kind));
        } else {
            filters.add(Filters.ne("kind", "PRESIDIUM_MEETING"));
        }
        Bson filter = Filters.and(filters);
        List<SessionView> items = new ArrayList<>();
        sessions.find(filter).sort(Sorts.ascending("townshipCode", "startsOn", "_id")).skip(page * size).limit(size)
                .forEach(d -> items.add(view(d)));
        return new PageResponse<>(items, sessions.countDocuments(filter), page, size);
    }

    public Optional<SessionView> get(String county, String id) {
        return Optional.ofNullable(sessions.find(Filters.eq("_id", id)).first())
                .filter(d -> county.equals(d.getString("county"))).map(SessionQueries::view);
    }

    private static SessionView view(Document d) {
        List<Documents> docs = new ArrayList<>();
        for (Document x : d.getList("documents", Document.class, List.of())) {
            docs.add(new Documents(x.getList("titles", String.class), x.getString("distributedOn"),
                    x.getInteger("daysBeforeSession", 0)));
        }
        List<Vote> votes = new ArrayList<>();
        for (Document v : d.getList("votes", Document.class, List.of())) {
            votes.add(new Vote(v.getString("item"), v.getString("kind"), v.getInteger("for", 0),
                    v.getInteger("against", 0), v.getInteger("abstentions", 0), Boolean.TRUE.equals(v.getBoolean("passed"))));
        }
        List<String> present = d.getList("presentDeputyIds", String.class, List.of());
        Integer serving = d.getInteger("servingDeputies");
        Double rate = serving == null || serving == 0 ? null : Math.round(present.size() * 1000.0 / serving) / 1000.0;
        return new SessionView(d.getString("_id"), d.getString("county"), d.getString("townshipCode"),
                d.getInteger("term", 0), d.getInteger("number", 0), d.getString("kind"), d.getString("stage"),
                d.getString("startsOn"), d.getInteger("plannedDays", 0), d.getInteger("days"), d.getString("openedOn"),
                d.getString("closedOn"), d.getList("agenda", String.class, List.of()), docs, serving, present,
                d.getList("excusedDeputyIds", String.class, List.of()), rate, votes);
    }
}
