package cn.renda.gateway.web;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every API path is county-scoped: {@code /api/counties/{county}/...} with a 6-digit division code. A malformed
 * county is refused here with problem+json; each request gets an {@code X-Request-Id} that the services record in
 * their events' metadata. The county is then checked
 * against the caller's token by {@link cn.renda.gateway.security.CountyScope}.
 */
@Component
public class CountyPathFilter implements WebFilter, Ordered {

    public static final String REQUEST_ID = "X-Request-Id";
    private static final Pattern COUNTY_PATH = Pattern.compile("^/api/counties/([^/]*)(/.*)?$");

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        Matcher m = COUNTY_PATH.matcher(path);
        if (m.matches() && !m.group(1).matches("\\d{6}")) {
            return Problems.write(exchange, HttpStatus.BAD_REQUEST, "invalid-county", "县代码格式错误", "Invalid county code",
                    "县代码应为 6 位行政区划代码。", "A county code has 6 digits (GB/T 2260).");
        }
        String requestId = exchange.getRequest().getHeaders().getFirst(REQUEST_ID);
        if (requestId == null || requestId.isBlank() || requestId.length() > 100) {
            String id = UUID.randomUUID().toString();
            exchange = exchange.mutate().request(r -> r.headers(h -> h.set(REQUEST_ID, id))).build();
        }
        String finalId = exchange.getRequest().getHeaders().getFirst(REQUEST_ID);
        exchange.getResponse().getHeaders().set(REQUEST_ID, finalId);
        return chain.filter(exchange);
    }
}
