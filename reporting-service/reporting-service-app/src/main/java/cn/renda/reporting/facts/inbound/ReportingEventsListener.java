package cn.renda.reporting.facts.inbound;

import cn.renda.deputy.api.DeputyTopic;
import cn.renda.platform.kafka.UnreadableEventException;
import cn.renda.platform.tracing.EventTracing;
import cn.renda.reporting.facts.LoggedEvent;
import cn.renda.reporting.facts.Reducers;
import cn.renda.reporting.facts.query.FactStore;
import cn.renda.supervision.api.SupervisionTopic;
import cn.renda.training.api.TrainingTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.AbstractConsumerSeekAware;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code reporting-events} and {@code reporting-facts} projections: one batch listener over the three topics
 * (consumer group {@code reporting-events}). Each batch is logged (insert-only by event id), then folded into the
 * facts it touches (sequence-guarded). An unreadable record goes to {@code <topic>.DLT}: the records before it are
 * stored first and the failure names its index (the {@code BatchProjector} contract). An operator's rebuild of the
 * event log rewinds its partitions through the rebalance listener {@link RebuildRequests} sets on this container.
 */
@Component
public class ReportingEventsListener extends AbstractConsumerSeekAware {

    public static final String LISTENER_ID = "reporting-events";
    private static final Logger log = LoggerFactory.getLogger(ReportingEventsListener.class);

    private final FactStore store;
    private final ProjectionFreshness freshness;
    private final EventTracing tracing;

    ReportingEventsListener(FactStore store, ProjectionFreshness freshness, EventTracing tracing) {
        this.store = store;
        this.freshness = freshness;
        this.tracing = tracing;
    }

    @KafkaListener(id = LISTENER_ID, groupId = "${renda.reporting.events-group:reporting-events}",
            topics = {DeputyTopic.NAME, SupervisionTopic.NAME, TrainingTopic.NAME},
            containerPostProcessor = RebuildRequests.BEAN)
    public void on(List<ConsumerRecord<String, byte[]>> records) {
        // one span per trace in the batch, child of the request that sent the command; one INFO line per trace
        EventTracing.Batch traces = tracing.start(LISTENER_ID, records);
        try {
            project(records);
        } catch (RuntimeException e) {
            traces.failed(e);
            throw e;
        }
        traces.stored(log);
    }

    private void project(List<ConsumerRecord<String, byte[]>> records) {
        List<LoggedEvent> batch = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            try {
                LoggedEvent e = LoggedEvent.from(records.get(i));
                if (e.factId() != null) {
                    Reducers.apply(null, e); // a payload the reducer cannot read is unreadable, not a retry
                }
                batch.add(e);
            } catch (RuntimeException e) {
                store(batch);
                throw new BatchListenerFailedException("cannot read event at offset " + records.get(i).offset(),
                        new UnreadableEventException(e.getMessage(), e), i);
            }
        }
        store(batch);
    }

    private void store(List<LoggedEvent> batch) {
        store.log(batch);
        store.applyLive(batch);
        freshness.stored(batch);
    }

    /** Partitions this instance consumes now. */
    public Set<TopicPartition> assignedPartitions() {
        Map<TopicPartition, ?> callbacks = getSeekCallbacks();
        return callbacks.keySet();
    }
}
