package cn.renda.reporting.facts.inbound;

import cn.renda.reporting.facts.LoggedEvent;
import cn.renda.reporting.facts.query.FactStore;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Projection freshness per county: the gauge {@code renda_projection_freshness_seconds{projection,county}} is the
 * number of seconds between now and the newest {@code recordedAt} stored for the county in {@code reporting_events}.
 * The newest instant is kept in memory: seeded once from the log when the application is ready, then raised by the
 * listener for every batch it stores, so a scrape costs no Mongo query. A county whose events stop arriving sees its
 * value grow; it says how old the newest fact is, not whether Kafka is behind (read the consumer lag for that).
 */
@Component
public class ProjectionFreshness {

    public static final String METRIC = "renda.projection.freshness";
    public static final String PROJECTION = "reporting-events";
    private static final Logger log = LoggerFactory.getLogger(ProjectionFreshness.class);

    private final MeterRegistry registry;
    private final FactStore store;
    private final Clock clock;
    private final Map<String, Instant> newest = new ConcurrentHashMap<>();

    @Autowired
    ProjectionFreshness(MeterRegistry registry, FactStore store) {
        this(registry, store, Clock.systemUTC());
    }

    ProjectionFreshness(MeterRegistry registry, FactStore store, Clock clock) {
        this.registry = registry;
        this.store = store;
        this.clock = clock;
    }

    /** Seeds the newest instant per county from the stored log, so a restart does not forget counties. */
    @EventListener(ApplicationReadyEvent.class)
    public void seed() {
        try {
            store.newestRecordedAtPerCounty().forEach(this::raise);
        } catch (RuntimeException e) {
            log.warn("projection freshness: cannot read the newest events per county yet ({})", e.toString());
        }
    }

    /** Raises the newest instant of each county in a stored batch. */
    public void stored(List<LoggedEvent> batch) {
        for (LoggedEvent e : batch) {
            if (e.county() != null && e.recordedAt() != null) {
                raise(e.county(), e.recordedAt());
            }
        }
    }

    /** Seconds since the newest stored event of the county, or NaN for a county never seen. */
    public double secondsBehind(String county) {
        Instant at = newest.get(county);
        return at == null ? Double.NaN : Duration.between(at, clock.instant()).toMillis() / 1000.0;
    }

    private void raise(String county, Instant at) {
        Instant before = newest.get(county);
        newest.merge(county, at, (a, b) -> a.isAfter(b) ? a : b);
        if (before == null) {
            Gauge.builder(METRIC, this, f -> f.secondsBehind(county))
                    .description("Seconds since the newest event stored for the county in reporting_events")
                    .baseUnit("seconds")
                    .tag("projection", PROJECTION)
                    .tag("county", county)
                    .register(registry); // registering the same id twice returns the existing gauge
        }
    }
}
