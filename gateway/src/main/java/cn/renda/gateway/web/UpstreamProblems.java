package cn.renda.gateway.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.support.ServiceUnavailableException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

import java.net.ConnectException;

/**
 * A service the gateway cannot reach is answered 503 problem+json ({@code service-unavailable}) rather than
 * Spring's plain 500: the connection to the chosen instance was refused (none of its instances is up, see
 * {@code cn.renda.gateway.routing.InstanceHealth}), there is no instance (Spring Cloud Gateway's 503
 * {@code NotFoundException}), or the circuit breaker of its reads is open ({@code ServiceUnavailableException}).
 * Runs before Spring Boot's error handler (order -1).
 */
@Component
@Order(-2)
class UpstreamProblems implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(UpstreamProblems.class);

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
        if (!unreachable(ex)) {
            return Mono.error(ex);
        }
        log.warn("{} {}: service unavailable ({})", exchange.getRequest().getMethod(),
                exchange.getRequest().getPath().value(), ex.toString());
        return Problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "服务暂不可用",
                "Service unavailable", "该服务当前没有可用的实例，请稍后重试。",
                "No instance of the service is available at the moment; please try again later.");
    }

    static boolean unreachable(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof ServiceUnavailableException) {
                return true;
            }
            if (t instanceof ResponseStatusException r && r.getStatusCode().value() == 503) {
                return true;
            }
        }
        return false;
    }
}
