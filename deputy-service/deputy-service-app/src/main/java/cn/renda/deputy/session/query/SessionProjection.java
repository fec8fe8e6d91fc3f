package cn.renda.deputy.session.query;

import cn.renda.deputy.api.events.SessionClosedEvent;
import cn.renda.deputy.api.events.SessionConvenedEvent;
import cn.renda.deputy.api.events.SessionDocumentsDistributedEvent;
import cn.renda.deputy.api.events.SessionOpenedEvent;
import cn.renda.deputy.api.events.SessionVoteRecordedEvent;
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

import java.util.List;

/** Sessions and presidium meetings ({@code sessions}): agenda, documents, attendance, quorum, votes. */
@Component
@ProcessingGroup("session-view")
class SessionProjection {

    static final String COLLECTION = "sessions";

    private final MongoCollection<Document> sessions;

    SessionProjection(MongoDatabase db) {
        this.sessions = db.getCollection(COLLECTION);
    }

    private void write(String id, String county, long seq, org.bson.conversions.Bson update) {
        sessions.bulkWrite(IdempotentWrites.applyToOwn(id, new Document("county", county), seq, update));
    }

    @EventHandler
    void on(SessionConvenedEvent e, @SequenceNumber long seq) {
        write(e.sessionId(), e.county(), seq, Updates.combine(
                Updates.set("townshipCode", e.townshipCode()), Updates.set("term", e.term()),
                Updates.set("number", e.number()), Updates.set("kind", e.kind().name()),
                Updates.set("startsOn", e.startsOn().toString()), Updates.set("plannedDays", e.days()),
                Updates.set("agenda", e.agenda()), Updates.set("stage", "CONVENED"),
                Updates.set("documents", List.of()), Updates.set("votes", List.of())));
    }

    @EventHandler
    void on(SessionDocumentsDistributedEvent e, @SequenceNumber long seq) {
        write(e.sessionId(), e.county(), seq, Updates.push("documents", new Document("titles", e.titles())
                .append("distributedOn", e.distributedOn().toString()).append("daysBeforeSession", e.daysBeforeSession())));
    }

    @EventHandler
    void on(SessionOpenedEvent e, @SequenceNumber long seq) {
        write(e.sessionId(), e.county(), seq, Updates.combine(Updates.set("stage", "OPEN"),
                Updates.set("openedOn", e.openedOn().toString()), Updates.set("servingDeputies", e.servingDeputies()),
                Updates.set("presentDeputyIds", e.presentDeputyIds()),
                Updates.set("excusedDeputyIds", e.excusedDeputyIds())));
    }

    @EventHandler
    void on(SessionVoteRecordedEvent e, @SequenceNumber long seq) {
        write(e.sessionId(), e.county(), seq, Updates.push("votes", new Document("item", e.item())
                .append("kind", e.kind().name()).append("for", e.votesFor()).append("against", e.votesAgainst())
                .append("abstentions", e.abstentions()).append("passed", e.passed())));
    }

    @EventHandler
    void on(SessionClosedEvent e, @SequenceNumber long seq) {
        write(e.sessionId(), e.county(), seq, Updates.combine(Updates.set("stage", "CLOSED"),
                Updates.set("closedOn", e.closedOn().toString()), Updates.set("days", e.days())));
    }

    @ResetHandler
    void reset() {
        sessions.deleteMany(new Document());
    }
}
