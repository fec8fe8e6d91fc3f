package cn.renda.deputy.deputy.query;

import cn.renda.deputy.api.events.DeputyRegisteredEvent;
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

/** The deputies of each county, for lists and profiles ({@code deputies} collection); idempotent by sequence. */
@Component
@ProcessingGroup("deputy-directory")
class DeputyDirectoryProjection {

    static final String COLLECTION = "deputies";

    private final MongoCollection<Document> deputies;

    DeputyDirectoryProjection(MongoDatabase db) {
        this.deputies = db.getCollection(COLLECTION);
    }

    @EventHandler
    void on(DeputyRegisteredEvent e, @SequenceNumber long seq) {
        deputies.bulkWrite(IdempotentWrites.applyToOwn(e.deputyId(), new Document("county", e.county()), seq,
                Updates.combine(
                        Updates.set("townshipCode", e.townshipCode()),
                        Updates.set("name", e.name()),
                        Updates.set("gender", e.gender() == null ? null : e.gender().name()),
                        Updates.set("birthYear", e.birthYear()),
                        Updates.set("occupation", e.occupation() == null ? null : e.occupation().name()),
                        Updates.set("status", "SERVING"),
                        Updates.set("registeredAt", e.registeredAt() == null ? null : e.registeredAt().toString()))));
    }

    @ResetHandler
    void reset() {
        deputies.deleteMany(new Document());
    }
}
