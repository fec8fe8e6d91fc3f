package cn.renda.deputy.contact.query;

import cn.renda.deputy.api.events.DeputyReportedToVotersEvent;
import cn.renda.deputy.api.events.HomeVisitMadeEvent;
import cn.renda.deputy.api.events.ReceptionDayHeldEvent;
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

/** Constituent contact ({@code contacts}): reception days, home visits and reports to voters, one document each. */
@Component
@ProcessingGroup("contact-view")
class ContactProjection {

    static final String COLLECTION = "contacts";

    private final MongoCollection<Document> contacts;

    ContactProjection(MongoDatabase db) {
        this.contacts = db.getCollection(COLLECTION);
    }

    @EventHandler
    void on(ReceptionDayHeldEvent e, @SequenceNumber long seq) {
        contacts.bulkWrite(IdempotentWrites.applyToOwn(e.receptionId(), new Document("county", e.county()), seq,
                Updates.combine(Updates.set("kind", "RECEPTION_DAY"), Updates.set("townshipCode", e.townshipCode()),
                        Updates.set("date", e.heldOn().toString()), Updates.set("month", e.heldOn().toString().substring(0, 7)),
                        Updates.set("place", e.place()), Updates.set("deputyIds", e.deputyIds()),
                        Updates.set("visitors", e.visitors()), Updates.set("issues", e.issues()))));
    }

    @EventHandler
    void on(HomeVisitMadeEvent e, @SequenceNumber long seq) {
        contacts.bulkWrite(IdempotentWrites.applyToOwn(e.visitId(), new Document("county", e.county()), seq,
                Updates.combine(Updates.set("kind", "HOME_VISIT"), Updates.set("townshipCode", e.townshipCode()),
                        Updates.set("date", e.visitedOn().toString()), Updates.set("month", e.visitedOn().toString().substring(0, 7)),
                        Updates.set("deputyIds", e.deputyIds()), Updates.set("households", e.households()),
                        Updates.set("issues", e.issues()))));
    }

    @EventHandler
    void on(DeputyReportedToVotersEvent e, @SequenceNumber long seq) {
        contacts.bulkWrite(IdempotentWrites.applyToOwn(e.reportId(), new Document("county", e.county()), seq,
                Updates.combine(Updates.set("kind", "VOTER_REPORT"), Updates.set("townshipCode", e.townshipCode()),
                        Updates.set("date", e.reportedOn().toString()), Updates.set("month", e.reportedOn().toString().substring(0, 7)),
                        Updates.set("deputyIds", java.util.List.of(e.deputyId())), Updates.set("voters", e.voters()),
                        Updates.set("satisfied", e.satisfied()), Updates.set("basicallySatisfied", e.basicallySatisfied()),
                        Updates.set("dissatisfied", e.dissatisfied()))));
    }

    @ResetHandler
    void reset() {
        contacts.deleteMany(new Document());
    }
}
