package cn.renda.platform.tracing;

import cn.renda.platform.events.EventHeaders;
import cn.renda.platform.kafka.EventPublishingAutoConfiguration;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.record.TimestampType;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.opentelemetry.OpenTelemetryAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.tracing.MicrometerTracingAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.tracing.OpenTelemetryTracingAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trace's path through one service with the real pieces: Boot's OpenTelemetry tracer, Axon's command gateway
 * and correlation data, the platform's CloudEvents converter and the Kafka CloudEvents serializer, then the consumer
 * side's span and MDC. Only the broker is left out (the e2e test covers it).
 */
class TracePropagationTest {

    record RegisterThing(String id) {
    }

    record ThingRegistered(String id) {
    }

    private static final Logger CONSUMER_LOG = LoggerFactory.getLogger("test.consumer");

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class,
                    OpenTelemetryAutoConfiguration.class, OpenTelemetryTracingAutoConfiguration.class,
                    MicrometerTracingAutoConfiguration.class, TracingAutoConfiguration.class))
            .withPropertyValues("management.tracing.sampling.probability=1.0");

    @Test
    void the_request_trace_goes_from_command_metadata_to_the_record_and_into_the_consumer_log() {
        runner.run(context -> {
            Tracer tracer = context.getBean(Tracer.class);
            EventTracing eventTracing = context.getBean(EventTracing.class);
            EventPublishingAutoConfiguration publishing = new EventPublishingAutoConfiguration();
            JacksonSerializer serializer = JacksonSerializer.defaultSerializer();

            // the service: a command sent in the request's span, handled with the platform's correlation data
            List<EventMessage<?>> events = new ArrayList<>();
            EmbeddedEventStore store = EmbeddedEventStore.builder()
                    .storageEngine(new InMemoryEventStorageEngine()).build();
            store.subscribe(events::addAll);
            SimpleCommandBus bus = SimpleCommandBus.builder().build();
            CorrelationDataProvider correlation = publishing.rendaAuditCorrelation();
            bus.registerHandlerInterceptor(new CorrelationDataInterceptor<>(List.of(correlation)));
            bus.subscribe(RegisterThing.class.getName(), command -> {
                store.publish(GenericEventMessage.asEventMessage(new ThingRegistered("t-1")));
                return "t-1";
            });
            DefaultCommandGateway gateway = DefaultCommandGateway.builder().commandBus(bus)
                    .dispatchInterceptors(context.getBean(TraceparentDispatchInterceptor.class)).build();

            Span request = tracer.nextSpan().name("http post").start();
            try (Tracer.SpanInScope ignored = tracer.withSpan(request)) {
                gateway.sendAndWait(GenericCommandMessage.asCommandMessage(new RegisterThing("t-1"))
                        .andMetaData(Map.of(EventHeaders.META_COUNTY, "410327", EventHeaders.META_USER, "admin-410327")));
            } finally {
                request.end();
            }
            String traceId = request.context().traceId();
            assertThat(traceId).matches("[0-9a-f]{32}");
            assertThat(events).singleElement().satisfies(e -> assertThat(e.getMetaData())
                    .containsEntry(TraceHeaders.TRACEPARENT, "00-" + traceId + "-" + request.context().spanId() + "-01")
                    .containsEntry(EventHeaders.META_COUNTY, "410327"));

            // the publisher: the platform's CloudEvents converter, then the serializer the producer uses
            KafkaMessageConverter<String, CloudEvent> converter = publishingConverter(publishing, serializer);
            ProducerRecord<String, CloudEvent> out = converter.createKafkaMessage(events.get(0), "renda.test.events");
            Headers headers = out.headers();
            try (CloudEventSerializer ceSerializer = new CloudEventSerializer()) {
                ceSerializer.configure(Map.of(), false);
                byte[] value = ceSerializer.serialize(out.topic(), headers, out.value());
                assertThat(header(headers, TraceHeaders.TRACEPARENT)).contains(traceId);
                assertThat(header(headers, TraceHeaders.CE_TRACEPARENT)).contains(traceId);
                assertThat(header(headers, EventHeaders.COUNTY)).isEqualTo("410327");

                // the consumer: one span per trace, child of the request's span, and its ids in the MDC of the line
                ConsumerRecord<String, byte[]> in = new ConsumerRecord<>(out.topic(), 0, 7L, 0L,
                        TimestampType.CREATE_TIME, -1, value.length, out.key(), value, headers, Optional.empty());
                try (CapturingAppender log = CapturingAppender.on(CONSUMER_LOG)) {
                    EventTracing.Batch batch = eventTracing.start("test-events", List.of(in));
                    assertThat(batch.traceIds()).containsExactly(traceId);
                    batch.stored(CONSUMER_LOG);
                    assertThat(log.lines).singleElement().satisfies(line -> {
                        assertThat(line.message()).contains("test-events", "1 event", "ThingRegistered");
                        assertThat(line.mdc()).containsEntry(TraceHeaders.MDC_TRACE_ID, traceId)
                                .containsEntry(TraceHeaders.MDC_COUNTY, "410327")
                                .containsEntry(TraceHeaders.MDC_USER, "admin-410327");
                        assertThat(line.mdc().get(TraceHeaders.MDC_SPAN_ID)).matches("[0-9a-f]{16}")
                                .isNotEqualTo(request.context().spanId());
                    });
                }
                assertThat(MDC.get(TraceHeaders.MDC_TRACE_ID)).isNull();

                // BatchProjector's per-record scope needs no tracer
                try (TraceMdc ignored = EventTracing.mdc(in)) {
                    assertThat(MDC.get(TraceHeaders.MDC_TRACE_ID)).isEqualTo(traceId);
                    assertThat(MDC.get(TraceHeaders.MDC_SPAN_ID)).isEqualTo(request.context().spanId());
                }
                assertThat(MDC.get(TraceHeaders.MDC_TRACE_ID)).isNull();
            }
        });
    }

    @Test
    void a_command_sent_outside_a_span_or_already_traced_keeps_its_metadata() {
        runner.run(context -> {
            TraceparentDispatchInterceptor interceptor = context.getBean(TraceparentDispatchInterceptor.class);
            var untraced = GenericCommandMessage.asCommandMessage(new RegisterThing("t-2"));
            assertThat(interceptor.handle(untraced).getMetaData()).doesNotContainKey(TraceHeaders.TRACEPARENT);

            String upstream = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
            var traced = untraced.andMetaData(Map.of(TraceHeaders.TRACEPARENT, upstream));
            Tracer tracer = context.getBean(Tracer.class);
            Span other = tracer.nextSpan().start();
            try (Tracer.SpanInScope ignored = tracer.withSpan(other)) {
                assertThat(interceptor.handle(traced).getMetaData()).containsEntry(TraceHeaders.TRACEPARENT, upstream);
            } finally {
                other.end();
            }
        });
    }

    @Test
    void records_without_a_trace_are_logged_together_without_trace_ids() {
        runner.run(context -> {
            EventTracing eventTracing = context.getBean(EventTracing.class);
            List<ConsumerRecord<String, byte[]>> records = List.of(
                    new ConsumerRecord<>("renda.test.events", 0, 1L, "a", new byte[0]),
                    new ConsumerRecord<>("renda.test.events", 1, 2L, "b", new byte[0]));
            records.get(1).headers().add(TraceHeaders.TRACEPARENT, "garbage".getBytes(StandardCharsets.UTF_8));
            try (CapturingAppender log = CapturingAppender.on(CONSUMER_LOG)) {
                EventTracing.Batch batch = eventTracing.start("test-events", records);
                assertThat(batch.traceIds()).isEmpty();
                batch.stored(CONSUMER_LOG);
                assertThat(log.lines).singleElement().satisfies(line -> {
                    assertThat(line.message()).contains("2 event(s)");
                    assertThat(line.mdc()).doesNotContainKey(TraceHeaders.MDC_TRACE_ID);
                });
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static KafkaMessageConverter<String, CloudEvent> publishingConverter(
            EventPublishingAutoConfiguration publishing, JacksonSerializer serializer) throws Exception {
        var plain = publishing.rendaCloudEventConverter(serializer, "test-service");
        var wrapper = Class.forName("cn.renda.platform.kafka.TracingKafkaMessageConverter")
                .getDeclaredConstructor(KafkaMessageConverter.class);
        wrapper.setAccessible(true);
        return (KafkaMessageConverter<String, CloudEvent>) wrapper.newInstance(plain);
    }

    private static String header(Headers headers, String name) {
        var h = headers.lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
