package cn.renda.gateway.observability;

import io.micrometer.context.ContextRegistry;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the county (from {@code /api/counties/{county}/...}) and the authenticated user into the Reactor context of
 * the rest of the exchange; with {@code spring.reactor.context-propagation=auto} the registered accessors restore
 * them as MDC entries on whichever thread runs the exchange, beside the {@code traceId}/{@code spanId} Micrometer
 * Tracing puts there. Runs right after Spring Security (order -100), so the caller is known.
 */
@Component
public class LogContextFilter implements WebFilter, Ordered {

    static final String COUNTY = "county";
    static final String USER = "user";
    private static final String COUNTY_KEY = "renda.mdc.county";
    private static final String USER_KEY = "renda.mdc.user";
    private static final Pattern COUNTY_PATH = Pattern.compile("^/api/counties/(\\d{6})(?:/|$)");

    static {
        register(COUNTY_KEY, COUNTY);
        register(USER_KEY, USER);
    }

    private static void register(String contextKey, String mdcKey) {
        ContextRegistry.getInstance().registerThreadLocalAccessor(contextKey,
                () -> MDC.get(mdcKey), value -> MDC.put(mdcKey, value), () -> MDC.remove(mdcKey));
    }

    @Override
    public int getOrder() {
        return -99;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        Matcher m = COUNTY_PATH.matcher(exchange.getRequest().getPath().value());
        String county = m.find() ? m.group(1) : null;
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(Authentication::isAuthenticated)
                .map(Authentication::getName)
                .defaultIfEmpty("")
                .flatMap(user -> {
                    Context context = Context.empty();
                    if (county != null) {
                        context = context.put(COUNTY_KEY, county);
                    }
                    if (!user.isEmpty()) {
                        context = context.put(USER_KEY, user);
                    }
                    return chain.filter(exchange).contextWrite(context);
                });
    }
}
