package cn.renda.reporting.alert.web;

import cn.renda.platform.security.Caller;
import cn.renda.platform.web.Codes;
import cn.renda.reporting.alert.Alert;
import cn.renda.reporting.alert.AlertCalculator;
import cn.renda.reporting.alert.Alerts;
import cn.renda.reporting.analysis.Access;
import cn.renda.reporting.analysis.AlertRules;
import cn.renda.reporting.analysis.AnalysisRequest;
import cn.renda.reporting.analysis.CountyRead;
import cn.renda.reporting.analysis.CountySettings;
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

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A county's alerts on a reference day (live, or {@code asOf} an earlier instant), and its alert thresholds: read by
 * the county's readers, changed only by its admin ({@code PUT}, validated, problem+json on bad input). A clerk
 * sees the alerts of the clerk's own township.
 */
@RestController
class AlertController {

    private final CountyRead read;

    AlertController(CountyRead read) {
        this.read = read;
    }

    @GetMapping("/api/counties/{county}/alerts")
    ResponseEntity<?> alerts(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                             @RequestParam(required = false) String asOf,
                             @RequestParam(required = false) String format) {
        Access.requireCountyReader(county);
        AnalysisRequest r = read.at(asOf);
        AlertRules rules = read.settings().alertRules(county);
        Optional<String> clerk = Access.clerkTownship();
        List<Alert> items = AlertCalculator.compute(read.facts(county, r), county, rules, r.reference(),
                        CountyRead.chinese())
                .stream().filter(a -> clerk.isEmpty() || clerk.get().equals(a.township())).toList();
        return read.jsonOrTable(format, new Alerts(county, r.reference(), r.asOf(), rules, items.size(), items), () -> {
            Table.Builder t = Table.builder("预警信息").filter("县", county).filter("乡镇", clerk.orElse("全部"))
                    .filter("参照日期", r.reference().toString()).filter("截至", r.asOfLabel())
                    .filter("阈值", join(rules.toDocument()))
                    .column("rule", "规则代码").column("label", "规则").column("threshold", "阈值")
                    .column("township", "乡镇").column("townshipName", "乡镇名称").column("figures", "数据")
                    .column("subjects", "涉及记录");
            items.forEach(a -> t.row(a.rule().name(), a.label(), join(a.threshold()), a.township(), a.townshipName(),
                    join(a.figures()),
                    a.subjects().stream().map(Alert.Subject::link).collect(Collectors.joining(" "))));
            return t;
        });
    }

    @GetMapping("/api/counties/{county}/alerts/rules")
    Map<String, Object> rules(@PathVariable @Pattern(regexp = Codes.COUNTY) String county) {
        Access.requireCountyReader(county);
        CountySettings settings = read.settings();
        return Map.of("county", county, "rules", settings.alertRules(county), "defaults", settings.alertDefaults(),
                "ownRules", settings.hasOwn(county, "alerts"));
    }

    @PutMapping("/api/counties/{county}/alerts/rules")
    Map<String, Object> setRules(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                                 @RequestBody @Valid AlertRules rules) {
        Access.requireCountyAdmin(county);
        read.settings().save(county, "alerts", rules.toDocument(), Caller.current().map(Caller::user).orElse(null));
        return rules(county);
    }

    private static String join(Map<String, Object> values) {
        return values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }
}
