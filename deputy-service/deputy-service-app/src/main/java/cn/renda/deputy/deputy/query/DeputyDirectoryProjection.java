package cn.renda.deputy.deputy.query;

import cn.renda.deputy.api.events.DeputyPersonalDataErasedEvent;
import cn.renda.deputy.api.events.DeputyRegisteredEvent;
import cn.renda.deputy.api.events.DeputyStatusChangedEvent;
import cn.renda.platform.mongo.IdempotentWrites;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * The deputies of each county, for lists and profiles ({@code deputies} collection); idempotent by sequence. Personal
 * data is kept only as the event's ciphertext, never in clear; an erasure removes even that.
 */
@Component
@ProcessingGroup("deputy-directory")
class DeputyDirectoryProjection {

    static final String COLLECTION = "deputies";

    private final MongoCollection<Document> deputies;

    DeputyDirectoryProjection(MongoDatabase db) {
        this.deputies = db.getCollection(COLLECTION);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    @EventHandler
    void on(DeputyRegisteredEvent e, @SequenceNumber long seq) {
        deputies.bulkWrite(IdempotentWrites.applyToOwn(e.deputyId(), new Document("county", e.county()), seq,
                Updates.combine(
                        Updates.set("townshipCode", e.townshipCode()),
                        Updates.set("name", e.name()),
                        Updates.set("gender", name(e.gender())),
                        Updates.set("birthYear", e.birthYear()),
                        Updates.set("occupation", name(e.occupation())),
                        Updates.set("status", "SERVING"),
                        Updates.set("registeredAt", e.registeredAt() == null ? null : e.registeredAt().toString()),
                        Updates.set("term", e.term()),
                        Updates.set("ethnicity", e.ethnicity()),
                        Updates.set("education", name(e.education())),
                        Updates.set("party", name(e.party())),
                        Updates.set("reElected", e.reElected()),
                        Updates.set("byElection", e.byElection()),
                        Updates.set("district", e.district()),
                        Updates.set("groupId", e.groupId()),
                        Updates.set("electedOn", e.electedOn() == null ? null : e.electedOn().toString()),
                        Updates.set("personalData", e.personalData()),
                        Updates.set("personalDataErased", false))));
    }

    @EventHandler
    void on(DeputyStatusChangedEvent e, @SequenceNumber long seq) {
        deputies.bulkWrite(IdempotentWrites.applyToOwn(e.deputyId(), new Document("county", e.county()), seq,
                Updates.combine(
                        Updates.set("status", e.change().resultingStatus()),
                        Updates.set("statusChange", new Document("change", e.change().name())
                                .append("effectiveOn", e.effectiveOn() == null ? null : e.effectiveOn().toString())
                                .append("reason", e.reason())
                                .append("recordedAt", e.recordedAt() == null ? null : e.recordedAt().toString())))));
    }

    @EventHandler
    void on(DeputyPersonalDataErasedEvent e, @SequenceNumber long seq) {
        deputies.bulkWrite(IdempotentWrites.applyToOwn(e.deputyId(), new Document("county", e.county()), seq,
                Updates.combine(Updates.unset("personalData"), Updates.set("personalDataErased", true))));
    }

    @ResetHandler
    void reset() {
        deputies.deleteMany(new Document());
    }
}
