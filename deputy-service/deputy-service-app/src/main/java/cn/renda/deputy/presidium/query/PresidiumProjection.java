package cn.renda.deputy.presidium.query;

import cn.renda.deputy.api.events.PresidiumFormedEvent;
import cn.renda.deputy.api.events.PresidiumMemberAppointedEvent;
import cn.renda.deputy.api.events.PresidiumPostLostEvent;
import cn.renda.platform.mongo.IdempotentWrites;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** The presidium of each township and term ({@code presidiums}): its members, and the posts lost. */
@Component
@ProcessingGroup("presidium-view")
class PresidiumProjection {

    static final String COLLECTION = "presidiums";

    private final MongoCollection<Document> presidiums;

    PresidiumProjection(MongoDatabase db) {
        this.presidiums = db.getCollection(COLLECTION);
    }

    @EventHandler
    void on(PresidiumFormedEvent e, @SequenceNumber long seq) {
        presidiums.bulkWrite(IdempotentWrites.applyToOwn(e.presidiumId(), new Document("county", e.county()), seq,
                Updates.combine(Updates.set("townshipCode", e.townshipCode()), Updates.set("term", e.term()),
                        Updates.set("minSize", e.minSize()), Updates.set("maxSize", e.maxSize()),
                        Updates.set("formedOn", e.formedOn() == null ? null : e.formedOn().toString()),
                        Updates.set("members", java.util.List.of()), Updates.set("lostPosts", java.util.List.of()))));
    }

    @EventHandler
    void on(PresidiumMemberAppointedEvent e, @SequenceNumber long seq) {
        Document member = new Document("deputyId", e.deputyId()).append("name", e.name())
                .append("role", e.role().name()).append("fullTime", e.fullTime())
                .append("partySecretary", e.partySecretary()).append("governmentDuties", e.governmentDuties())
                .append("appointedOn", e.appointedOn() == null ? null : e.appointedOn().toString());
        presidiums.bulkWrite(IdempotentWrites.applyToOwn(e.presidiumId(), new Document("county", e.county()), seq,
                Updates.push("members", member)));
    }

    @EventHandler
    void on(PresidiumPostLostEvent e, @SequenceNumber long seq) {
        Document lost = new Document("deputyId", e.deputyId()).append("role", e.role().name())
                .append("cause", e.cause().name())
                .append("effectiveOn", e.effectiveOn() == null ? null : e.effectiveOn().toString());
        presidiums.bulkWrite(IdempotentWrites.applyToOwn(e.presidiumId(), new Document("county", e.county()), seq,
                Updates.combine(Updates.pull("members", Filters.eq("deputyId", e.deputyId())),
                        Updates.push("lostPosts", lost))));
    }

    @ResetHandler
    void reset() {
        presidiums.deleteMany(new Document());
    }
}
