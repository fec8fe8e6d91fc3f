package cn.renda.supervision.petition.query;

import cn.renda.platform.mongo.IdempotentWrites;
import cn.renda.supervision.api.events.PetitionAcceptedEvent;
import cn.renda.supervision.api.events.PetitionExtendedEvent;
import cn.renda.supervision.api.events.PetitionOverdueEvent;
import cn.renda.supervision.api.events.PetitionReceivedEvent;
import cn.renda.supervision.api.events.PetitionRefusedEvent;
import cn.renda.supervision.api.events.PetitionRepliedEvent;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/** Letters and visits ({@code petitions} collection); idempotent by sequence. */
@Component
@ProcessingGroup("petition-list")
class PetitionProjection {

    static final String COLLECTION = "petitions";

    private final MongoCollection<Document> petitions;

    PetitionProjection(MongoDatabase db) {
        this.petitions = db.getCollection(COLLECTION);
    }

    private void write(String id, String county, long seq, Bson update) {
        petitions.bulkWrite(IdempotentWrites.applyToOwn(id, new Document("county", county), seq, update));
    }

    @EventHandler
    void on(PetitionReceivedEvent e, @SequenceNumber long seq) {
        write(e.petitionId(), e.county(), seq, Updates.combine(
                Updates.set("townshipCode", e.townshipCode()),
                Updates.set("channel", e.channel().name()),
                Updates.set("subject", e.subject()),
                Updates.set("content", e.content()),
                Updates.set("receivedOn", e.receivedOn().toString()),
                Updates.set("acceptBy", e.acceptBy().toString()),
                Updates.set("deadline", e.acceptBy().toString()),
                Updates.set("status", "RECEIVED"),
                Updates.set("overdue", false)));
    }

    @EventHandler
    void on(PetitionAcceptedEvent e, @SequenceNumber long seq) {
        write(e.petitionId(), e.county(), seq, Updates.combine(
                Updates.set("status", "ACCEPTED"),
                Updates.set("unitId", e.unitId()),
                Updates.set("handleBy", e.handleBy().toString()),
                Updates.set("deadline", e.handleBy().toString()),
                Updates.set("acceptedOnTime", e.onTime()),
                Updates.set("overdue", false),
                Updates.set("acceptedAt", e.acceptedAt().toString())));
    }

    @EventHandler
    void on(PetitionRefusedEvent e, @SequenceNumber long seq) {
        write(e.petitionId(), e.county(), seq, Updates.combine(
                Updates.set("status", "REFUSED"),
                Updates.set("refusalReason", e.reason()),
                Updates.set("overdue", false),
                Updates.set("refusedAt", e.refusedAt().toString())));
    }

    @EventHandler
    void on(PetitionExtendedEvent e, @SequenceNumber long seq) {
        write(e.petitionId(), e.county(), seq, Updates.combine(
                Updates.set("extended", true),
                Updates.set("extensionReason", e.reason()),
                Updates.set("handleBy", e.handleBy().toString()),
                Updates.set("deadline", e.handleBy().toString()),
                Updates.set("overdue", false)));
    }

    @EventHandler
    void on(PetitionRepliedEvent e, @SequenceNumber long seq) {
        write(e.petitionId(), e.county(), seq, Updates.combine(
                Updates.set("status", "REPLIED"),
                Updates.set("reply", e.content()),
                Updates.set("repliedOnTime", e.onTime()),
                Updates.set("overdue", false),
                Updates.set("repliedAt", e.repliedAt().toString())));
    }

    @EventHandler
    void on(PetitionOverdueEvent e, @SequenceNumber long seq) {
        write(e.petitionId(), e.county(), seq, Updates.combine(
                Updates.set("overdue", true),
                Updates.set("overdueStage", e.stage().name())));
    }

    @ResetHandler
    void reset() {
        petitions.deleteMany(new Document());
    }
}
