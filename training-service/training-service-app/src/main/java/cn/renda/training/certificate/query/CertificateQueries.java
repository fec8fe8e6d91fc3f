package cn.renda.training.certificate.query;

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
public class CertificateQueries {

    public static final String VALID = "VALID";
    public static final String REVOKED = "REVOKED";

    /** A certificate as issued, with its standing ({@code VALID} or {@code REVOKED}). */
    public record Certificate(String code, String county, String trainingId, String deputyId, String townshipCode,
                              String deputyName, String title, Integer hours, String date, String completedAt,
                              String status, String reason, String revokedAt) {
        public boolean valid() {
            return VALID.equals(status);
        }
    }

    private final MongoCollection<Document> certificates;

    CertificateQueries(MongoDatabase db) {
        this.certificates = db.getCollection(CertificateProjection.COLLECTION);
        certificates.createIndex(Indexes.ascending("county", "deputyId"));
    }

    /** By code alone, whatever the county: the public verification needs none. */
    public Optional<Certificate> byCode(String code) {
        return Optional.ofNullable(certificates.find(Filters.eq("_id", code)).first()).map(CertificateQueries::of);
    }

    public Optional<Certificate> get(String county, String code) {
        return byCode(code).filter(c -> county.equals(c.county()));
    }

    public List<Certificate> find(String county, String deputyId, String trainingId) {
        List<Bson> filters = new ArrayList<>(List.of(Filters.eq("county", county)));
        if (deputyId != null) {
            filters.add(Filters.eq("deputyId", deputyId));
        }
        if (trainingId != null) {
            filters.add(Filters.eq("trainingId", trainingId));
        }
        List<Certificate> result = new ArrayList<>();
        certificates.find(Filters.and(filters)).sort(Sorts.descending("date")).limit(1000)
                .forEach(d -> result.add(of(d)));
        return result;
    }

    private static Certificate of(Document d) {
        return new Certificate(d.getString("_id"), d.getString("county"), d.getString("trainingId"),
                d.getString("deputyId"), d.getString("townshipCode"), d.getString("deputyName"), d.getString("title"),
                d.getInteger("hours"), d.getString("date"), d.getString("completedAt"), d.getString("status"),
                d.getString("reason"), d.getString("revokedAt"));
    }
}
