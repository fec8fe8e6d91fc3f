package cn.renda.reporting.facts.inbound;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.config.ContainerPostProcessor;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rebuilding the event log on every instance, without losing a partition to a rebalance or a crash.
 * <p>
 * An operator's request increments a generation number ({@code _id: reporting-events} in {@code reporting_rebuilds}).
 * Each partition of the {@code reporting-events} consumer group has a mark there too: the last generation it was rewound for.
 * Whenever a consumer is <em>assigned</em> a partition whose mark is below the current generation, it commits the
 * partition's beginning offset for the group, seeks there and only then raises the mark (on the consumer thread, in the
 * rebalance listener). A partition that changes hands during the rebuild, or whose owner dies before it rewound it, is
 * therefore rewound by whoever gets it next; a committed rewind survives a crash. Partitions an instance already held
 * when the generation rose are handed back through the same path: each instance polls the generation about every
 * second and, on a newer one, restarts its listener container (leave the group, join again).
 */
@Component(RebuildRequests.BEAN)
public class RebuildRequests implements ConsumerAwareRebalanceListener,
        ContainerPostProcessor<Object, Object, AbstractMessageListenerContainer<Object, Object>> {

    /** Named in {@code @KafkaListener(containerPostProcessor = ...)} of {@link ReportingEventsListener}. */
    public static final String BEAN = "reportingEventsRebuilds";
    public static final String COLLECTION = "reporting_rebuilds";
    static final String EVENTS_REBUILD = "reporting-events";
    private static final Logger log = LoggerFactory.getLogger(RebuildRequests.class);

    private final MongoCollection<Document> requests;
    private final ObjectProvider<KafkaListenerEndpointRegistry> registry;
    private final String group;
    private volatile long seen;

    RebuildRequests(MongoDatabase db, ObjectProvider<KafkaListenerEndpointRegistry> registry,
                    @Value("${renda.reporting.events-group:reporting-events}") String group) {
        this.requests = db.getCollection(COLLECTION);
        this.registry = registry;
        this.group = group;
        this.seen = generation();
    }

    /** Asks every instance to re-read the topics from the beginning; returns the new generation. */
    public long requestEventsRebuild() {
        Document d = requests.findOneAndUpdate(Filters.eq("_id", EVENTS_REBUILD), Updates.inc("generation", 1L),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return ((Number) d.get("generation")).longValue();
    }

    public long generation() {
        return generationOf(EVENTS_REBUILD);
    }

    /** The generation a partition was last rewound for (0: never). */
    public long rewoundFor(TopicPartition partition) {
        return generationOf(markId(partition));
    }

    private long generationOf(String id) {
        Document d = requests.find(Filters.eq("_id", id)).first();
        return d == null ? 0 : ((Number) d.get("generation")).longValue();
    }

    private String markId(TopicPartition p) {
        return EVENTS_REBUILD + "@" + group + "@" + p.topic() + "#" + p.partition();
    }

    @Scheduled(fixedDelayString = "${renda.reporting.rebuild-poll:PT1S}")
    void poll() {
        long current = generation();
        if (current <= seen) {
            return;
        }
        seen = current;
        MessageListenerContainer container = registry.getObject().getListenerContainer(ReportingEventsListener.LISTENER_ID);
        if (container != null && container.isRunning()) {
            // hand the partitions back to the group; whoever is assigned them next rewinds them (see above)
            log.info("reporting-events: rebuild generation {}: rejoining the consumer group", current);
            container.stop();
            container.start();
        }
    }

    @Override
    public void postProcess(AbstractMessageListenerContainer<Object, Object> container) {
        // (Spring Kafka 3.3 hands this post-processor other listeners' containers too: only ours gets the listener)
        if (ReportingEventsListener.LISTENER_ID.equals(container.getListenerId())) {
            container.getContainerProperties().setConsumerRebalanceListener(this);
        }
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        if (partitions.isEmpty() || !group.equals(consumer.groupMetadata().groupId())) {
            return;
        }
        long current = generation();
        if (current == 0) {
            return;
        }
        List<TopicPartition> behind = new ArrayList<>();
        for (TopicPartition p : partitions) {
            if (rewoundFor(p) < current) {
                behind.add(p);
            }
        }
        if (behind.isEmpty()) {
            return;
        }
        Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(behind);
        Map<TopicPartition, OffsetAndMetadata> commits = new HashMap<>();
        beginnings.forEach((p, offset) -> commits.put(p, new OffsetAndMetadata(offset)));
        consumer.commitSync(commits); // durable before the mark: a crash from here on still rewinds
        beginnings.forEach(consumer::seek);
        for (TopicPartition p : behind) {
            requests.updateOne(Filters.eq("_id", markId(p)), Updates.max("generation", current),
                    new UpdateOptions().upsert(true));
        }
        log.info("reporting-events: rebuild generation {}: rewound {} partition(s) to the beginning: {}", current,
                behind.size(), behind);
    }
}
