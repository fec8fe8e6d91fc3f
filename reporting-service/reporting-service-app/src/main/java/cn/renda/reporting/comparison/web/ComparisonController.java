package cn.renda.reporting.comparison.web;

import cn.renda.platform.problem.DomainException;
import cn.renda.platform.security.Caller;
import cn.renda.reporting.analysis.AnalysisRequest;
import cn.renda.reporting.analysis.CountyRead;
import cn.renda.reporting.comparison.Comparison;
import cn.renda.reporting.comparison.ComparisonCalculator;
import cn.renda.reporting.documents.Table;
import cn.renda.reporting.facts.Facts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /api/comparison?counties=410327,610822&from=&to=&previousFrom=&previousTo=&asOf=}: analysts compare
 * the counties of their token, a county admin only the own county. Any county outside the caller's scope is a 403
 * problem, nothing is answered for the others. The previous period defaults to the one just before: as many
 * calendar months when the period is whole months (the previous year, half year, quarter), else as many days.
 * Minimum samples: {@code renda.reporting.comparison.min-deputies} (30) and {@code .min-rated} (10).
 */
@RestController
class ComparisonController {

    static final int MAX_COUNTIES = 50;

    private final CountyRead read;
    private final int minDeputies;
    private final int minRated;

    ComparisonController(CountyRead read,
                         @Value("${renda.reporting.comparison.min-deputies:30}") int minDeputies,
                         @Value("${renda.reporting.comparison.min-rated:10}") int minRated) {
        this.read = read;
        this.minDeputies = minDeputies;
        this.minRated = minRated;
    }

    @GetMapping("/api/comparison")
    ResponseEntity<?> compare(@RequestParam String counties, @RequestParam(required = false) String from,
                              @RequestParam(required = false) String to,
                              @RequestParam(required = false) String previousFrom,
                              @RequestParam(required = false) String previousTo,
                              @RequestParam(required = false) String asOf,
                              @RequestParam(required = false) String format) {
        Set<String> asked = new LinkedHashSet<>(Arrays.stream(counties.split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList());
        if (asked.isEmpty() || asked.size() > MAX_COUNTIES || !asked.stream().allMatch(c -> c.matches("\\d{6}"))) {
            throw new DomainException(400, "invalid-counties", "县代码无效", "Invalid county codes",
                    "参数 counties 应为 1 至 " + MAX_COUNTIES + " 个以逗号分隔的 6 位县代码。",
                    "counties must list 1 to " + MAX_COUNTIES + " six-digit county codes, separated by commas.");
        }
        requireScope(asked);
        AnalysisRequest r = read.period(from, to, asOf);
        LocalDate pTo;
        LocalDate pFrom;
        if (previousFrom == null && previousTo == null) {
            pTo = r.from().minusDays(1);
            if (r.from().getDayOfMonth() == 1 && r.to().equals(r.to().withDayOfMonth(r.to().lengthOfMonth()))) {
                pFrom = r.from().minusMonths(ChronoUnit.MONTHS.between(r.from(), r.to().plusDays(1)));
            } else {
                pFrom = pTo.minusDays(ChronoUnit.DAYS.between(r.from(), r.to()));
            }
        } else if (previousFrom != null && previousTo != null) {
            pFrom = AnalysisRequest.date("previousFrom", previousFrom);
            pTo = AnalysisRequest.date("previousTo", previousTo);
            if (pTo.isBefore(pFrom)) {
                throw new DomainException(400, "invalid-period", "统计期间无效", "Invalid period",
                        "上期截止日期不能早于上期起始日期。", "'previousTo' must not be before 'previousFrom'.");
            }
        } else {
            throw new DomainException(400, "invalid-period", "统计期间无效", "Invalid period",
                    "previousFrom 与 previousTo 须同时给出或同时省略。", "Give both previousFrom and previousTo, or neither.");
        }
        Map<String, Facts> loaded = new LinkedHashMap<>();
        asked.forEach(c -> loaded.put(c, read.facts(c, r)));
        Comparison c = ComparisonCalculator.compute(loaded, r.from(), r.to(), pFrom, pTo, r.reference(), r.asOf(),
                minDeputies, minRated, CountyRead.chinese());
        return read.jsonOrTable(format, c, () -> {
            Table.Builder t = Table.builder("跨县比较").filter("县", String.join(",", asked))
                    .filter("起", r.from().toString()).filter("止", r.to().toString())
                    .filter("上期起", pFrom.toString()).filter("上期止", pTo.toString()).filter("截至", r.asOfLabel())
                    .filter("最少代表数", String.valueOf(minDeputies)).filter("最少测评件数", String.valueOf(minRated))
                    .column("county", "县").column("deputies", "在任代表").column("metric", "指标").column("value", "本期")
                    .column("previous", "上期").column("change", "变化").column("changePercent", "变化（%）")
                    .column("hidden", "说明");
            c.counties().forEach(cf -> cf.metrics().forEach(m -> t.row(cf.county(), cf.deputies(), m.label(),
                    m.value(), m.previous(), m.change(), m.changePercent(), m.hidden())));
            return t;
        });
    }

    private static void requireScope(Set<String> asked) {
        Caller.current().ifPresent(caller -> {
            boolean role = Caller.ANALYST.equals(caller.role()) || Caller.COUNTY_ADMIN.equals(caller.role());
            List<String> outside = asked.stream().filter(c -> !caller.mayRead(c)).toList();
            if (!role || !outside.isEmpty()) {
                throw new DomainException(403, "forbidden-county", "无权比较这些县", "Counties outside your scope",
                        role ? "当前账号无权查看县 " + String.join("、", outside) + " 的数据。" : "跨县比较只对分析人员和县人大常委会工作人员开放。",
                        role ? "This account may not read " + String.join(", ", outside) + "."
                                : "Comparison is open to analysts and county staff only.");
            }
        });
    }
}
