package cn.renda.reporting.report.web;

import cn.renda.platform.web.Codes;
import cn.renda.reporting.alert.AlertCalculator;
import cn.renda.reporting.analysis.Access;
import cn.renda.reporting.analysis.AnalysisRequest;
import cn.renda.reporting.analysis.CountyRead;
import cn.renda.reporting.dashboard.Dashboard;
import cn.renda.reporting.dashboard.DashboardCalculator;
import cn.renda.reporting.dashboard.DashboardLabels;
import cn.renda.reporting.dashboard.Figures;
import cn.renda.reporting.documents.DocumentFormat;
import cn.renda.reporting.documents.Report;
import cn.renda.reporting.documents.ResearchReportComposer;
import cn.renda.reporting.documents.Table;
import cn.renda.reporting.export.Downloads;
import cn.renda.reporting.facts.Facts;
import cn.renda.reporting.report.ResearchFiguresFactory;
import jakarta.validation.constraints.Pattern;
import org.springframework.core.env.Environment;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Files made from the dashboard: {@code GET .../exports/dashboard?format=csv|xlsx} (one row per township and the
 * county total, every dashboard figure a column with its label) and the research report
 * {@code GET .../reports/research?format=docx|pdf} written by {@link ResearchReportComposer} from the county dashboard
 * and the alerts of the same reference day. County names: {@code renda.reporting.county-names.<code>} (the code
 * when none is configured).
 */
@RestController
class ReportController {

    private final CountyRead read;
    private final Environment env;

    ReportController(CountyRead read, Environment env) {
        this.read = read;
        this.env = env;
    }

    @GetMapping("/api/counties/{county}/exports/dashboard")
    ResponseEntity<byte[]> dashboard(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                                     @RequestParam(required = false) String from,
                                     @RequestParam(required = false) String to,
                                     @RequestParam(required = false) String asOf,
                                     @RequestParam(defaultValue = "xlsx") String format) {
        Access.requireCountyReader(county);
        return read.table(format, () -> {
            AnalysisRequest r = read.period(from, to, asOf);
            Dashboard d = DashboardCalculator.compute(read.facts(county, r), county, null, r.from(), r.to(),
                    r.reference());
            Map<String, String> labels = DashboardLabels.all(true);
            Table.Builder t = Table.builder(countyName(county) + "乡镇人大工作统计表").filter("县", county)
                    .filter("乡镇", "全部").filter("起", r.from().toString()).filter("止", r.to().toString())
                    .filter("参照日期", r.reference().toString()).filter("截至", r.asOfLabel())
                    .column("township", "乡镇").column("name", "乡镇名称");
            RecordComponent[] components = Figures.class.getRecordComponents();
            for (RecordComponent c : components) {
                t.column(c.getName(), labels.getOrDefault(c.getName(), c.getName()));
            }
            d.perTownship().forEach(e -> t.row(row(e.township(), e.name(), e.figures(), components)));
            t.row(row(null, "合计", d.figures(), components));
            return t;
        });
    }

    @GetMapping("/api/counties/{county}/reports/research")
    ResponseEntity<byte[]> research(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                                    @RequestParam(required = false) String from,
                                    @RequestParam(required = false) String to,
                                    @RequestParam(required = false) String asOf,
                                    @RequestParam(defaultValue = "docx") String format) {
        Access.requireCountyReader(county);
        DocumentFormat f = Downloads.format(format, Set.of(DocumentFormat.DOCX, DocumentFormat.PDF));
        AnalysisRequest r = read.period(from, to, asOf);
        Facts all = read.facts(county, r);
        Dashboard d = DashboardCalculator.compute(all, county, null, r.from(), r.to(), r.reference());
        var rules = read.settings().alertRules(county);
        List<String> alerts = AlertCalculator.compute(all, county, rules, r.reference(), true).stream()
                .map(AlertCalculator::text).toList();
        Downloads downloads = read.downloads();
        Report report = new ResearchReportComposer(BigDecimal.valueOf(rules.cadreShareMaxPercent())
                .movePointLeft(2)).compose(ResearchFiguresFactory.from(d, all, countyName(county), alerts),
                downloads.now());
        return downloads.report(report, f);
    }

    private String countyName(String county) {
        return env.getProperty("renda.reporting.county-names." + county, county);
    }

    private static Map<String, Object> row(String township, String name, Figures figures,
                                           RecordComponent[] components) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("township", township);
        row.put("name", name);
        for (RecordComponent c : components) {
            try {
                row.put(c.getName(), c.getAccessor().invoke(figures));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return row;
    }
}
