package cn.renda.supervision.enforcement.query;

import cn.renda.supervision.api.events.EnforcementInspectionClosedEvent;
import cn.renda.supervision.api.events.EnforcementInspectionRecordedEvent;
import cn.renda.supervision.api.events.RectificationItemAddedEvent;
import cn.renda.supervision.api.events.RectificationItemCompletedEvent;
import cn.renda.supervision.shared.SubjectDocuments;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/** Enforcement inspections with their rectification items ({@code enforcement_inspections}). */
@Component
@ProcessingGroup("enforcement-inspection-list")
public class EnforcementInspectionProjection {

    static final String AGGREGATE = "EnforcementInspection";

    private final SubjectDocuments documents;

    EnforcementInspectionProjection(MongoDatabase db) {
        this.documents = new SubjectDocuments(db.getCollection("enforcement_inspections"), "startedOn");
    }

    public SubjectDocuments documents() {
        return documents;
    }

    @EventHandler
    void on(EnforcementInspectionRecordedEvent e, @SequenceNumber long seq) {
        documents.write(e.inspectionId(), e.county(), seq, Updates.combine(
                Updates.set("townshipCode", e.townshipCode()),
                Updates.set("law", e.law()),
                Updates.set("scope", e.scope()),
                Updates.set("startedOn", e.startedOn().toString()),
                Updates.set("deputyIds", e.deputyIds()),
                Updates.set("findings", e.findings()),
                Updates.set("status", "OPEN"),
                Updates.set("openRectification", 0)));
    }

    @EventHandler
    void on(RectificationItemAddedEvent e, DomainEventMessage<?> m) {
        if (AGGREGATE.equals(m.getType())) {
            documents.on(e, m.getSequenceNumber());
        }
    }

    @EventHandler
    void on(RectificationItemCompletedEvent e, DomainEventMessage<?> m) {
        if (AGGREGATE.equals(m.getType())) {
            documents.on(e, m.getSequenceNumber());
        }
    }

    @EventHandler
    void on(EnforcementInspectionClosedEvent e, @SequenceNumber long seq) {
        documents.write(e.inspectionId(), e.county(), seq, Updates.combine(
                Updates.set("status", "CLOSED"), Updates.set("closedAt", e.closedAt().toString())));
    }

    @ResetHandler
    void reset() {
        documents.reset();
    }
}
