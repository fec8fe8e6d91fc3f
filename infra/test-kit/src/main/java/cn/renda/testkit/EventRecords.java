package cn.renda.testkit;

import cn.renda.platform.events.EventHeaders;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

/**
 * Writes and reads platform events on a real broker the way the producers do (CloudEvents binary mode: JSON value,
 * {@code ce_} headers), so consumer tests feed exactly what a producer would publish, e.g. an {@code -api}'s golden
 * sample.
 */
public final class EventRecords {

    private EventRecords() {
    }

    /** The text of a golden sample from an {@code -api} test-jar, e.g. {@code DeputyRegisteredEvent.v1.json}. */
    public static String sample(String name) {
        try (InputStream in = EventRecords.class.getResourceAsStream("/samples/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no golden sample " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Publishes one event; returns its event id. */
    public static String publish(String bootstrap, String topic, Class<?> type, String aggregateId, long sequence,
                                 String county, String json) {
        return publish(bootstrap, topic, type, aggregateId, sequence, county, json, UUID.randomUUID().toString());
    }

    public static String publish(String bootstrap, String topic, Class<?> type, String aggregateId, long sequence,
                                 String county, String json, String eventId) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(),
                new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> r = new ProducerRecord<>(topic, aggregateId,
                    json.getBytes(StandardCharsets.UTF_8));
            header(r, EventHeaders.ID, eventId);
            header(r, "ce_specversion", "1.0");
            header(r, EventHeaders.SOURCE, "/renda/test");
            header(r, EventHeaders.TYPE, type.getName());
            header(r, EventHeaders.REVISION, "1");
            header(r, EventHeaders.AGGREGATE_ID, aggregateId);
            header(r, EventHeaders.AGGREGATE_SEQ, Long.toString(sequence));
            header(r, EventHeaders.AGGREGATE_TYPE, type.getSimpleName().replace("Event", ""));
            header(r, EventHeaders.COUNTY, county);
            header(r, "content-type", "application/json");
            producer.send(r).get();
            return eventId;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static void header(ProducerRecord<String, byte[]> r, String name, String value) {
        r.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** All records of a topic from offset 0 that match, reading until {@code timeout} passes without a new match. */
    public static List<ConsumerRecord<String, byte[]>> read(String bootstrap, String topic,
                                                            Predicate<ConsumerRecord<String, byte[]>> match,
                                                            int expected, Duration timeout) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.currentTimeMillis() + timeout.toMillis();
            while (System.currentTimeMillis() < deadline && found.size() < expected) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (match.test(r)) {
                        found.add(r);
                    }
                });
            }
            return found;
        }
    }

    public static String header(ConsumerRecord<String, byte[]> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    public static Map<String, String> headers(ConsumerRecord<String, byte[]> record) {
        Map<String, String> m = new java.util.TreeMap<>();
        record.headers().forEach(h -> m.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8)));
        return m;
    }
}
