package cn.renda.gateway.routing;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which service owns which county-scoped resource. Each service gets two routes: reads (GET/HEAD), which are
 * idempotent and so may be retried and are guarded by a circuit breaker, and everything else, sent once. Request
 * bodies are limited in size. Each service's OpenAPI document is at {@code /v3/api-docs/<service>}, shown together
 * in the gateway's Swagger UI ({@code /swagger-ui.html}). Every route goes to {@code lb://<service>}: requests are
 * spread round robin over the service's instances ({@link ServiceInstances}, {@code renda.services.<service>} with
 * one URI or several, comma-separated, or the instances file {@code ./renda scale} writes), less those whose
 * readiness check fails ({@link InstanceHealth}).
 */
@Configuration
class ServiceRoutes {

    static final Map<String, List<String>> RESOURCES = new LinkedHashMap<>();

    static {
        RESOURCES.put("deputy", List.of("townships", "deputies", "terms", "districts", "groups", "presidium", "sessions",
                "presidium-meetings", "receptions", "home-visits", "voter-reports", "deputy-imports", "configuration"));
        RESOURCES.put("supervision", List.of("suggestions", "handling-units", "inspections", "enforcement-inspections",
                "work-reports", "petitions", "calendar"));
        RESOURCES.put("training", List.of("trainings", "courses", "materials", "certificates", "training-coverage"));
        RESOURCES.put("reporting", List.of("overview", "dashboard", "alerts", "records", "assessment", "exports",
                "reports", "timeliness", "dormant-deputies"));
    }

    /**
     * Paths outside the county-scoped resources: public certificate checks, the analysts' cross-county comparison
     * (the service limits it to the counties in the token) and the operators' projection endpoints.
     */
    static final Map<String, List<String>> PUBLIC = Map.of(
            "training", List.of("/api/public/certificates/**"),
            "reporting", List.of("/api/comparison", "/api/comparison/**", "/api/operations/projections",
                    "/api/operations/projections/**"));

    /** County-scoped paths nested under another service's resource; matched before the resource routes. */
    static final Map<String, List<String>> NESTED = Map.of(
            "reporting", List.of("/api/counties/*/townships/*/dashboard", "/api/counties/*/townships/*/dashboard/**"));

    @Bean
    RouteLocator routes(RouteLocatorBuilder builder, ServiceInstances instances,
                        @Value("${renda.gateway.max-request-size:20MB}") DataSize maxRequestSize) {
        Map<String, String> uris = new LinkedHashMap<>();
        instances.services().forEach(service -> uris.put(service, "lb://" + service));
        RouteLocatorBuilder.Builder routes = builder.routes();
        NESTED.forEach((service, patterns) -> {
            String[] paths = patterns.toArray(String[]::new);
            routes.route(service + "-nested-reads", r -> r.order(-1).path(paths)
                    .and().method(HttpMethod.GET, HttpMethod.HEAD)
                    .filters(f -> f.circuitBreaker(c -> c.setName(service + "-reads")))
                    .uri(uris.get(service)));
        });
        RESOURCES.forEach((service, resources) -> {
            List<String> patterns = new java.util.ArrayList<>(resources.stream()
                    .map(r -> "/api/counties/*/" + r + "/**").toList());
            patterns.addAll(PUBLIC.getOrDefault(service, List.of()));
            String[] paths = patterns.toArray(String[]::new);
            String uri = uris.get(service);
            routes.route(service + "-reads", r -> r.path(paths).and().method(HttpMethod.GET, HttpMethod.HEAD)
                    .filters(f -> f
                            .retry(c -> c.setRetries(2).setMethods(HttpMethod.GET, HttpMethod.HEAD)
                                    .setStatuses(HttpStatus.BAD_GATEWAY, HttpStatus.SERVICE_UNAVAILABLE,
                                            HttpStatus.GATEWAY_TIMEOUT))
                            .circuitBreaker(c -> c.setName(service + "-reads")))
                    .uri(uri));
            routes.route(service + "-commands", r -> r.path(paths)
                    .filters(f -> f.setRequestSize(maxRequestSize))
                    .uri(uri));
            routes.route(service + "-api-docs", r -> r.path("/v3/api-docs/" + service).and().method(HttpMethod.GET)
                    .filters(f -> f.setPath("/v3/api-docs"))
                    .uri(uri));
        });
        return routes.build();
    }
}
