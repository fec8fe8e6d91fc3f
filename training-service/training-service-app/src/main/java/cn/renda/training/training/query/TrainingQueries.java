package cn.renda.training.training.query;

import cn.renda.platform.web.PageResponse;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Component
public class TrainingQueries {

    public record TrainingSummary(String id, String county, String title, String topic, String date, Integer hours,
                                  String organiser, Integer personTimes) {
    }

    private final MongoCollection<Document> trainings;

    TrainingQueries(MongoDatabase db) {
        this.trainings = db.getCollection(TrainingListProjection.COLLECTION);
        trainings.createIndex(Indexes.ascending("county", "date"));
    }

    public PageResponse<TrainingSummary> find(String county, int page, int size) {
        List<TrainingSummary> items = new ArrayList<>();
        trainings.find(Filters.eq("county", county)).sort(Sorts.descending("date")).skip(page * size).limit(size)
                .forEach(d -> items.add(summary(d)));
        return new PageResponse<>(items, trainings.countDocuments(Filters.eq("county", county)), page, size);
    }

    public Optional<TrainingSummary> get(String county, String id) {
        return Optional.ofNullable(trainings.find(Filters.eq("_id", id)).first())
                .filter(d -> county.equals(d.getString("county")))
                .map(TrainingQueries::summary);
    }

    private static TrainingSummary summary(Document d) {
        return new TrainingSummary(d.getString("_id"), d.getString("county"), d.getString("title"),
                d.getString("topic"), d.getString("date"), d.getInteger("hours"), d.getString("organiser"),
                d.getInteger("personTimes"));
    }
}
