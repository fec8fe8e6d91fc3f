package cn.renda.supervision.inspection.query;

import cn.renda.platform.web.PageResponse;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
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
import java.util.TreeMap;

@Component
public class InspectionQueries {

    public record FollowUp(String itemId, String description, String responsibleOfficial, String deadline,
                           boolean done, String outcome, Boolean onTime, String completedAt) {
    }

    public record InspectionView(String id, String county, String townshipCode, String topic, String date,
                                 List<String> deputyIds, int personTimes, String findings, String status,
                                 int openFollowUps, List<FollowUp> followUps, String closedAt) {
    }

    /** Inspections and person-times per township (and county-wide) in a period. */
    public record PeriodTotals(String county, String from, String to, long inspections, long personTimes,
                               Map<String, Map<String, Long>> byTownship) {
    }

    private final MongoCollection<Document> inspections;

    InspectionQueries(MongoDatabase db) {
        this.inspections = db.getCollection(InspectionProjection.COLLECTION);
        inspections.createIndex(Indexes.ascending("county", "townshipCode", "date"));
        inspections.createIndex(Indexes.ascending("county", "date"));
        inspections.createIndex(Indexes.ascending("county", "deputyIds", "date"));
    }

    /** What a list asks for: a township, a participating deputy, a period; {@code narrowing} by the caller's role. */
    public record Filter(String township, String deputy, LocalDate from, LocalDate to, List<Bson> narrowing) {
    }

    private static Bson filter(String county, Filter q) {
        List<Bson> f = new ArrayList<>(q.narrowing());
        f.add(0, Filters.eq("county", county));
        if (q.township() != null) {
            f.add(Filters.eq("townshipCode", q.township()));
        }
        if (q.deputy() != null) {
            f.add(Filters.eq("deputyIds", q.deputy()));
        }
        if (q.from() != null) {
            f.add(Filters.gte("date", q.from().toString()));
        }
        if (q.to() != null) {
            f.add(Filters.lte("date", q.to().toString()));
        }
        return Filters.and(f);
    }

    public PageResponse<InspectionView> find(String county, Filter q, int page, int size) {
        Bson filter = filter(county, q);
        List<InspectionView> items = new ArrayList<>();
        inspections.find(filter).sort(Sorts.descending("date")).skip(page * size).limit(size)
                .forEach(d -> items.add(view(d)));
        return new PageResponse<>(items, inspections.countDocuments(filter), page, size);
    }

    public Optional<InspectionView> get(String county, String id) {
        return Optional.ofNullable(inspections.find(Filters.eq("_id", id)).first())
                .filter(d -> county.equals(d.getString("county"))).map(InspectionQueries::view);
    }

    public PeriodTotals totals(String county, Filter q) {
        Map<String, Map<String, Long>> byTownship = new TreeMap<>();
        long count = 0;
        long personTimes = 0;
        for (Document d : inspections.find(filter(county, q))
                .projection(Projections.include("townshipCode", "personTimes"))) {
            long p = d.get("personTimes", Number.class).longValue();
            Map<String, Long> t = byTownship.computeIfAbsent(d.getString("townshipCode"), k -> new LinkedHashMap<>(
                    Map.of("inspections", 0L, "personTimes", 0L)));
            t.merge("inspections", 1L, Long::sum);
            t.merge("personTimes", p, Long::sum);
            count++;
            personTimes += p;
        }
        return new PeriodTotals(county, q.from() == null ? null : q.from().toString(),
                q.to() == null ? null : q.to().toString(), count, personTimes, byTownship);
    }

    private static InspectionView view(Document d) {
        List<FollowUp> followUps = new ArrayList<>();
        Document items = d.get("followUps", Document.class);
        if (items != null) {
            items.forEach((id, v) -> {
                Document i = (Document) v;
                followUps.add(new FollowUp(id, i.getString("description"), i.getString("responsibleOfficial"),
                        i.getString("deadline"), Boolean.TRUE.equals(i.getBoolean("done")), i.getString("outcome"),
                        i.getBoolean("onTime"), i.getString("completedAt")));
            });
        }
        Number open = d.get("openFollowUps", Number.class);
        return new InspectionView(d.getString("_id"), d.getString("county"), d.getString("townshipCode"),
                d.getString("topic"), d.getString("date"), d.getList("deputyIds", String.class),
                d.get("personTimes", Number.class).intValue(), d.getString("findings"), d.getString("status"),
                open == null ? 0 : open.intValue(), followUps, d.getString("closedAt"));
    }
}
