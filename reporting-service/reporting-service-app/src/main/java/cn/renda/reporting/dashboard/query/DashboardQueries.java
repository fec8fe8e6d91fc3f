package cn.renda.reporting.dashboard.query;

import cn.renda.reporting.dashboard.Dashboard;
import cn.renda.reporting.dashboard.DashboardCalculator;
import cn.renda.reporting.facts.Facts;
import cn.renda.reporting.facts.Reducers;
import cn.renda.reporting.facts.query.FactStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Loads a county's facts (live, or folded from the events recorded up to {@code asOf}) and runs the calculator.
 * The reference date for "overdue" is the earlier of {@code to} and the day of {@code asOf} (today when live), in
 * China time.
 */
@Component
public class DashboardQueries {

    private static final Logger log = LoggerFactory.getLogger(DashboardQueries.class);

    private final FactStore store;
    private final Clock clock;

    DashboardQueries(FactStore store, java.util.Optional<Clock> clock) {
        this.store = store;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public Dashboard dashboard(String county, String township, LocalDate from, LocalDate to, Instant asOf) {
        long started = System.nanoTime();
        Facts facts = asOf == null ? store.county(county) : store.countyAsOf(county, asOf);
        long loaded = System.nanoTime();
        LocalDate day = LocalDate.ofInstant(asOf == null ? clock.instant() : asOf, Reducers.CHINA);
        LocalDate reference = day.isBefore(to) ? day : to;
        Dashboard d = DashboardCalculator.compute(facts, county, township, from, to, reference);
        log.debug("dashboard {} {}: {} facts loaded in {} ms, calculated in {} ms", county, township,
                facts.all().size(), (loaded - started) / 1_000_000, (System.nanoTime() - loaded) / 1_000_000);
        return d;
    }
}
