package cn.renda.platform.events;

/**
 * Kafka headers of a published event. Messages are CloudEvents in binary content mode: the JSON payload is the
 * record value and the attributes are {@code ce_}-prefixed headers, so consumers that are not Axon can read them.
 * The Axon extension names the aggregate attributes; the platform adds county, user, role and request id from the
 * event's metadata.
 */
public final class EventHeaders {

    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String REVISION = "ce_axonmessagerevision";
    public static final String AGGREGATE_ID = "ce_axonmessageaggregateid";
    public static final String AGGREGATE_SEQ = "ce_axonmessageaggregateseq";
    public static final String AGGREGATE_TYPE = "ce_axonmessageaggregatetype";
    public static final String COUNTY = "ce_county";
    public static final String USER = "ce_user";
    public static final String ROLE = "ce_role";
    public static final String REQUEST_ID = "ce_requestid";
    public static final String TRACE_ID = "ce_axontraceid";
    public static final String CORRELATION_ID = "ce_axoncorrelationid";

    /** Metadata keys of Axon messages, and the CloudEvents extension each is published as. */
    public static final String META_COUNTY = "county";
    public static final String META_USER = "user";
    public static final String META_ROLE = "role";
    public static final String META_REQUEST_ID = "requestId";

    private EventHeaders() {
    }
}
