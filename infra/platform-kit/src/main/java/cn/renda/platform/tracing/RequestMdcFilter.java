package cn.renda.platform.tracing;

import cn.renda.platform.security.Caller;
import cn.renda.platform.web.RequestMetadata;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the request's county (from {@code /api/counties/{county}/...}), user (the verified token's subject, else the
 * gateway's {@code X-Renda-User}) and request id into the MDC for the request's log lines. Runs right after Spring
 * Security, so the caller is known. The trace and span ids come from Micrometer Tracing's own MDC listener.
 */
public class RequestMdcFilter extends OncePerRequestFilter {

    private static final Pattern COUNTY_PATH = Pattern.compile("^/api/counties/(\\d{6})(?:/|$)");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try (TraceMdc mdc = TraceMdc.put(
                TraceHeaders.MDC_COUNTY, county(request.getRequestURI()),
                TraceHeaders.MDC_USER, user(request),
                TraceHeaders.MDC_REQUEST_ID, shorten(request.getHeader(RequestMetadata.REQUEST_ID_HEADER)))) {
            chain.doFilter(request, response);
        }
    }

    static String county(String path) {
        Matcher m = path == null ? null : COUNTY_PATH.matcher(path);
        return m != null && m.find() ? m.group(1) : null;
    }

    private static String user(HttpServletRequest request) {
        return Caller.current().map(Caller::user).orElseGet(() -> shorten(request.getHeader(RequestMetadata.USER_HEADER)));
    }

    private static String shorten(String value) {
        return value == null || value.length() <= 120 ? value : value.substring(0, 120);
    }
}
