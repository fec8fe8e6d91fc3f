package cn.renda.supervision.workreport.query;

import cn.renda.supervision.api.events.RectificationItemAddedEvent;
import cn.renda.supervision.api.events.RectificationItemCompletedEvent;
import cn.renda.supervision.api.events.WorkReportClosedEvent;
import cn.renda.supervision.api.events.WorkReportDeliberatedEvent;
import cn.renda.supervision.api.events.WorkReportDeliveredEvent;
import cn.renda.supervision.api.events.WorkReportSatisfactionVotedEvent;
import cn.renda.supervision.shared.SubjectDocuments;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** Special work reports with opinions, vote and rectification items ({@code work_reports}). */
@Component
@ProcessingGroup("work-report-list")
public class WorkReportProjection {

    static final String AGGREGATE = "WorkReport";

    private final SubjectDocuments documents;

    WorkReportProjection(MongoDatabase db) {
        this.documents = new SubjectDocuments(db.getCollection("work_reports"), "deliveredOn");
    }

    public SubjectDocuments documents() {
        return documents;
    }

    @EventHandler
    void on(WorkReportDeliveredEvent e, @SequenceNumber long seq) {
        documents.write(e.reportId(), e.county(), seq, Updates.combine(
                Updates.set("townshipCode", e.townshipCode()),
                Updates.set("office", e.office()),
                Updates.set("subject", e.subject()),
                Updates.set("body", e.body().name()),
                Updates.set("deliveredOn", e.deliveredOn().toString()),
                Updates.set("status", "DELIVERED"),
                Updates.set("openRectification", 0)));
    }

    @EventHandler
    void on(WorkReportDeliberatedEvent e, @SequenceNumber long seq) {
        documents.write(e.reportId(), e.county(), seq, Updates.combine(
                Updates.set("opinions", e.opinions()), Updates.set("status", "DELIBERATED")));
    }

    @EventHandler
    void on(WorkReportSatisfactionVotedEvent e, @SequenceNumber long seq) {
        int total = e.satisfied() + e.basicallySatisfied() + e.dissatisfied() + e.abstained();
        double rate = Math.round(1000.0 * (e.satisfied() + e.basicallySatisfied()) / total) / 10.0;
        documents.write(e.reportId(), e.county(), seq, Updates.set("vote", new Document("satisfied", e.satisfied())
                .append("basicallySatisfied", e.basicallySatisfied()).append("dissatisfied", e.dissatisfied())
                .append("abstained", e.abstained()).append("satisfactionRate", rate)));
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
    void on(WorkReportClosedEvent e, @SequenceNumber long seq) {
        documents.write(e.reportId(), e.county(), seq, Updates.combine(
                Updates.set("status", "CLOSED"), Updates.set("closedAt", e.closedAt().toString())));
    }

    @ResetHandler
    void reset() {
        documents.reset();
    }
}
