package cn.renda.platform.tracing;

import java.util.regex.Pattern;

/**
 * The W3C trace context as it travels: the {@code traceparent} HTTP header from the gateway, the {@code traceparent}
 * metadata key of commands and events (copied from command to events by Axon's correlation data), and on a published
 * record both the CloudEvents distributed-tracing extension ({@code ce_traceparent}) and a plain {@code traceparent}
 * header (what OpenTelemetry and Spring Kafka instrumentation read). Also the MDC keys every log line carries.
 */
public final class TraceHeaders {

    /** Metadata key, CloudEvents extension name and Kafka header name. */
    public static final String TRACEPARENT = "traceparent";
    public static final String CE_TRACEPARENT = "ce_traceparent";

    /** MDC keys: the first two are the ones Micrometer Tracing itself writes. */
    public static final String MDC_TRACE_ID = "traceId";
    public static final String MDC_SPAN_ID = "spanId";
    public static final String MDC_COUNTY = "county";
    public static final String MDC_USER = "user";
    public static final String MDC_REQUEST_ID = "requestId";

    private static final Pattern TRACEPARENT_FORMAT = Pattern.compile("[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
    private static final String INVALID_TRACE_ID = "0".repeat(32);

    private TraceHeaders() {
    }

    /** A W3C traceparent, {@code 00-<trace id>-<span id>-<flags>}. */
    public static String traceparent(String traceId, String spanId, boolean sampled) {
        return "00-" + traceId + "-" + spanId + (sampled ? "-01" : "-00");
    }

    /** Whether the value is a well-formed W3C traceparent with a valid trace id. */
    public static boolean isValid(String traceparent) {
        return traceparent != null && TRACEPARENT_FORMAT.matcher(traceparent).matches()
                && !traceparent.startsWith("ff") && !traceparent.substring(3, 35).equals(INVALID_TRACE_ID);
    }

    /** The 32-hex trace id of a traceparent, or null if it is missing or malformed. */
    public static String traceId(String traceparent) {
        return isValid(traceparent) ? traceparent.substring(3, 35) : null;
    }

    /** The 16-hex parent span id of a traceparent, or null if it is missing or malformed. */
    public static String spanId(String traceparent) {
        return isValid(traceparent) ? traceparent.substring(36, 52) : null;
    }
}
