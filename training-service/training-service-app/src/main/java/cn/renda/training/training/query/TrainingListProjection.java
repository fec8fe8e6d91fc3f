package cn.renda.training.training.query;

import cn.renda.platform.mongo.IdempotentWrites;
import cn.renda.training.api.AttendanceStatus;
import cn.renda.training.api.events.TrainingAbsenceRecordedEvent;
import cn.renda.training.api.events.TrainingAssessedEvent;
import cn.renda.training.api.events.TrainingAttendanceRecordedEvent;
import cn.renda.training.api.events.TrainingCertificateRevokedEvent;
import cn.renda.training.api.events.TrainingCompletedEvent;
import cn.renda.training.api.events.TrainingCourseDetailsSetEvent;
import cn.renda.training.api.events.TrainingEnrolmentRecordedEvent;
import cn.renda.training.api.events.TrainingLatenessRecordedEvent;
import cn.renda.training.api.events.TrainingPlannedEvent;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Trainings with their counters ({@code trainings}) and one document per training and deputy
 * ({@code training_participants}: enrolled, attendance status, score, certificate), carrying the training's topic,
 * date and hours so coverage needs no join. Every write is guarded by the training's sequence.
 */
@Component
@ProcessingGroup("training-list")
class TrainingListProjection {

    static final String COLLECTION = "trainings";
    static final String PARTICIPANTS = TrainingQueries.PARTICIPANTS;

    private final MongoCollection<Document> trainings;
    private final MongoCollection<Document> participants;

    TrainingListProjection(MongoDatabase db) {
        this.trainings = db.getCollection(COLLECTION);
        this.participants = db.getCollection(PARTICIPANTS);
    }

    static String participantId(String trainingId, String deputyId) {
        return trainingId + "/" + deputyId;
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
                        Updates.set("enrolled", 0),
                        Updates.set("personTimes", 0),
                        Updates.set("late", 0),
                        Updates.set("absent", 0),
                        Updates.set("excused", 0),
                        Updates.set("completed", 0),
                        Updates.set("revoked", 0))));
    }

    @EventHandler
    void on(TrainingCourseDetailsSetEvent e, @SequenceNumber long seq) {
        trainings.bulkWrite(IdempotentWrites.applyToOwn(e.trainingId(), new Document("county", e.county()), seq,
                Updates.combine(
                        Updates.set("organiserTownshipCode", e.organiserTownshipCode()),
                        Updates.set("audience", e.audience() == null ? null : e.audience().name()),
                        Updates.set("format", e.format() == null ? null : e.format().name()),
                        Updates.set("place", e.place()),
                        Updates.set("capacity", e.capacity()),
                        Updates.set("passingScore", e.passingScore()))));
    }

    @EventHandler
    void on(TrainingEnrolmentRecordedEvent e, @SequenceNumber long seq) {
        write(e.trainingId(), e.county(), e.deputyId(), e.townshipCode(), seq, Updates.inc("enrolled", 1),
                Updates.set("enrolled", true));
    }

    @EventHandler
    void on(TrainingAttendanceRecordedEvent e, @SequenceNumber long seq) {
        write(e.trainingId(), e.county(), e.deputyId(), e.townshipCode(), seq, Updates.inc("personTimes", 1),
                Updates.set("attendance", AttendanceStatus.PRESENT.name()));
    }

    @EventHandler
    void on(TrainingLatenessRecordedEvent e, @SequenceNumber long seq) {
        write(e.trainingId(), e.county(), e.deputyId(), null, seq, Updates.inc("late", 1),
                Updates.set("attendance", AttendanceStatus.LATE.name()));
    }

    @EventHandler
    void on(TrainingAbsenceRecordedEvent e, @SequenceNumber long seq) {
        AttendanceStatus status = e.excused() ? AttendanceStatus.EXCUSED : AttendanceStatus.ABSENT;
        write(e.trainingId(), e.county(), e.deputyId(), e.townshipCode(), seq,
                Updates.inc(e.excused() ? "excused" : "absent", 1), Updates.set("attendance", status.name()));
    }

    @EventHandler
    void on(TrainingAssessedEvent e, @SequenceNumber long seq) {
        write(e.trainingId(), e.county(), e.deputyId(), null, seq, null,
                Updates.combine(Updates.set("score", e.score()), Updates.set("passed", e.passed())));
    }

    @EventHandler
    void on(TrainingCompletedEvent e, @SequenceNumber long seq) {
        write(e.trainingId(), e.county(), e.deputyId(), e.townshipCode(), seq, Updates.inc("completed", 1),
                Updates.combine(Updates.set("completed", true), Updates.set("certificateCode", e.certificateCode()),
                        Updates.set("deputyName", e.deputyName())));
    }

    @EventHandler
    void on(TrainingCertificateRevokedEvent e, @SequenceNumber long seq) {
        write(e.trainingId(), e.county(), e.deputyId(), null, seq, Updates.inc("revoked", 1),
                Updates.set("revoked", true));
    }

    /** Updates the training's counters and the deputy's participant document, each guarded by the sequence. */
    private void write(String trainingId, String county, String deputyId, String townshipCode, long seq,
                       Bson trainingUpdate, Bson participantUpdate) {
        Document training = trainings.find(Filters.eq("_id", trainingId)).first();
        if (trainingUpdate != null) {
            trainings.bulkWrite(IdempotentWrites.applyToOwn(trainingId, new Document("county", county), seq,
                    trainingUpdate));
        }
        Document onInsert = new Document("county", county).append("trainingId", trainingId).append("deputyId", deputyId);
        if (training != null) {
            onInsert.append("topic", training.getString("topic")).append("date", training.getString("date"))
                    .append("hours", training.getInteger("hours")).append("title", training.getString("title"));
        }
        List<Bson> updates = new ArrayList<>();
        updates.add(participantUpdate);
        if (townshipCode != null) {
            updates.add(Updates.set("townshipCode", townshipCode));
        }
        List<WriteModel<Document>> writes = IdempotentWrites.applyToOwn(participantId(trainingId, deputyId), onInsert,
                seq, Updates.combine(updates));
        participants.bulkWrite(writes, new BulkWriteOptions().ordered(true));
    }

    @ResetHandler
    void reset() {
        trainings.deleteMany(new Document());
        participants.deleteMany(new Document());
    }
}
