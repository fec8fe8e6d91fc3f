package cn.renda.deputy.deputy.query;

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

import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

@Component
public class DeputyQueries {

    /** What a list shows of a deputy; composition attributes as enum names. */
    public record DeputySummary(String id, String county, String townshipCode, String name, String gender,
                                Integer birthYear, String occupation, String status, Integer term, String ethnicity,
                                String education, String party, Boolean reElected, Boolean byElection,
                                String district, String groupId, String electedOn) {
    }

    /**
     * The filters of a deputy list; null means any. {@code name}: a case-insensitive substring of the name, matched
     * literally (the name is kept in clear in the read model: it is public, not part of the encrypted personal data).
     */
    public record DeputyFilter(String township, String groupId, String status, String occupation, String gender,
                               String party, String education, Boolean reElected, Integer term,
                               String district, String name) {

        public DeputyFilter(String township, String groupId, String status, String occupation, String gender,
                            String party, String education, Boolean reElected, Integer term) {
            this(township, groupId, status, occupation, gender, party, education, reElected, term, null, null);
        }
    }

    /** A deputy with what the profile needs beyond the summary (the ciphertext is opened by the caller). */
    public record DeputyRecord(DeputySummary summary, String personalDataCiphertext, boolean personalDataErased,
                               Document statusChange) {
    }

    /**
     * The composition of the serving deputies (代表结构): counts per value of each attribute, the cadre share the
     * county watches ("a congress turned into a cadres' meeting"), women and re-elected shares, and the age groups
     * in {@code year}.
     */
    public record Composition(String county, String township, long serving, Map<String, Map<String, Long>> counts,
                              double cadreShare, double womenShare, double reElectedShare) {
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
        if (f.district() != null && !f.district().isBlank()) {
            filters.add(Filters.eq("district", f.district()));
        }
        if (f.term() != null) {
            filters.add(Filters.eq("term", f.term()));
        }
        if (f.name() != null && !f.name().isBlank()) {
            // no $text on the Mongo stand-in; a quoted regex finds the characters literally on both
            filters.add(Filters.regex("name", Pattern.quote(f.name().strip()), "i"));
        }
        Bson filter = Filters.and(filters);
        List<DeputySummary> items = new ArrayList<>();
        deputies.find(filter).sort(Sorts.ascending("townshipCode", "name", "_id")).skip(page * size).limit(size)
                .forEach(d -> items.add(summary(d)));
        return new PageResponse<>(items, deputies.countDocuments(filter), page, size);
    }

    public Composition composition(String county, String township, int year) {
        List<Bson> filters = new ArrayList<>(List.of(Filters.eq("county", county), Filters.eq("status", "SERVING")));
        if (township != null && !township.isBlank()) {
            filters.add(Filters.eq("townshipCode", township));
        }
        List<String> fields = List.of("gender", "occupation", "party", "education", "ethnicity", "reElected");
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        fields.forEach(f -> counts.put(f, new TreeMap<>()));
        counts.put("age", new TreeMap<>());
        long[] total = {0};
        deputies.find(Filters.and(filters)).projection(Projections.include(
                "gender", "occupation", "party", "education", "ethnicity", "reElected", "birthYear")).forEach(d -> {
            total[0]++;
            for (String f : fields) {
                Object v = d.get(f);
                counts.get(f).merge(v == null ? "UNKNOWN" : v.toString(), 1L, Long::sum);
            }
            Integer born = d.getInteger("birthYear");
            String age = born == null ? "UNKNOWN" : year - born < 35 ? "UNDER_35" : year - born <= 55 ? "35_TO_55" : "OVER_55";
            counts.get("age").merge(age, 1L, Long::sum);
        });
        long n = total[0];
        return new Composition(county, township, n, counts,
                share(counts.get("occupation").getOrDefault("CADRE", 0L), n),
                share(counts.get("gender").getOrDefault("FEMALE", 0L), n),
                share(counts.get("reElected").getOrDefault("true", 0L), n));
    }

    private static double share(long part, long total) {
        return total == 0 ? 0 : Math.round(part * 1000.0 / total) / 1000.0;
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
