package cn.renda.deputy.township.query;

import cn.renda.platform.web.PageResponse;
import org.springframework.stereotype.Component;

import java.util.List;

/** The townships of a county, from the lookup table (small: a county has tens of townships). */
@Component
public class TownshipDirectory {

    public record TownshipSummary(String code, String county, String name) {
    }

    private final KnownTownshipRepository repository;

    TownshipDirectory(KnownTownshipRepository repository) {
        this.repository = repository;
    }

    public boolean exists(String code, String county) {
        return repository.existsByCodeAndCounty(code, county);
    }

    public PageResponse<TownshipSummary> townships(String county) {
        List<TownshipSummary> items = repository.findAll().stream()
                .filter(t -> t.county().equals(county))
                .map(t -> new TownshipSummary(t.code(), t.county(), t.name()))
                .sorted((a, b) -> a.code().compareTo(b.code()))
                .toList();
        return new PageResponse<>(items, items.size(), 0, items.size());
    }
}
