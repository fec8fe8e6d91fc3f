package cn.renda.reporting.suggestion.web;

import cn.renda.platform.problem.DomainException;
import cn.renda.platform.web.Codes;
import cn.renda.reporting.analysis.AnalysisRequest;
import cn.renda.reporting.analysis.CountyRead;
import cn.renda.reporting.documents.Table;
import cn.renda.reporting.suggestion.OverdueByUnit;
import cn.renda.reporting.suggestion.SatisfactionTrend;
import cn.renda.reporting.suggestion.SuggestionFigures;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Two suggestion figures of the dashboard, calculated from the county's facts like the dashboard (live, or as of an
 * earlier instant), for the county or one {@code township}: {@code GET .../dashboard/overdue-by-unit?asOf=} and
 * {@code GET .../dashboard/satisfaction-trend?from=&to=&asOf=}; {@code format=csv|xlsx} downloads the table.
 * Readable by whoever may read the county's dashboard (the security chain checks the county and the role). They
 * live under {@code dashboard/} because the gateway sends {@code /api/counties/*&#47;suggestions/**} to
 * supervision-service.
 */
@RestController
class SuggestionFiguresController {

    private final CountyRead read;

    SuggestionFiguresController(CountyRead read) {
        this.read = read;
    }

    @GetMapping("/api/counties/{county}/dashboard/overdue-by-unit")
    ResponseEntity<?> overdueByUnit(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                                    @RequestParam(required = false) @Pattern(regexp = Codes.TOWNSHIP) String township,
                                    @RequestParam(required = false) String asOf,
                                    @RequestParam(required = false) String format) {
        requireInCounty(township, county);
        AnalysisRequest r = read.at(asOf);
        OverdueByUnit o = SuggestionFigures.overdueByUnit(read.facts(county, r), county, township, r.reference(),
                r.asOf(), CountyRead.chinese());
        return read.jsonOrTable(format, o, () -> {
            Table.Builder t = Table.builder("逾期未办复建议（按承办单位）").filter("县", county)
                    .filter("乡镇", township == null ? "全部" : township)
                    .filter("参照日期", r.reference().toString()).filter("截至", r.asOfLabel())
                    .column("unitId", "承办单位代码").column("name", "承办单位").column("unitTownship", "承办单位所属乡镇")
                    .column("overdue", "逾期未办复件数").column("flagged", "其中重点督办")
                    .column("maxDaysOverdue", "最长逾期天数").column("suggestionIds", "建议编号");
            o.units().forEach(u -> t.row(u.unitId(), u.name(), u.unitTownship(), u.overdue(), u.flagged(),
                    u.maxDaysOverdue(), String.join(" ", u.suggestionIds())));
            t.row("合计", null, null, o.total(), o.units().stream().mapToLong(OverdueByUnit.Unit::flagged).sum(),
                    null, null);
            return t;
        });
    }

    @GetMapping("/api/counties/{county}/dashboard/satisfaction-trend")
    ResponseEntity<?> satisfactionTrend(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                                        @RequestParam(required = false) @Pattern(regexp = Codes.TOWNSHIP)
                                        String township,
                                        @RequestParam(required = false) String from,
                                        @RequestParam(required = false) String to,
                                        @RequestParam(required = false) String asOf,
                                        @RequestParam(required = false) String format) {
        requireInCounty(township, county);
        AnalysisRequest r = read.period(from, to, asOf);
        SatisfactionTrend s = SuggestionFigures.satisfactionTrend(read.facts(county, r), county, township, r.from(),
                r.to(), r.reference(), r.asOf(), CountyRead.chinese());
        return read.jsonOrTable(format, s, () -> {
            Table.Builder t = Table.builder("建议办理满意度趋势").filter("县", county)
                    .filter("乡镇", township == null ? "全部" : township)
                    .filter("起", r.from().toString()).filter("止", r.to().toString())
                    .filter("参照日期", r.reference().toString()).filter("截至", r.asOfLabel())
                    .column("period", "季度").column("from", "起").column("to", "止").column("rated", "已测评建议")
                    .column("satisfied", "满意和基本满意").column("dissatisfied", "不满意").column("rate", "满意率（%）");
            s.points().forEach(p -> t.row(p.label(), p.from().toString(), p.to().toString(), p.rated(), p.satisfied(),
                    p.dissatisfied(), p.rate()));
            t.row("合计", s.from().toString(), s.to().toString(), s.rated(), s.satisfied(),
                    s.points().stream().mapToLong(SatisfactionTrend.Point::dissatisfied).sum(), s.rate());
            return t;
        });
    }

    private static void requireInCounty(String township, String county) {
        if (township != null && !Codes.townshipInCounty(township, county)) {
            throw new DomainException(404, "unknown-township", "乡镇不属于该县", "Township not in this county",
                    "乡镇代码 " + township + " 不属于 " + county + "。", "Township " + township + " is not in " + county + ".");
        }
    }
}
