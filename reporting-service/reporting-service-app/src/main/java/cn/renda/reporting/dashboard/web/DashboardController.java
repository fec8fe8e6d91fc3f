package cn.renda.reporting.dashboard.web;

import cn.renda.platform.problem.DomainException;
import cn.renda.platform.web.Codes;
import cn.renda.reporting.analysis.AnalysisRequest;
import cn.renda.reporting.dashboard.Dashboard;
import cn.renda.reporting.dashboard.DashboardLabels;
import cn.renda.reporting.dashboard.query.DashboardQueries;
import cn.renda.reporting.facts.Reducers;
import jakarta.validation.constraints.Pattern;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * County and township dashboards for any period ({@code from}/{@code to}, ISO dates, inclusive; the current year by
 * default), live or as of an earlier instant ({@code asOf}: an ISO instant, or a date meaning the end of that day in
 * China). Labels for every number: {@code GET .../dashboard/labels} (Chinese, English with Accept-Language: en).
 */
@RestController
class DashboardController {

    private final DashboardQueries queries;
    private final Clock clock;

    DashboardController(DashboardQueries queries, Optional<Clock> clock) {
        this.queries = queries;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @GetMapping("/api/counties/{county}/dashboard")
    Dashboard county(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                     @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                     @RequestParam(required = false) String asOf) {
        return dashboard(county, null, from, to, asOf);
    }

    @GetMapping("/api/counties/{county}/townships/{township}/dashboard")
    Dashboard township(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                       @PathVariable @Pattern(regexp = Codes.TOWNSHIP) String township,
                       @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                       @RequestParam(required = false) String asOf) {
        if (!Codes.townshipInCounty(township, county)) {
            throw new DomainException(404, "unknown-township", "乡镇不属于该县", "Township not in this county",
                    "乡镇代码 " + township + " 不属于 " + county + "。", "Township " + township + " is not in " + county + ".");
        }
        return dashboard(county, township, from, to, asOf);
    }

    @GetMapping({"/api/counties/{county}/dashboard/labels", "/api/counties/{county}/townships/{township}/dashboard/labels"})
    Map<String, String> labels(@PathVariable @Pattern(regexp = Codes.COUNTY) String county) {
        return DashboardLabels.all(!"en".equals(LocaleContextHolder.getLocale().getLanguage()));
    }

    private Dashboard dashboard(String county, String township, String from, String to, String asOf) {
        int year = LocalDate.ofInstant(clock.instant(), Reducers.CHINA).getYear();
        LocalDate start = from == null ? LocalDate.of(year, 1, 1) : AnalysisRequest.date("from", from);
        LocalDate end = to == null ? LocalDate.of(year, 12, 31) : AnalysisRequest.date("to", to);
        if (end.isBefore(start)) {
            throw new DomainException(400, "invalid-period", "统计期间无效", "Invalid period",
                    "截止日期不能早于起始日期。", "'to' must not be before 'from'.");
        }
        return queries.dashboard(county, township, start, end, asOf == null ? null : AnalysisRequest.instant(asOf));
    }
}
