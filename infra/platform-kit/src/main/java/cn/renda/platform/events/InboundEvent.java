package cn.renda.platform.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * One published event as a consumer sees it: the CloudEvents attributes read from the Kafka headers and the raw JSON.
 */
public record InboundEvent(String eventId, String type, String revision, String aggregateId, long sequence,
                           String county, String time, byte[] data, String topic, int partition, long offset) {

    public static InboundEvent from(ConsumerRecord<String, byte[]> record) {
        Headers h = record.headers();
        String seq = header(h, EventHeaders.AGGREGATE_SEQ);
        return new InboundEvent(
                header(h, EventHeaders.ID),
                header(h, EventHeaders.TYPE),
                header(h, EventHeaders.REVISION),
                header(h, EventHeaders.AGGREGATE_ID) != null ? header(h, EventHeaders.AGGREGATE_ID) : record.key(),
                seq == null ? -1 : Long.parseLong(seq),
                header(h, EventHeaders.COUNTY),
                header(h, EventHeaders.TIME),
                record.value(),
                record.topic(), record.partition(), record.offset());
    }

    static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The simple class name of the event type, e.g. {@code DeputyRegisteredEvent}. */
    public String simpleType() {
        return type == null ? "" : type.substring(type.lastIndexOf('.') + 1);
    }

    public boolean is(Class<?> eventClass) {
        return eventClass.getName().equals(type);
    }

    public <T> T payload(ObjectMapper mapper, Class<T> eventClass) {
        try {
            return mapper.readValue(data, eventClass);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + type + " " + eventId, e);
        }
    }
}
