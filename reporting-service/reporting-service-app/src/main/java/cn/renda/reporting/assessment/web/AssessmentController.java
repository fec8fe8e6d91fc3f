package cn.renda.reporting.assessment.web;

import cn.renda.platform.security.Caller;
import cn.renda.platform.web.Codes;
import cn.renda.reporting.analysis.Access;
import cn.renda.reporting.analysis.AnalysisRequest;
import cn.renda.reporting.analysis.CountyRead;
import cn.renda.reporting.assessment.Assessment;
import cn.renda.reporting.assessment.AssessmentCalculator;
import cn.renda.reporting.assessment.IndicatorSettings;
import cn.renda.reporting.documents.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The townships' assessment for a period (live or {@code asOf}), and the county's indicators and weights: read by
 * the county's readers, changed by its admin only ({@code PUT}, weights summing to 100).
 */
@RestController
class AssessmentController {

    static final String SUBJECT = "assessment";

    private final CountyRead read;

    AssessmentController(CountyRead read) {
        this.read = read;
    }

    @GetMapping("/api/counties/{county}/assessment")
    ResponseEntity<?> assessment(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                                 @RequestParam(required = false) String from,
                                 @RequestParam(required = false) String to,
                                 @RequestParam(required = false) String asOf,
                                 @RequestParam(required = false) String format) {
        Access.requireCountyReader(county);
        AnalysisRequest r = read.period(from, to, asOf);
        IndicatorSettings indicators = indicators(county);
        Assessment a = AssessmentCalculator.compute(read.facts(county, r), county, indicators, r.from(), r.to(),
                r.reference(), r.asOf(), CountyRead.chinese());
        return read.jsonOrTable(format, a, () -> {
            Table.Builder t = Table.builder("乡镇人大工作考核").filter("县", county)
                    .filter("起", r.from().toString()).filter("止", r.to().toString()).filter("截至", r.asOfLabel())
                    .filter("指标与权重", a.indicators().stream().map(d -> d.label() + " " + d.weight() + "（目标 "
                            + d.target() + "）").collect(Collectors.joining("；")))
                    .column("rank", "名次").column("township", "乡镇").column("name", "乡镇名称").column("score", "得分");
            a.indicators().forEach(d -> t.column(d.code().name() + "_raw", d.label())
                    .column(d.code().name() + "_contribution", d.label() + " 得分"));
            a.townships().forEach(s -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("rank", s.rank());
                row.put("township", s.township());
                row.put("name", s.name());
                row.put("score", s.score());
                s.breakdown().forEach(p -> {
                    row.put(p.code().name() + "_raw", p.raw());
                    row.put(p.code().name() + "_contribution", p.contribution());
                });
                t.row(row);
            });
            return t;
        });
    }

    @GetMapping("/api/counties/{county}/assessment/indicators")
    Map<String, Object> indicators(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                                   @RequestParam(required = false) String unused) {
        Access.requireCountyReader(county);
        return Map.of("county", county, "indicators", indicators(county).indicators(),
                "defaults", IndicatorSettings.defaults().indicators(),
                "ownIndicators", read.settings().hasOwn(county, SUBJECT));
    }

    @PutMapping("/api/counties/{county}/assessment/indicators")
    Map<String, Object> setIndicators(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                                      @RequestBody @Valid IndicatorSettings body) {
        Access.requireCountyAdmin(county);
        read.settings().save(county, SUBJECT, body.toDocument(), Caller.current().map(Caller::user).orElse(null));
        return indicators(county, null);
    }

    private IndicatorSettings indicators(String county) {
        return read.settings().find(county, SUBJECT).map(IndicatorSettings::fromDocument)
                .orElse(IndicatorSettings.defaults());
    }
}
