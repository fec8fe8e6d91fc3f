package cn.renda.training.training.query;

import cn.renda.platform.mongo.IdempotentWrites;
import cn.renda.training.api.events.TrainingAttendanceRecordedEvent;
import cn.renda.training.api.events.TrainingPlannedEvent;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** Trainings with their person-times ({@code trainings} collection); idempotent by sequence. */
@Component
@ProcessingGroup("training-list")
class TrainingListProjection {

    static final String COLLECTION = "trainings";

    private final MongoCollection<Document> trainings;

    TrainingListProjection(MongoDatabase db) {
        this.trainings = db.getCollection(COLLECTION);
    }

    @EventHandler
    void on(TrainingPlannedEvent e, @SequenceNumber long seq) {
        trainings.bulkWrite(IdempotentWrites.applyToOwn(e.trainingId(), new Document("county", e.county()), seq,
                Updates.combine(
                        Updates.set("title", e.title()),
                        Updates.set("topic", e.topic() == null ? null : e.topic().name()),
                        Updates.set("date", e.date() == null ? null : e.date().toString()),
                        Updates.set("hours", e.hours()),
                        Updates.set("organiser", e.organiser() == null ? null : e.organiser().name()),
                        Updates.set("personTimes", 0))));
    }

    @EventHandler
    void on(TrainingAttendanceRecordedEvent e, @SequenceNumber long seq) {
        trainings.bulkWrite(IdempotentWrites.applyToOwn(e.trainingId(), new Document("county", e.county()), seq,
                Updates.inc("personTimes", 1)));
    }

    @ResetHandler
    void reset() {
        trainings.deleteMany(new Document());
    }
}
