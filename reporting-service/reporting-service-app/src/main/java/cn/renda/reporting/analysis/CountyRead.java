package cn.renda.reporting.analysis;

import cn.renda.reporting.documents.DocumentFormat;
import cn.renda.reporting.documents.Table;
import cn.renda.reporting.export.Downloads;
import cn.renda.reporting.facts.Facts;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What the analysis controllers share: the request's period and instant (with the injected clock, live when no
 * {@code asOf}), the county's facts for that instant, the county's settings, and the answer: JSON, or with
 * {@code format=csv|xlsx} a table download ({@code invalid-format} problem for any other format).
 */
@Component
public class CountyRead {

    private static final Set<DocumentFormat> TABLE_FORMATS = Set.of(DocumentFormat.CSV, DocumentFormat.XLSX);

    private final CountyFacts facts;
    private final CountySettings settings;
    private final Downloads downloads;
    private final Clock clock;

    CountyRead(CountyFacts facts, CountySettings settings, Downloads downloads, Optional<Clock> clock) {
        this.facts = facts;
        this.settings = settings;
        this.downloads = downloads;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** A period ({@code from}/{@code to}, the current year by default) seen as of {@code asOf}. */
    public AnalysisRequest period(String from, String to, String asOf) {
        return AnalysisRequest.parse(from, to, asOf, clock);
    }

    /** Only a reference instant (alerts, dormant deputies). */
    public AnalysisRequest at(String asOf) {
        return AnalysisRequest.at(asOf, clock);
    }

    /** The county's facts as the request sees them: live, or folded up to its {@code asOf}. */
    public Facts facts(String county, AnalysisRequest request) {
        return facts.load(county, request.asOf());
    }

    public CountySettings settings() {
        return settings;
    }

    public Downloads downloads() {
        return downloads;
    }

    /** Chinese labels unless the request asked for English. */
    public static boolean chinese() {
        return !"en".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    /**
     * {@code body} as JSON when no format is asked for, else the table (built only then) as a CSV or XLSX download
     * stamped with the time it was generated.
     */
    public ResponseEntity<?> jsonOrTable(String format, Object body, Supplier<Table.Builder> table) {
        if (format == null) {
            return ResponseEntity.ok(body);
        }
        return table(format, table);
    }

    /** The table as a CSV or XLSX download; any other format is a 400 problem. */
    public ResponseEntity<byte[]> table(String format, Supplier<Table.Builder> table) {
        DocumentFormat f = Downloads.format(format, TABLE_FORMATS);
        return downloads.table(table.get().generatedAt(downloads.now()).build(), f);
    }
}
