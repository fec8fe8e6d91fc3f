package cn.renda.platform.kafka;

import cn.renda.platform.events.InboundEvent;
import cn.renda.platform.tracing.EventTracing;
import cn.renda.platform.tracing.TraceMdc;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.WriteModel;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.BatchListenerFailedException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Applies a batch of published events to a read model with one ordered bulkWrite. If a record cannot be read, the
 * writes of the records before it are stored first and the failure names its index, so the error handler keeps
 * them and dead-letters only that record. A failing write fails the whole batch, which is then retried: the
 * writes are idempotent, so a retry never double-counts. While a record is turned into writes, its trace id, county
 * and user are in the MDC (see {@link EventTracing#mdc}), so whatever the projection logs can be found by trace id.
 */
public final class BatchProjector {

    private static final Logger log = LoggerFactory.getLogger(BatchProjector.class);

    private BatchProjector() {
    }

    public static void project(List<ConsumerRecord<String, byte[]>> records, MongoCollection<Document> collection,
                               Function<InboundEvent, List<WriteModel<Document>>> writesFor) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            try (TraceMdc mdc = EventTracing.mdc(records.get(i))) {
                InboundEvent event = InboundEvent.from(records.get(i));
                writes.addAll(writesFor.apply(event));
                log.debug("{} {} seq {} into {}", event.simpleType(), event.aggregateId(), event.sequence(),
                        collection.getNamespace().getCollectionName());
            } catch (RuntimeException e) {
                flush(collection, writes);
                throw new BatchListenerFailedException("cannot read event at offset " + records.get(i).offset(),
                        new UnreadableEventException(e.getMessage(), e), i);
            }
        }
        flush(collection, writes);
    }

    private static void flush(MongoCollection<Document> collection, List<WriteModel<Document>> writes) {
        if (!writes.isEmpty()) {
            collection.bulkWrite(writes, new BulkWriteOptions().ordered(true));
            writes.clear();
        }
    }
}
