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
    }

    private static Bson filter(String county, String township, LocalDate from, LocalDate to) {
        List<Bson> f = new ArrayList<>();
        f.add(Filters.eq("county", county));
        if (township != null) {
            f.add(Filters.eq("townshipCode", township));
        }
        if (from != null) {
            f.add(Filters.gte("date", from.toString()));
        }
        if (to != null) {
            f.add(Filters.lte("date", to.toString()));
        }
        return Filters.and(f);
    }

    public PageResponse<InspectionView> find(String county, String township, LocalDate from, LocalDate to, int page,
                                             int size) {
        Bson filter = filter(county, township, from, to);
        List<InspectionView> items = new ArrayList<>();
        inspections.find(filter).sort(Sorts.descending("date")).skip(page * size).limit(size)
                .forEach(d -> items.add(view(d)));
        return new PageResponse<>(items, inspections.countDocuments(filter), page, size);
    }

    public Optional<InspectionView> get(String county, String id) {
        return Optional.ofNullable(inspections.find(Filters.eq("_id", id)).first())
                .filter(d -> county.equals(d.getString("county"))).map(InspectionQueries::view);
    }

    public PeriodTotals totals(String county, String township, LocalDate from, LocalDate to) {
        Map<String, Map<String, Long>> byTownship = new TreeMap<>();
        long count = 0;
        long personTimes = 0;
        for (Document d : inspections.find(filter(county, township, from, to))
                .projection(Projections.include("townshipCode", "personTimes"))) {
            long p = d.get("personTimes", Number.class).longValue();
            Map<String, Long> t = byTownship.computeIfAbsent(d.getString("townshipCode"), k -> new LinkedHashMap<>(
                    Map.of("inspections", 0L, "personTimes", 0L)));
            t.merge("inspections", 1L, Long::sum);
            t.merge("personTimes", p, Long::sum);
            count++;
            personTimes += p;
        }
        return new PeriodTotals(county, from == null ? null : from.toString(), to == null ? null : to.toString(),
                count, personTimes, byTownship);
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
