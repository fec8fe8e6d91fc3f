package cn.renda.reporting.facts;

import cn.renda.platform.events.EventHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.bson.Document;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;

/**
 * One published event as reporting keeps it in {@code reporting_events}: the CloudEvents attributes and the payload
 * as a BSON document, with any {@code personalData} field removed (analysts' read models never hold personal data,
 * not even ciphertext). {@code recordedAt} is the CloudEvents time, or the Kafka record's timestamp when a producer
 * sent none; both are stored with the record, so a replay reads the same instant. {@code partition} and
 * {@code offset} say where it was read: should a producer ever publish two events with one aggregate sequence, the
 * one read first wins, in the live facts and in every refold alike.
 */
public record LoggedEvent(String eventId, String county, String topic, String aggregateType, String aggregateId,
                          long seq, String type, String revision, Instant recordedAt, Document payload,
                          int partition, long offset) {

    public static final String PERSONAL_DATA = "personalData";

    public static LoggedEvent from(ConsumerRecord<String, byte[]> record) {
        String type = header(record, EventHeaders.TYPE);
        String id = header(record, EventHeaders.ID);
        if (id == null || type == null) {
            throw new IllegalArgumentException("event without ce_id or ce_type at offset " + record.offset());
        }
        String seq = header(record, EventHeaders.AGGREGATE_SEQ);
        String aggregateId = header(record, EventHeaders.AGGREGATE_ID);
        String time = header(record, EventHeaders.TIME);
        Document payload = Document.parse(new String(record.value(), StandardCharsets.UTF_8));
        payload.remove(PERSONAL_DATA);
        String county = header(record, EventHeaders.COUNTY);
        if (county == null && payload.get("county") instanceof String c) {
            county = c; // every event names its county; the header is the platform's copy of it
        }
        return new LoggedEvent(id, county, record.topic(),
                header(record, EventHeaders.AGGREGATE_TYPE), aggregateId != null ? aggregateId : record.key(),
                seq == null ? -1 : Long.parseLong(seq), type.substring(type.lastIndexOf('.') + 1),
                header(record, EventHeaders.REVISION),
                time != null ? OffsetDateTime.parse(time).toInstant() : Instant.ofEpochMilli(record.timestamp()),
                payload, record.partition(), record.offset());
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** The kind of fact this event belongs to, or null when reporting does not fold it. */
    public String kind() {
        return FactKinds.kindOf(type, aggregateType);
    }

    /** {@code <kind>:<aggregateId>}, or null for events no fact folds. */
    public String factId() {
        String kind = kind();
        return kind == null ? null : Fact.id(kind, aggregateId);
    }

    public Document toDocument() {
        return new Document("_id", eventId)
                .append("county", county)
                .append("topic", topic)
                .append("aggregateType", aggregateType)
                .append("aggregateId", aggregateId)
                .append("seq", seq)
                .append("type", type)
                .append("revision", revision)
                .append("recordedAt", Date.from(recordedAt))
                .append("payload", payload)
                .append("partition", partition)
                .append("offset", offset);
    }

    public static LoggedEvent fromDocument(Document d) {
        return new LoggedEvent(d.getString("_id"), d.getString("county"), d.getString("topic"),
                d.getString("aggregateType"), d.getString("aggregateId"), ((Number) d.get("seq")).longValue(),
                d.getString("type"), d.getString("revision"), d.getDate("recordedAt").toInstant(),
                d.get("payload", Document.class), ((Number) d.get("partition")).intValue(),
                ((Number) d.get("offset")).longValue());
    }
}
