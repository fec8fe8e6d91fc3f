package cn.renda.platform.tracing;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.opentelemetry.OpenTelemetryAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.tracing.MicrometerTracingAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.tracing.OpenTelemetryTracingAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.tracing.otlp.OtlpTracingAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spans leave the service over OTLP/HTTP (protobuf, JDK HttpClient sender) when
 * {@code management.otlp.tracing.endpoint} is set, and only then: a local HTTP server stands in for the collector
 * (Jaeger, Tempo or an OpenTelemetry Collector) and receives the span with its trace id.
 */
class OtlpExportTest {

    record Received(String path, String contentType, byte[] body) {
    }

    private HttpServer collector;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class,
                    OpenTelemetryAutoConfiguration.class, OpenTelemetryTracingAutoConfiguration.class,
                    MicrometerTracingAutoConfiguration.class, OtlpTracingAutoConfiguration.class,
                    TracingAutoConfiguration.class))
            .withPropertyValues("management.tracing.sampling.probability=1.0");

    @BeforeEach
    void startCollector() throws Exception {
        collector = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        collector.createContext("/", exchange -> {
            received.add(new Received(exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Content-Type"), exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        collector.start();
    }

    @AfterEach
    void stopCollector() {
        collector.stop(0);
    }

    @Test
    void a_finished_span_reaches_the_configured_collector_with_its_trace_id() {
        String endpoint = "http://127.0.0.1:" + collector.getAddress().getPort() + "/v1/traces";
        runner.withPropertyValues("management.otlp.tracing.endpoint=" + endpoint).run(context -> {
            assertThat(context.getBeansOfType(SpanExporter.class).values())
                    .anyMatch(e -> e instanceof OtlpHttpSpanExporter);
            Tracer tracer = context.getBean(Tracer.class);
            Span span = tracer.nextSpan().name("renda-otlp-probe").start();
            String traceId = span.context().traceId();
            span.end();
            assertThat(context.getBean(SdkTracerProvider.class).forceFlush().join(10, TimeUnit.SECONDS).isSuccess())
                    .isTrue();

            assertThat(received).isNotEmpty();
            Received r = received.get(0);
            assertThat(r.path()).isEqualTo("/v1/traces");
            assertThat(r.contentType()).isEqualTo("application/x-protobuf");
            // protobuf: the span name as UTF-8 and the trace id as its 16 raw bytes
            assertThat(new String(r.body(), StandardCharsets.ISO_8859_1))
                    .contains("renda-otlp-probe")
                    .contains(new String(HexFormat.of().parseHex(traceId), StandardCharsets.ISO_8859_1));
        });
    }

    @Test
    void without_an_endpoint_nothing_is_exported() {
        runner.run(context -> {
            assertThat(context.getBeansOfType(SpanExporter.class).values())
                    .noneMatch(e -> e instanceof OtlpHttpSpanExporter);
            Span span = context.getBean(Tracer.class).nextSpan().name("renda-otlp-probe").start();
            span.end();
            context.getBean(SdkTracerProvider.class).forceFlush().join(10, TimeUnit.SECONDS);
            assertThat(received).isEmpty();
        });
    }
}
