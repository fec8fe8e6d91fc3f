package cn.renda.gateway.routing;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.netty.channel.ChannelOption;
import io.netty.handler.timeout.ReadTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;

/**
 * Which service instances are ready. Every {@code renda.gateway.health-check.interval} (2 s) each instance that
 * {@link ServiceInstances} knows is asked {@code GET <instance>/actuator/health/readiness}; an answer other than
 * 2xx or a refused connection takes it out of the round robin until a check passes again; so does no answer within
 * {@code renda.gateway.health-check.timeout} (1 s) twice in a row (once may be this gateway or the machine stalling
 * for a moment, which delays the checks of every instance at once). An instance not checked yet (right after the
 * gateway starts, or just added to the instances file) counts as ready, so no request waits for a first check.
 * <p>
 * When no instance of a service is ready, requests go to all of them, as if there were no checks: a readiness
 * endpoint that fails for a moment (a check timing out on a busy machine) never makes a service that can answer
 * unreachable, and an instance that is really down refuses the connection, which the gateway answers with a 503
 * problem ({@code cn.renda.gateway.web.UpstreamProblems}) just as a 503 of its own would.
 * <p>
 * Spring Cloud LoadBalancer's {@code HealthCheckServiceInstanceListSupplier} is not used: it checks the list its
 * delegate gave when it was subscribed (re-reading it only every {@code refetch-instances-interval}), emits nothing
 * before its first round of checks (the first requests wait for it, or find no instance), and an empty list when
 * no instance passes, which leaves a single instance with a failing check unreachable.
 * <p>
 * Each known instance has a gauge {@code renda_gateway_instance_ready{service, upstream}} (1 ready, 0 left out) on
 * {@code /actuator/prometheus}, for the Grafana dashboard; {@code upstream}, not {@code instance}, because Prometheus
 * sets {@code instance} to the scraped gateway itself.
 */
@Component
class InstanceHealth implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InstanceHealth.class);
    private static final String READY = "";
    private static final String NO_ANSWER = "no answer within ";

    private final ServiceInstances instances;
    private final Duration interval;
    private final Duration timeout;
    private final String path;
    private final WebClient client;
    /** The instances whose last check failed, with the reason; every other known instance is ready. */
    private final Map<URI, String> down = new ConcurrentHashMap<>();
    /** The instances whose last check found no answer in time (one such check is forgiven). */
    private final Set<URI> slow = ConcurrentHashMap.newKeySet();
    /** One readiness gauge per known instance. */
    private final Map<URI, Meter> gauges = new ConcurrentHashMap<>();
    private final MeterRegistry registry;
    private volatile Disposable checks;

    InstanceHealth(ServiceInstances instances, MeterRegistry registry,
                   @Value("${renda.gateway.health-check.interval:2s}") Duration interval,
                   @Value("${renda.gateway.health-check.timeout:1s}") Duration timeout,
                   @Value("${renda.gateway.health-check.path:/actuator/health/readiness}") String path) {
        this.instances = instances;
        this.registry = registry;
        this.interval = interval;
        this.timeout = timeout;
        this.path = path;
        // a client of its own: no tracing (a check every 2 s per instance is not a request anyone follows)
        this.client = WebClient.builder()
                .clientConnector(new ReactorClientHttpConnector(HttpClient.create()
                        .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) timeout.toMillis())
                        .responseTimeout(timeout)))
                .build();
    }

    /** The instances requests may go to: the ready ones, or all of them when none is ready. */
    List<URI> routable(List<URI> all) {
        List<URI> ready = all.stream().filter(uri -> !down.containsKey(uri)).toList();
        return ready.isEmpty() ? all : ready;
    }

    /** Whether the last check of this instance passed (true when it has not been checked yet). */
    boolean ready(URI instance) {
        return !down.containsKey(instance);
    }

    /** One round: every known instance checked at once; completes when all have answered or timed out. */
    Mono<Void> checkAll() {
        return Mono.defer(() -> {
            Map<URI, String> serviceOf = new LinkedHashMap<>();
            instances.services().forEach(service -> instances.of(service).forEach(i -> serviceOf.put(i, service)));
            Set<URI> known = serviceOf.keySet();
            down.keySet().retainAll(known);
            slow.retainAll(known);
            gauges.entrySet().removeIf(g -> {
                boolean gone = !known.contains(g.getKey());
                if (gone) {
                    registry.remove(g.getValue());
                }
                return gone;
            });
            serviceOf.forEach((instance, service) -> gauges.computeIfAbsent(instance, i -> Gauge
                    .builder("renda.gateway.instance.ready", () -> ready(i) ? 1 : 0)
                    .description("1 when the instance's last readiness check passed (or none ran yet), 0 when the "
                            + "gateway leaves it out of the round robin")
                    .tags("service", service, "upstream", i.toString())
                    .register(registry)));
            return Flux.fromIterable(known)
                    .flatMap(instance -> problem(instance).defaultIfEmpty(READY).doOnNext(p -> record(instance, p)))
                    .then();
        }).onErrorResume(e -> {
            log.warn("instance health checks failed: {}", e.toString());
            return Mono.empty();
        });
    }

    /** Empty when the instance is ready, else why not. */
    private Mono<String> problem(URI instance) {
        URI readiness = UriComponentsBuilder.fromUri(instance).path(path).build().toUri();
        return client.get().uri(readiness)
                .exchangeToMono(r -> r.releaseBody().then(Mono.justOrEmpty(
                        r.statusCode().is2xxSuccessful() ? null : "readiness answered " + r.statusCode().value())))
                .timeout(timeout.plusMillis(100))
                .onErrorResume(e -> Mono.just(describe(e)));
    }

    private String describe(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TimeoutException || t instanceof ReadTimeoutException) {
                return NO_ANSWER + timeout.toMillis() + " ms";
            }
        }
        return error.getMessage() != null ? error.getMessage() : error.getClass().getSimpleName();
    }

    private void record(URI instance, String problem) {
        boolean noAnswer = problem.startsWith(NO_ANSWER);
        if (noAnswer && slow.add(instance) && !down.containsKey(instance)) {
            log.info("instance {}: {} (left in the round robin unless the next check fails too)", instance, problem);
            return;
        }
        if (!noAnswer) {
            slow.remove(instance);
        }
        if (problem.isEmpty()) {
            if (down.remove(instance) != null) {
                log.info("instance {} is ready again: back in the round robin", instance);
            }
        } else if (down.put(instance, problem) == null) {
            log.warn("instance {} is not ready ({}): out of the round robin until a check passes", instance, problem);
        }
    }

    @Override
    public void start() {
        checks = Flux.interval(Duration.ZERO, interval)
                .onBackpressureDrop()
                .concatMap(tick -> checkAll(), 1)
                .subscribe();
    }

    @Override
    public void stop() {
        Disposable running = checks;
        if (running != null) {
            running.dispose();
        }
        checks = null;
    }

    @Override
    public boolean isRunning() {
        return checks != null;
    }
}
