package cn.renda.deputy.group.query;

import cn.renda.deputy.api.events.DeputyGroupFormedEvent;
import cn.renda.deputy.api.events.GroupActivityHeldEvent;
import cn.renda.deputy.api.events.GroupActivityPlannedEvent;
import cn.renda.deputy.api.events.GroupLeaderAppointedEvent;
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

/** Deputy groups ({@code deputy_groups}) with leader, room and activities planned and held. */
@Component
@ProcessingGroup("group-view")
class GroupProjection {

    static final String COLLECTION = "deputy_groups";

    private final MongoCollection<Document> groups;

    GroupProjection(MongoDatabase db) {
        this.groups = db.getCollection(COLLECTION);
    }

    @EventHandler
    void on(DeputyGroupFormedEvent e, @SequenceNumber long seq) {
        groups.bulkWrite(IdempotentWrites.applyToOwn(e.groupId(), new Document("county", e.county()), seq,
                Updates.combine(Updates.set("townshipCode", e.townshipCode()), Updates.set("name", e.name()),
                        Updates.set("village", e.village()), Updates.set("room", e.room()),
                        Updates.set("activities", List.of()), Updates.set("planned", 0), Updates.set("held", 0))));
    }

    @EventHandler
    void on(GroupLeaderAppointedEvent e, @SequenceNumber long seq) {
        groups.bulkWrite(IdempotentWrites.applyToOwn(e.groupId(), new Document("county", e.county()), seq,
                Updates.set("leaderDeputyId", e.deputyId())));
    }

    @EventHandler
    void on(GroupActivityPlannedEvent e, @SequenceNumber long seq) {
        groups.bulkWrite(IdempotentWrites.applyToOwn(e.groupId(), new Document("county", e.county()), seq,
                Updates.combine(Updates.push("activities", new Document("activityId", e.activityId())
                                .append("topic", e.topic()).append("plannedOn", e.plannedOn().toString())
                                .append("held", false)),
                        Updates.inc("planned", 1))));
    }

    @EventHandler
    void on(GroupActivityHeldEvent e, @SequenceNumber long seq) {
        Document doc = groups.find(new Document("_id", e.groupId())).first();
        if (doc == null) {
            return;
        }
        List<Document> activities = new java.util.ArrayList<>(doc.getList("activities", Document.class, List.of()));
        for (Document a : activities) {
            if (e.activityId().equals(a.getString("activityId"))) {
                a.append("held", true).append("heldOn", e.heldOn().toString()).append("attendeeIds", e.attendeeIds())
                        .append("summary", e.summary());
            }
        }
        groups.bulkWrite(IdempotentWrites.applyToOwn(e.groupId(), new Document("county", e.county()), seq,
                Updates.combine(Updates.set("activities", activities), Updates.inc("held", 1),
                        Updates.inc("attendances", e.attendeeIds().size()))));
    }

    @ResetHandler
    void reset() {
        groups.deleteMany(new Document());
    }
}
