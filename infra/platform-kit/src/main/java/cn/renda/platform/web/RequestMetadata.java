package cn.renda.platform.web;

import cn.renda.platform.events.EventHeaders;
import cn.renda.platform.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.MetaData;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The audit metadata a command carries into its events: county, user, role and request id. User and role come
 * from the verified token; without one (security switched off behind a trusted gateway) from the gateway's
 * identity headers; an unknown caller is "anonymous". The request id is the gateway's {@code X-Request-Id}.
 */
public final class RequestMetadata {

    public static final String USER_HEADER = "X-Renda-User";
    public static final String ROLE_HEADER = "X-Renda-Role";
    public static final String REQUEST_ID_HEADER = "X-Request-Id";

    private RequestMetadata() {
    }

    public static MetaData of(HttpServletRequest request, String county) {
        Map<String, String> m = new HashMap<>();
        m.put(EventHeaders.META_COUNTY, county);
        Caller caller = Caller.current().orElse(null);
        m.put(EventHeaders.META_USER, caller != null ? caller.user() : valueOr(request.getHeader(USER_HEADER), "anonymous"));
        m.put(EventHeaders.META_ROLE, caller != null && caller.role() != null ? caller.role()
                : valueOr(request.getHeader(ROLE_HEADER), "none"));
        m.put(EventHeaders.META_REQUEST_ID, valueOr(request.getHeader(REQUEST_ID_HEADER), UUID.randomUUID().toString()));
        return MetaData.from(m);
    }

    private static String valueOr(String v, String fallback) {
        return v == null || v.isBlank() ? fallback : v.length() > 120 ? v.substring(0, 120) : v;
    }
}
