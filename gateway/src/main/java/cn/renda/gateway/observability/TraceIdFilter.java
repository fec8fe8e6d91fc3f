package cn.renda.gateway.observability;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.handler.TracingObservationHandler;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Answers every request with {@code X-Trace-Id}: the trace id of the gateway's server span (continued from an
 * incoming {@code traceparent}, else new). Spring Cloud Gateway's {@code ObservedRequestHttpHeadersFilter} sends
 * the same trace to the service as {@code traceparent}, so support can take the id from the browser and find the
 * request in every service's log (ADR 0016). Runs before security, so refusals carry it too.
 */
@Component
public class TraceIdFilter implements WebFilter, Ordered {

    public static final String TRACE_ID = "X-Trace-Id";

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 5;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String traceId = traceId(exchange);
        if (traceId != null) {
            exchange.getResponse().getHeaders().set(TRACE_ID, traceId);
        }
        return chain.filter(exchange);
    }

    /** The trace id of the exchange's server observation, or null when tracing is off. */
    public static String traceId(ServerWebExchange exchange) {
        return ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                .map(c -> c.<TracingObservationHandler.TracingContext>get(TracingObservationHandler.TracingContext.class))
                .map(TracingObservationHandler.TracingContext::getSpan)
                .map(Span::context)
                .map(c -> c.traceId())
                .filter(id -> !id.isEmpty() && !id.chars().allMatch(ch -> ch == '0'))
                .orElse(null);
    }
}
