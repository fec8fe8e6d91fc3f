package cn.renda.deputy.presidium.query;

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
import java.util.Map;
import java.util.Optional;

@Component
public class PresidiumQueries {

    public record PresidiumMember(String deputyId, String name, String role, boolean fullTime, boolean partySecretary,
                                  boolean governmentDuties, String appointedOn) {
    }

    public record LostPost(String deputyId, String role, String cause, String effectiveOn) {
    }

    /**
     * A township's presidium: members (chair first), the posts lost, and the staffing facts the county watches:
     * whether it is within its size range and whether it has a full-time vice chair.
     */
    public record PresidiumView(String id, String county, String townshipCode, int term, int minSize, int maxSize,
                                List<PresidiumMember> members, List<LostPost> lostPosts, boolean withinSize,
                                boolean hasChair, boolean hasFullTimeViceChair, long viceChairsWithGovernmentDuties) {
    }

    private static final Map<String, Integer> ORDER = Map.of("CHAIR", 0, "VICE_CHAIR", 1, "MEMBER", 2);

    private final MongoCollection<Document> presidiums;

    PresidiumQueries(MongoDatabase db) {
        this.presidiums = db.getCollection(PresidiumProjection.COLLECTION);
        presidiums.createIndex(Indexes.ascending("county", "townshipCode", "term"));
    }

    public PageResponse<PresidiumView> find(String county, String township, Integer term) {
        List<Bson> filters = new ArrayList<>(List.of(Filters.eq("county", county)));
        if (township != null && !township.isBlank()) {
            filters.add(Filters.eq("townshipCode", township));
        }
        if (term != null) {
            filters.add(Filters.eq("term", term));
        }
        List<PresidiumView> items = new ArrayList<>();
        presidiums.find(Filters.and(filters)).sort(Sorts.ascending("townshipCode", "term"))
                .forEach(d -> items.add(view(d)));
        return new PageResponse<>(items, items.size(), 0, Math.max(items.size(), 1));
    }

    public Optional<PresidiumView> get(String county, String id) {
        return Optional.ofNullable(presidiums.find(Filters.eq("_id", id)).first())
                .filter(d -> county.equals(d.getString("county"))).map(PresidiumQueries::view);
    }

    private static PresidiumView view(Document d) {
        List<PresidiumMember> members = new ArrayList<>();
        for (Document m : d.getList("members", Document.class, List.of())) {
            members.add(new PresidiumMember(m.getString("deputyId"), m.getString("name"), m.getString("role"),
                    Boolean.TRUE.equals(m.getBoolean("fullTime")), Boolean.TRUE.equals(m.getBoolean("partySecretary")),
                    Boolean.TRUE.equals(m.getBoolean("governmentDuties")), m.getString("appointedOn")));
        }
        members.sort((a, b) -> ORDER.get(a.role()) - ORDER.get(b.role()));
        List<LostPost> lost = new ArrayList<>();
        for (Document l : d.getList("lostPosts", Document.class, List.of())) {
            lost.add(new LostPost(l.getString("deputyId"), l.getString("role"), l.getString("cause"),
                    l.getString("effectiveOn")));
        }
        int min = d.getInteger("minSize", 5);
        int max = d.getInteger("maxSize", 9);
        return new PresidiumView(d.getString("_id"), d.getString("county"), d.getString("townshipCode"),
                d.getInteger("term", 0), min, max, members, lost,
                members.size() >= min && members.size() <= max,
                members.stream().anyMatch(m -> m.role().equals("CHAIR")),
                members.stream().anyMatch(m -> m.role().equals("VICE_CHAIR") && m.fullTime()),
                members.stream().filter(m -> m.role().equals("VICE_CHAIR") && m.governmentDuties()).count());
    }
}
