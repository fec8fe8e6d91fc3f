package cn.renda.deputy.district.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The districts with their deputies: serving deputies per district name, counted over the township's documents of the
 * {@code deputies} collection (read by name from the deputy feature's projection: {@code county},
 * {@code townshipCode}, {@code district}, {@code status}); a few dozen per township.
 */
@Component
public class DistrictQueries {

    static final String DEPUTIES = "deputies";

    /** A district, its seats and voters, and {@code deputies} serving for it now ({@code vacancies} = seats left). */
    public record DistrictView(String id, String county, String townshipCode, String code, String name, int seats,
                               int voters, long deputies, long vacancies) {
    }

    private final DistrictDirectory directory;
    private final MongoCollection<Document> deputies;

    DistrictQueries(DistrictDirectory directory, MongoDatabase db) {
        this.directory = directory;
        this.deputies = db.getCollection(DEPUTIES);
    }

    public List<DistrictView> list(String county, String townshipCode) {
        List<DistrictDirectory.District> districts = directory.districts(county, townshipCode);
        Map<String, Long> counts = new HashMap<>();
        List<String> townships = districts.stream().map(DistrictDirectory.District::townshipCode).distinct().toList();
        for (String township : townships) {
            deputies.aggregate(List.of(
                    Aggregates.match(Filters.and(Filters.eq("county", county), Filters.eq("townshipCode", township),
                            Filters.eq("status", "SERVING"), Filters.ne("district", null))),
                    Aggregates.group("$district", Accumulators.sum("n", 1))))
                    .forEach(d -> counts.put(township + "|" + d.getString("_id"), ((Number) d.get("n")).longValue()));
        }
        List<DistrictView> views = new ArrayList<>();
        for (DistrictDirectory.District d : districts) {
            long n = counts.getOrDefault(d.townshipCode() + "|" + d.name(), 0L);
            views.add(new DistrictView(d.id(), d.county(), d.townshipCode(), d.code(), d.name(), d.seats(), d.voters(),
                    n, Math.max(0, d.seats() - n)));
        }
        return views;
    }
}
