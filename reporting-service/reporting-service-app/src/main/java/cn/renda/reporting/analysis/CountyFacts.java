package cn.renda.reporting.analysis;

import cn.renda.reporting.facts.Facts;
import cn.renda.reporting.facts.query.FactStore;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** A county's facts the way the dashboard reads them: live, or folded from the events recorded up to {@code asOf}. */
@Component
public class CountyFacts {

    private final FactStore store;

    CountyFacts(FactStore store) {
        this.store = store;
    }

    public Facts load(String county, Instant asOf) {
        return asOf == null ? store.county(county) : store.countyAsOf(county, asOf);
    }
}
