package cn.renda.platform.kafka;

import cn.renda.platform.tracing.TraceHeaders;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Adds a plain W3C {@code traceparent} header to each published record, taken from the event's metadata, beside the
 * CloudEvents {@code ce_traceparent} extension: the header OpenTelemetry and Spring Kafka instrumentation read, so a
 * consumer that is neither Axon nor ours continues the trace too.
 */
final class TracingKafkaMessageConverter implements KafkaMessageConverter<String, CloudEvent> {

    private final KafkaMessageConverter<String, CloudEvent> delegate;

    TracingKafkaMessageConverter(KafkaMessageConverter<String, CloudEvent> delegate) {
        this.delegate = delegate;
    }

    @Override
    public ProducerRecord<String, CloudEvent> createKafkaMessage(EventMessage<?> eventMessage, String topic) {
        ProducerRecord<String, CloudEvent> record = delegate.createKafkaMessage(eventMessage, topic);
        Object traceparent = eventMessage.getMetaData().get(TraceHeaders.TRACEPARENT);
        if (traceparent instanceof String value && TraceHeaders.isValid(value)) {
            record.headers().remove(TraceHeaders.TRACEPARENT);
            record.headers().add(TraceHeaders.TRACEPARENT, value.getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    @Override
    public Optional<EventMessage<?>> readKafkaMessage(ConsumerRecord<String, CloudEvent> consumerRecord) {
        return delegate.readKafkaMessage(consumerRecord);
    }
}
