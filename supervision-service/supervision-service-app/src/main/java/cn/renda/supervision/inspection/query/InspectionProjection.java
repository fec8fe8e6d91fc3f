package cn.renda.supervision.inspection.query;

import cn.renda.platform.mongo.IdempotentWrites;
import cn.renda.supervision.api.events.InspectionClosedEvent;
import cn.renda.supervision.api.events.InspectionFollowUpAssignedEvent;
import cn.renda.supervision.api.events.InspectionFollowUpCompletedEvent;
import cn.renda.supervision.api.events.InspectionRecordedEvent;
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

/** Inspections with their follow-up items ({@code inspections} collection); idempotent by sequence. */
@Component
@ProcessingGroup("inspection-list")
class InspectionProjection {

    static final String COLLECTION = "inspections";

    private final MongoCollection<Document> inspections;

    InspectionProjection(MongoDatabase db) {
        this.inspections = db.getCollection(COLLECTION);
    }

    private void write(String id, String county, long seq, Bson update) {
        inspections.bulkWrite(IdempotentWrites.applyToOwn(id, new Document("county", county), seq, update));
    }

    @EventHandler
    void on(InspectionRecordedEvent e, @SequenceNumber long seq) {
        write(e.inspectionId(), e.county(), seq, Updates.combine(
                Updates.set("townshipCode", e.townshipCode()),
                Updates.set("topic", e.topic()),
                Updates.set("date", e.date().toString()),
                Updates.set("deputyIds", e.deputyIds()),
                Updates.set("personTimes", e.personTimes()),
                Updates.set("findings", e.findings()),
                Updates.set("status", "OPEN"),
                Updates.set("openFollowUps", 0),
                Updates.set("followUps", new Document())));
    }

    @EventHandler
    void on(InspectionFollowUpAssignedEvent e, @SequenceNumber long seq) {
        write(e.inspectionId(), e.county(), seq, Updates.combine(
                Updates.set("followUps." + e.itemId(), new Document("description", e.description())
                        .append("responsibleOfficial", e.responsibleOfficial())
                        .append("deadline", e.deadline().toString())
                        .append("done", false)),
                Updates.inc("openFollowUps", 1)));
    }

    @EventHandler
    void on(InspectionFollowUpCompletedEvent e, @SequenceNumber long seq) {
        String item = "followUps." + e.itemId();
        write(e.inspectionId(), e.county(), seq, Updates.combine(
                Updates.set(item + ".done", true),
                Updates.set(item + ".outcome", e.outcome()),
                Updates.set(item + ".onTime", e.onTime()),
                Updates.set(item + ".completedAt", e.completedAt().toString()),
                Updates.inc("openFollowUps", -1)));
    }

    @EventHandler
    void on(InspectionClosedEvent e, @SequenceNumber long seq) {
        write(e.inspectionId(), e.county(), seq, Updates.combine(
                Updates.set("status", "CLOSED"),
                Updates.set("closedAt", e.closedAt().toString())));
    }

    @ResetHandler
    void reset() {
        inspections.deleteMany(new Document());
    }
}
