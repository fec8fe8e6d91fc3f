package cn.renda.training.certificate.query;

import cn.renda.platform.mongo.IdempotentWrites;
import cn.renda.training.api.events.TrainingCertificateRevokedEvent;
import cn.renda.training.api.events.TrainingCompletedEvent;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** Certificates by verification code ({@code certificates}): what the certificate says and whether it stands. */
@Component
@ProcessingGroup("training-certificates")
class CertificateProjection {

    static final String COLLECTION = "certificates";

    private final MongoCollection<Document> certificates;

    CertificateProjection(MongoDatabase db) {
        this.certificates = db.getCollection(COLLECTION);
    }

    @EventHandler
    void on(TrainingCompletedEvent e, @SequenceNumber long seq) {
        certificates.bulkWrite(IdempotentWrites.applyToOwn(e.certificateCode(), new Document("county", e.county()), seq,
                Updates.combine(
                        Updates.set("trainingId", e.trainingId()),
                        Updates.set("deputyId", e.deputyId()),
                        Updates.set("townshipCode", e.townshipCode()),
                        Updates.set("deputyName", e.deputyName()),
                        Updates.set("title", e.title()),
                        Updates.set("hours", e.hours()),
                        Updates.set("date", e.date() == null ? null : e.date().toString()),
                        Updates.set("completedAt", e.completedAt() == null ? null : e.completedAt().toString()),
                        Updates.set("status", CertificateQueries.VALID))));
    }

    @EventHandler
    void on(TrainingCertificateRevokedEvent e, @SequenceNumber long seq) {
        certificates.bulkWrite(IdempotentWrites.applyToOwn(e.certificateCode(), new Document("county", e.county()), seq,
                Updates.combine(
                        Updates.set("status", CertificateQueries.REVOKED),
                        Updates.set("reason", e.reason()),
                        Updates.set("revokedAt", e.revokedAt() == null ? null : e.revokedAt().toString()))));
    }

    @ResetHandler
    void reset() {
        certificates.deleteMany(new Document());
    }
}
