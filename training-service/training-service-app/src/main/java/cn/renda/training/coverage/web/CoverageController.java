package cn.renda.training.coverage.web;

import cn.renda.platform.problem.DomainException;
import cn.renda.platform.web.Codes;
import cn.renda.training.coverage.query.CoverageQueries;
import jakarta.validation.constraints.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;

/**
 * {@code GET /api/counties/{county}/training-coverage?since=&until=}: the period defaults to the current term,
 * from {@code renda.training.term-start} to today.
 */
@RestController
class CoverageController {

    private final CoverageQueries queries;
    private final Clock clock;
    private final LocalDate termStart;

    CoverageController(CoverageQueries queries, Clock clock,
                       @Value("${renda.training.term-start:2021-01-01}") LocalDate termStart) {
        this.queries = queries;
        this.clock = clock;
        this.termStart = termStart;
    }

    @GetMapping("/api/counties/{county}/training-coverage")
    CoverageQueries.Coverage coverage(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                      LocalDate since,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                      LocalDate until) {
        LocalDate from = since == null ? termStart : since;
        LocalDate to = until == null ? LocalDate.now(clock) : until;
        if (to.isBefore(from)) {
            throw new DomainException(400, "invalid-period", "期间无效", "Invalid period",
                    "截止日期早于起始日期。", "The period ends before it starts.");
        }
        return queries.coverage(county, from, to, !"en".equals(LocaleContextHolder.getLocale().getLanguage()));
    }
}
