package cn.renda.reporting;

import cn.renda.platform.events.EventHeaders;
import cn.renda.testkit.EventRecords;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Publishes golden-sample events the way the Axon publisher does: CloudEvents binary mode with the aggregate type
 * of the producer (e.g. {@code Suggestion}) and {@code ce_time}, the record keyed by the aggregate id.
 */
final class Publish implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final KafkaProducer<String, byte[]> producer;

    Publish(String bootstrap) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }

    /** The sample {@code <simple type>.v1.json} changed by {@code change}, published; returns the event id. */
    String event(String topic, Class<?> type, String aggregateType, String aggregateId, long seq, String county,
                 Consumer<ObjectNode> change) {
        try {
            ObjectNode json = (ObjectNode) MAPPER.readTree(EventRecords.sample(type.getSimpleName() + ".v1.json"));
            json.put("county", county);
            change.accept(json);
            String id = UUID.randomUUID().toString();
            ProducerRecord<String, byte[]> r = new ProducerRecord<>(topic, aggregateId,
                    json.toString().getBytes(StandardCharsets.UTF_8));
            header(r, EventHeaders.ID, id);
            header(r, "ce_specversion", "1.0");
            header(r, EventHeaders.SOURCE, "/renda/test");
            header(r, EventHeaders.TYPE, type.getName());
            header(r, EventHeaders.TIME, Instant.now().toString());
            header(r, EventHeaders.REVISION, "1");
            header(r, EventHeaders.AGGREGATE_ID, aggregateId);
            header(r, EventHeaders.AGGREGATE_SEQ, Long.toString(seq));
            header(r, EventHeaders.AGGREGATE_TYPE, aggregateType);
            header(r, EventHeaders.COUNTY, county);
            header(r, "content-type", "application/json");
            producer.send(r).get();
            return id;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void header(ProducerRecord<String, byte[]> r, String name, String value) {
        r.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}
