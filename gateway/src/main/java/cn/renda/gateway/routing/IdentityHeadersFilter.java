package cn.renda.gateway.routing;

import cn.renda.gateway.security.Caller;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Passes who is calling to the services for their events' audit metadata: {@code X-Renda-User},
 * {@code X-Renda-Role}, {@code X-Renda-Township}. Whatever a client sent under those names is dropped first, so
 * they can only come from a verified token. The bearer token itself is forwarded too: services verify it again.
 */
@Component
class IdentityHeadersFilter implements GlobalFilter, Ordered {

    static final String USER = "X-Renda-User";
    static final String ROLE = "X-Renda-Role";
    static final String TOWNSHIP = "X-Renda-Township";

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return exchange.getPrincipal()
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(p -> Caller.from(((JwtAuthenticationToken) p).getToken()))
                .map(caller -> exchange.mutate().request(r -> r.headers(h -> {
                    strip(h);
                    h.set(USER, caller.user());
                    h.set(ROLE, caller.role().name());
                    if (caller.township() != null) {
                        h.set(TOWNSHIP, caller.township());
                    }
                })).build())
                .defaultIfEmpty(exchange.mutate().request(r -> r.headers(IdentityHeadersFilter::strip)).build())
                .flatMap(chain::filter);
    }

    private static void strip(HttpHeaders h) {
        h.remove(USER);
        h.remove(ROLE);
        h.remove(TOWNSHIP);
    }
}
