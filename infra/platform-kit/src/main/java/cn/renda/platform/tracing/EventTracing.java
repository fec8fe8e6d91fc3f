package cn.renda.platform.tracing;

import cn.renda.platform.events.EventHeaders;
import cn.renda.platform.events.InboundEvent;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The consumer end of a trace. Spring Kafka's observation does not cover batch listeners, so a batch listener asks
 * for {@link #start(String, List)} before it handles a batch: every distinct {@code traceparent} among the records
 * becomes a CONSUMER span, child of the span that sent the command, and {@link Batch#stored(Logger)} then writes one
 * INFO line per trace with that trace's {@code traceId}, {@code spanId}, {@code county} and {@code user} in the MDC
 * and ends the spans. {@link #mdc(ConsumerRecord)} puts one record's trace id, county and user into the MDC without
 * any tracer (used by {@code BatchProjector} while a record is turned into writes).
 */
public class EventTracing {

    private final Tracer tracer;
    private final Propagator propagator;

    public EventTracing(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** The record's traceparent: the plain header, else the CloudEvents extension; null if none is valid. */
    public static String traceparent(ConsumerRecord<?, ?> record) {
        String plain = header(record, TraceHeaders.TRACEPARENT);
        if (TraceHeaders.isValid(plain)) {
            return plain;
        }
        String ce = header(record, TraceHeaders.CE_TRACEPARENT);
        return TraceHeaders.isValid(ce) ? ce : null;
    }

    /** MDC scope with the record's trace id, parent span id, county and user (no span is started). */
    public static TraceMdc mdc(ConsumerRecord<?, ?> record) {
        String traceparent = traceparent(record);
        return TraceMdc.put(TraceHeaders.MDC_TRACE_ID, TraceHeaders.traceId(traceparent),
                TraceHeaders.MDC_SPAN_ID, TraceHeaders.spanId(traceparent),
                TraceHeaders.MDC_COUNTY, header(record, EventHeaders.COUNTY),
                TraceHeaders.MDC_USER, header(record, EventHeaders.USER));
    }

    /** Starts one consumer span per trace found in the batch; records without a trace are grouped together. */
    public Batch start(String name, List<? extends ConsumerRecord<String, byte[]>> records) {
        Map<String, Trace> traces = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            String traceparent = traceparent(record);
            String key = traceparent == null ? "" : TraceHeaders.traceId(traceparent);
            traces.computeIfAbsent(key, k -> new Trace(name, traceparent, record)).add(record);
        }
        return new Batch(name, new ArrayList<>(traces.values()));
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The spans of one batch; end them with {@link #stored(Logger)} or {@link #failed(Throwable)}. */
    public final class Batch {

        private final String name;
        private final List<Trace> traces;

        private Batch(String name, List<Trace> traces) {
            this.name = name;
            this.traces = traces;
        }

        /** Logs one INFO line per trace (with its MDC) and ends the spans. */
        public void stored(Logger log) {
            for (Trace trace : traces) {
                try (Tracer.SpanInScope ignored = trace.span == null ? null : tracer.withSpan(trace.span);
                     TraceMdc mdc = trace.mdc()) {
                    log.info("{}: stored {} event(s) [{}] up to {}", name, trace.count, trace.typesText(),
                            trace.positionsText());
                } finally {
                    if (trace.span != null) {
                        trace.span.end();
                    }
                }
            }
        }

        /** Ends the spans with the error (the batch will be retried or its bad record dead-lettered). */
        public void failed(Throwable error) {
            for (Trace trace : traces) {
                if (trace.span != null) {
                    trace.span.error(error);
                    trace.span.end();
                }
            }
        }

        /** The trace ids in this batch (records without a trace are not listed). */
        public List<String> traceIds() {
            return traces.stream().map(t -> t.traceId).filter(id -> id != null).toList();
        }
    }

    private final class Trace {

        final String traceId;
        final String parentSpanId;
        final String county;
        final String user;
        final Span span;
        final Map<String, Integer> types = new TreeMap<>();
        final Map<String, Long> partitions = new TreeMap<>();
        int count;

        Trace(String name, String traceparent, ConsumerRecord<String, byte[]> first) {
            this.traceId = TraceHeaders.traceId(traceparent);
            this.parentSpanId = TraceHeaders.spanId(traceparent);
            this.county = header(first, EventHeaders.COUNTY);
            this.user = header(first, EventHeaders.USER);
            this.span = traceparent == null ? null : startSpan(name, traceparent, first);
        }

        private Span startSpan(String name, String traceparent, ConsumerRecord<String, byte[]> first) {
            Span started = propagator.extract(traceparent, (carrier, key) ->
                            TraceHeaders.TRACEPARENT.equals(key) ? carrier : null)
                    .name(name + " project")
                    .kind(Span.Kind.CONSUMER)
                    .tag("messaging.system", "kafka")
                    .tag("messaging.destination.name", first.topic())
                    .start();
            return started;
        }

        void add(ConsumerRecord<String, byte[]> record) {
            count++;
            types.merge(InboundEvent.from(record).simpleType(), 1, Integer::sum);
            partitions.merge(record.topic() + "-" + record.partition(), record.offset(), Math::max);
        }

        String typesText() {
            return types.entrySet().stream().map(e -> (e.getKey().isEmpty() ? "?" : e.getKey()) + " x" + e.getValue())
                    .collect(java.util.stream.Collectors.joining(", "));
        }

        String positionsText() {
            return partitions.entrySet().stream().map(e -> e.getKey() + "@" + e.getValue())
                    .collect(java.util.stream.Collectors.joining(", "));
        }

        TraceMdc mdc() {
            String spanId = parentSpanId;
            if (span != null) {
                TraceContext context = span.context();
                if (traceId != null && traceId.equals(context.traceId())) {
                    spanId = context.spanId();
                }
            }
            return TraceMdc.put(TraceHeaders.MDC_TRACE_ID, traceId, TraceHeaders.MDC_SPAN_ID, spanId,
                    TraceHeaders.MDC_COUNTY, county, TraceHeaders.MDC_USER, user);
        }
    }
}
