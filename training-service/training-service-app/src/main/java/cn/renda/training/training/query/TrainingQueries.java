package cn.renda.training.training.query;

import cn.renda.platform.web.PageResponse;
import cn.renda.training.api.LegalTopic;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Component
public class TrainingQueries {

    /** One document per training and deputy; read by the coverage query too. */
    public static final String PARTICIPANTS = "training_participants";

    /** A training with its course particulars and counters; person-hours = person-times x hours. */
    public record TrainingSummary(String id, String county, String title, String topic, String date, Integer hours,
                                  String organiser, String organiserTownshipCode, String audience, String format,
                                  String place, Integer capacity, Integer passingScore, Integer enrolled,
                                  Integer personTimes, Integer late, Integer absent, Integer excused,
                                  Integer completed, Integer revoked, Integer personHours) {
    }

    /** One deputy at one training. */
    public record Participant(String deputyId, String townshipCode, boolean enrolled, String attendance,
                              Integer score, Boolean passed, boolean completed, String certificateCode,
                              boolean revoked) {
    }

    /** One training in a deputy's record. */
    public record DeputyTraining(String trainingId, String title, String topic, String date, Integer hours,
                                 boolean enrolled, String attendance, Integer score, Boolean passed,
                                 boolean completed, String certificateCode, boolean revoked) {
    }

    /** A deputy's training record (履职档案: 培训): person-times and hours attended (present or late) in the period. */
    public record DeputyRecord(String deputyId, int personTimes, int hours, List<DeputyTraining> items) {
    }

    private final MongoCollection<Document> trainings;
    private final MongoCollection<Document> participants;

    TrainingQueries(MongoDatabase db) {
        this.trainings = db.getCollection(TrainingListProjection.COLLECTION);
        this.participants = db.getCollection(PARTICIPANTS);
        trainings.createIndex(Indexes.ascending("county", "date"));
        participants.createIndex(Indexes.ascending("county", "trainingId"));
        participants.createIndex(Indexes.ascending("county", "date"));
        participants.createIndex(Indexes.ascending("county", "deputyId", "date"));
    }

    public PageResponse<TrainingSummary> find(String county, LegalTopic topic, int page, int size) {
        Bson filter = topic == null ? Filters.eq("county", county)
                : Filters.and(Filters.eq("county", county), Filters.eq("topic", topic.name()));
        List<TrainingSummary> items = new ArrayList<>();
        trainings.find(filter).sort(Sorts.descending("date")).skip(page * size).limit(size)
                .forEach(d -> items.add(summary(d)));
        return new PageResponse<>(items, trainings.countDocuments(filter), page, size);
    }

    public Optional<TrainingSummary> get(String county, String id) {
        return Optional.ofNullable(trainings.find(Filters.eq("_id", id)).first())
                .filter(d -> county.equals(d.getString("county")))
                .map(TrainingQueries::summary);
    }

    public List<Participant> participants(String county, String trainingId) {
        List<Participant> result = new ArrayList<>();
        participants.find(Filters.and(Filters.eq("county", county), Filters.eq("trainingId", trainingId)))
                .sort(Sorts.ascending("deputyId"))
                .forEach(d -> result.add(new Participant(d.getString("deputyId"), d.getString("townshipCode"),
                        Boolean.TRUE.equals(d.getBoolean("enrolled")), d.getString("attendance"),
                        d.getInteger("score"), d.getBoolean("passed"), Boolean.TRUE.equals(d.getBoolean("completed")),
                        d.getString("certificateCode"), Boolean.TRUE.equals(d.getBoolean("revoked")))));
        return result;
    }

    public DeputyRecord deputyRecord(String county, String deputyId, String since, String until) {
        List<DeputyTraining> items = new ArrayList<>();
        int personTimes = 0;
        int hours = 0;
        for (Document d : participants.find(Filters.and(Filters.eq("county", county), Filters.eq("deputyId", deputyId),
                Filters.gte("date", since), Filters.lte("date", until))).sort(Sorts.descending("date"))) {
            String attendance = d.getString("attendance");
            if ("PRESENT".equals(attendance) || "LATE".equals(attendance)) {
                personTimes++;
                hours += d.getInteger("hours", 0);
            }
            items.add(new DeputyTraining(d.getString("trainingId"), d.getString("title"), d.getString("topic"),
                    d.getString("date"), d.getInteger("hours"), Boolean.TRUE.equals(d.getBoolean("enrolled")),
                    attendance, d.getInteger("score"), d.getBoolean("passed"),
                    Boolean.TRUE.equals(d.getBoolean("completed")), d.getString("certificateCode"),
                    Boolean.TRUE.equals(d.getBoolean("revoked"))));
        }
        return new DeputyRecord(deputyId, personTimes, hours, items);
    }

    private static TrainingSummary summary(Document d) {
        Integer hours = d.getInteger("hours");
        Integer personTimes = d.getInteger("personTimes");
        return new TrainingSummary(d.getString("_id"), d.getString("county"), d.getString("title"),
                d.getString("topic"), d.getString("date"), hours, d.getString("organiser"),
                d.getString("organiserTownshipCode"), d.getString("audience"), d.getString("format"),
                d.getString("place"), d.getInteger("capacity"), d.getInteger("passingScore"),
                d.getInteger("enrolled"), personTimes, d.getInteger("late"), d.getInteger("absent"),
                d.getInteger("excused"), d.getInteger("completed"), d.getInteger("revoked"),
                hours == null || personTimes == null ? null : hours * personTimes);
    }
}
