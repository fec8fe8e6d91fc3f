package cn.renda.reporting.performance.web;

import cn.renda.platform.problem.DomainException;
import cn.renda.platform.web.Codes;
import cn.renda.platform.web.PageResponse;
import cn.renda.reporting.analysis.Access;
import cn.renda.reporting.analysis.AnalysisRequest;
import cn.renda.reporting.analysis.CountyRead;
import cn.renda.reporting.documents.Table;
import cn.renda.reporting.performance.DormantDeputy;
import cn.renda.reporting.performance.PerformanceRecord;
import cn.renda.reporting.performance.PerformanceRecords;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Performance records (履职档案) of deputies and the list of dormant deputies, live or as of an earlier instant,
 * as JSON or exported ({@code format=csv|xlsx}).
 */
@RestController
class PerformanceController {

    static final String DEPUTY_ID = "[A-Za-z0-9_-]{1,64}";

    private final CountyRead read;

    PerformanceController(CountyRead read) {
        this.read = read;
    }

    @GetMapping("/api/counties/{county}/records/{deputyId}")
    ResponseEntity<?> record(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                             @PathVariable @Pattern(regexp = DEPUTY_ID) String deputyId,
                             @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                             @RequestParam(required = false) String asOf,
                             @RequestParam(required = false) String format) {
        AnalysisRequest r = read.period(from, to, asOf);
        PerformanceRecord record = PerformanceRecords.record(read.facts(county, r), county, deputyId, r.from(), r.to(),
                r.reference(), CountyRead.chinese());
        Access.requireRecordReader(county, deputyId, record == null ? null : record.township());
        if (record == null) {
            throw new DomainException(404, "unknown-deputy", "没有该代表", "No such deputy",
                    "本县没有代表 " + deputyId + "。", "The county has no deputy " + deputyId + ".");
        }
        return read.jsonOrTable(format, record, () -> {
            Table.Builder t = Table.builder((record.name() == null ? deputyId : record.name()) + "履职档案")
                    .filter("县", county).filter("代表", deputyId).filter("乡镇", record.township())
                    .filter("起", r.from().toString()).filter("止", r.to().toString()).filter("截至", r.asOfLabel())
                    .column("date", "日期").column("kind", "类别").column("title", "事项").column("township", "乡镇")
                    .column("link", "来源记录");
            record.items().forEach(i -> t.row(i.date(), i.kindLabel(), i.title(), i.township(), i.link()));
            record.counts().forEach(c -> t.row(null, c.label(), "合计 " + c.count(), null, null));
            return t;
        });
    }

    @GetMapping("/api/counties/{county}/dormant-deputies")
    ResponseEntity<?> dormant(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                              @RequestParam(required = false) @Min(1) @Max(36) Integer months,
                              @RequestParam(required = false) @Pattern(regexp = Codes.TOWNSHIP) String township,
                              @RequestParam(required = false) String asOf,
                              @RequestParam(defaultValue = "0") @Min(0) int page,
                              @RequestParam(defaultValue = "20") @Min(1) @Max(1000) int size,
                              @RequestParam(required = false) String format) {
        Access.requireCountyReader(county);
        String scope = Access.clerkTownship().orElse(township);
        if (township != null && !township.equals(scope)) {
            throw new DomainException(403, "forbidden-township", "无权查看该乡镇", "Not your township",
                    "乡镇人大账号只能查看本乡镇的数据。", "A township clerk may read only the clerk's own township.");
        }
        int n = months != null ? months : read.settings().alertRules(county).dormantMonths();
        AnalysisRequest r = read.at(asOf);
        List<DormantDeputy> all = PerformanceRecords.dormant(read.facts(county, r), county, scope, r.reference(), n);
        int fromIndex = (int) Math.min((long) page * size, all.size());
        PageResponse<DormantDeputy> json = new PageResponse<>(
                all.subList(fromIndex, Math.min(fromIndex + size, all.size())), all.size(), page, size);
        return read.jsonOrTable(format, json, () -> {
            Table.Builder t = Table.builder("休眠代表名单").filter("县", county)
                    .filter("乡镇", scope == null ? "全部" : scope).filter("无履职记录月数", String.valueOf(n))
                    .filter("参照日期", r.reference().toString()).filter("截至", r.asOfLabel())
                    .column("township", "乡镇").column("townshipName", "乡镇名称").column("deputyId", "代表编号")
                    .column("name", "姓名").column("lastActivityOn", "最近履职日期").column("lastActivityKind", "最近履职类别");
            boolean chinese = CountyRead.chinese();
            all.forEach(d -> t.row(d.township(), d.townshipName(), d.deputyId(), d.name(), d.lastActivityOn(),
                    d.lastActivityKind() == null ? null : d.lastActivityKind().label(chinese)));
            return t;
        });
    }
}
