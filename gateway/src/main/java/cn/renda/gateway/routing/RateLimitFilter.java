package cn.renda.gateway.routing;

import cn.renda.gateway.security.SecurityProperties;
import cn.renda.gateway.web.Problems;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Token buckets (Bucket4j) per authenticated user and per county in the path; an empty bucket answers 429
 * problem+json with {@code Retry-After}. Buckets live in this gateway instance's memory: with several gateway
 * instances each enforces its share.
 */
@Component
class RateLimitFilter implements WebFilter, Ordered {

    private static final Pattern COUNTY = Pattern.compile("^/api/counties/(\\d{6})(/.*)?$");

    private final Map<String, Bucket> users = new ConcurrentHashMap<>();
    private final Map<String, Bucket> counties = new ConcurrentHashMap<>();
    private final SecurityProperties.RateLimit limits;

    RateLimitFilter(SecurityProperties properties) {
        this.limits = properties.rateLimit();
    }

    @Override
    public int getOrder() {
        return 0; // after Spring Security's chain (-100): the caller is known
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        if (!path.startsWith("/api/")) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal()
                .map(p -> p instanceof Authentication a ? a.getName() : p.getName())
                .defaultIfEmpty("anonymous:" + remote(exchange))
                .flatMap(user -> {
                    Bucket userBucket = users.computeIfAbsent(user,
                            u -> bucket(limits.perUserPerSecond(), limits.perUserBurst()));
                    Matcher m = COUNTY.matcher(path);
                    Bucket countyBucket = m.matches() ? counties.computeIfAbsent(m.group(1),
                            c -> bucket(limits.perCountyPerSecond(), limits.perCountyBurst())) : null;
                    if (!userBucket.tryConsume(1) || (countyBucket != null && !countyBucket.tryConsume(1))) {
                        exchange.getResponse().getHeaders().set("Retry-After", "1");
                        return Problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "请求过于频繁",
                                "Too many requests", "请求过于频繁，请稍后重试。", "Too many requests; try again shortly.");
                    }
                    return chain.filter(exchange);
                });
    }

    private static String remote(ServerWebExchange exchange) {
        var address = exchange.getRequest().getRemoteAddress();
        return address == null ? "unknown" : address.getAddress().getHostAddress();
    }

    private static Bucket bucket(long perSecond, long burst) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(burst).refillGreedy(perSecond, Duration.ofSeconds(1)).build())
                .build();
    }
}
