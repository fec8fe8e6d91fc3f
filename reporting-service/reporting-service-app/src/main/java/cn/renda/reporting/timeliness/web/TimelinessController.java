package cn.renda.reporting.timeliness.web;

import cn.renda.platform.web.Codes;
import cn.renda.reporting.analysis.Access;
import cn.renda.reporting.analysis.AnalysisRequest;
import cn.renda.reporting.analysis.CountyRead;
import cn.renda.reporting.documents.Table;
import cn.renda.reporting.timeliness.Timeliness;
import cn.renda.reporting.timeliness.TimelinessCalculator;
import cn.renda.reporting.timeliness.query.RecordedEvents;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Optional;

/**
 * {@code GET /api/counties/{county}/timeliness?from=&to=&lateDays=&asOf=}: per township and kind of record, how
 * late the records were entered. {@code lateDays} defaults to {@code renda.reporting.timeliness.late-days} (7).
 * A clerk sees the clerk's own township.
 */
@RestController
class TimelinessController {

    private final CountyRead read;
    private final RecordedEvents events;
    private final int defaultLateDays;

    TimelinessController(CountyRead read, RecordedEvents events,
                         @Value("${renda.reporting.timeliness.late-days:7}") int defaultLateDays) {
        this.read = read;
        this.events = events;
        this.defaultLateDays = defaultLateDays;
    }

    @GetMapping("/api/counties/{county}/timeliness")
    ResponseEntity<?> timeliness(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                                 @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                 @RequestParam(required = false) @Min(0) @Max(365) Integer lateDays,
                                 @RequestParam(required = false) String asOf,
                                 @RequestParam(required = false) String format) {
        Access.requireCountyReader(county);
        AnalysisRequest r = read.period(from, to, asOf);
        int late = lateDays == null ? defaultLateDays : lateDays;
        Timeliness all = TimelinessCalculator.compute(county, events.of(county, r.asOf()), read.facts(county, r),
                r.from(), r.to(), late, r.asOf(), CountyRead.chinese());
        Optional<String> clerk = Access.clerkTownship();
        List<Timeliness.Row> rows = all.rows().stream()
                .filter(x -> clerk.isEmpty() || clerk.get().equals(x.township())).toList();
        Timeliness t = new Timeliness(all.county(), all.from(), all.to(), all.asOf(), all.lateDays(), rows);
        return read.jsonOrTable(format, t, () -> {
            Table.Builder b = Table.builder("数据录入及时性").filter("县", county).filter("乡镇", clerk.orElse("全部"))
                    .filter("起", r.from().toString()).filter("止", r.to().toString())
                    .filter("迟报阈值（天）", String.valueOf(late)).filter("截至", r.asOfLabel())
                    .column("township", "乡镇").column("townshipName", "乡镇名称").column("kind", "记录类别")
                    .column("records", "记录数").column("median", "中位数（天）").column("p90", "90分位（天）")
                    .column("max", "最长（天）").column("late", "迟报条数");
            rows.forEach(x -> b.row(x.township(), x.townshipName(), x.kindLabel(), x.records(), x.medianDays(),
                    x.p90Days(), x.maxDays(), x.recordedLate()));
            return b;
        });
    }
}
