package cn.renda.reporting.overview.inbound;

import cn.renda.deputy.api.DeputyTopic;
import cn.renda.deputy.api.events.DeputyRegisteredEvent;
import cn.renda.deputy.api.events.TownshipRegisteredEvent;
import cn.renda.platform.events.InboundEvent;
import cn.renda.platform.kafka.BatchProjector;
import cn.renda.platform.mongo.IdempotentWrites;
import cn.renda.supervision.api.SupervisionTopic;
import cn.renda.supervision.api.events.SuggestionSubmittedEvent;
import cn.renda.training.api.TrainingTopic;
import cn.renda.training.api.events.TrainingAttendanceRecordedEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * {@code county-overview}: one document per county and township ({@code <county>:<township>}) with the number of
 * deputies, suggestions and training person-times. Fed by the three topics in consumer group
 * {@code reporting-county-overview}; a batch is one bulkWrite; every change is guarded by the last sequence the
 * document applied for the source aggregate, so redelivery, replay and a second instance never double-count.
 */
@Component
public class CountyOverviewProjection {

    public static final String COLLECTION = "county_overview";

    private final MongoCollection<Document> overview;
    private final ObjectMapper mapper;

    CountyOverviewProjection(MongoDatabase db, ObjectMapper mapper) {
        this.overview = db.getCollection(COLLECTION);
        this.mapper = mapper;
    }

    public static String documentId(String county, String township) {
        return county + ":" + township;
    }

    @KafkaListener(id = "county-overview", groupId = "${renda.reporting.overview-group:reporting-county-overview}",
            topics = {DeputyTopic.NAME, SupervisionTopic.NAME, TrainingTopic.NAME})
    public void on(List<ConsumerRecord<String, byte[]>> records) {
        BatchProjector.project(records, overview, this::writesFor);
    }

    List<WriteModel<Document>> writesFor(InboundEvent event) {
        if (event.is(TownshipRegisteredEvent.class)) {
            TownshipRegisteredEvent e = event.payload(mapper, TownshipRegisteredEvent.class);
            return township(e.county(), e.townshipCode(), event, Updates.set("name", e.name()));
        }
        if (event.is(DeputyRegisteredEvent.class)) {
            DeputyRegisteredEvent e = event.payload(mapper, DeputyRegisteredEvent.class);
            return township(e.county(), e.townshipCode(), event, Updates.inc("deputies", 1));
        }
        if (event.is(SuggestionSubmittedEvent.class)) {
            SuggestionSubmittedEvent e = event.payload(mapper, SuggestionSubmittedEvent.class);
            return township(e.county(), e.townshipCode(), event, Updates.inc("suggestions", 1));
        }
        if (event.is(TrainingAttendanceRecordedEvent.class)) {
            TrainingAttendanceRecordedEvent e = event.payload(mapper, TrainingAttendanceRecordedEvent.class);
            return township(e.county(), e.townshipCode(), event, Updates.inc("trainingPersonTimes", 1));
        }
        return List.of();
    }

    private static List<WriteModel<Document>> township(String county, String township, InboundEvent event,
                                                       Bson update) {
        Document onInsert = new Document("county", county).append("townshipCode", township);
        return IdempotentWrites.apply(documentId(county, township), onInsert, event.aggregateId(), event.sequence(),
                update);
    }

    /** For a rebuild: forget everything; the consumer group is then rewound to offset 0. */
    public void clear() {
        overview.deleteMany(new Document());
    }
}
