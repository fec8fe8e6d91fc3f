package cn.renda.reporting.export;

import cn.renda.platform.problem.DomainException;
import cn.renda.reporting.documents.DocumentFormat;
import cn.renda.reporting.documents.DocumentWriters;
import cn.renda.reporting.documents.Report;
import cn.renda.reporting.documents.Table;
import cn.renda.reporting.facts.Reducers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a table or a report into a download: the documents module writes the bytes, the answer carries the format's
 * content type and a Chinese file name ({@code Content-Disposition: attachment; filename*=UTF-8''...}, RFC 5987,
 * with an ASCII fallback). {@code renda.reporting.pdf-font} names the CJK font for PDFs (standard places otherwise).
 */
@Component
public class Downloads {

    private final DocumentWriters writers;
    private final Clock clock;

    Downloads(@Value("${renda.reporting.pdf-font:}") String pdfFont, Optional<Clock> clock) {
        this.writers = new DocumentWriters(pdfFont == null || pdfFont.isBlank() ? null : Path.of(pdfFont));
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Now, in China, for a document's "generated" line. */
    public OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), Reducers.CHINA);
    }

    /** The format asked for, among the allowed ones; anything else is a 400 problem. */
    public static DocumentFormat format(String value, Set<DocumentFormat> allowed) {
        DocumentFormat f;
        try {
            f = DocumentFormat.fromParameter(value);
        } catch (IllegalArgumentException e) {
            f = null;
        }
        if (f == null || !allowed.contains(f)) {
            String list = String.join("、", allowed.stream().map(DocumentFormat::extension).sorted().toList());
            throw new DomainException(400, "invalid-format", "导出格式无效", "Invalid export format",
                    "参数 format 的值 " + value + " 无效，可选：" + list + "。",
                    "format = " + value + " is not one of " + list + ".");
        }
        return f;
    }

    public ResponseEntity<byte[]> table(Table table, DocumentFormat format) {
        return file(table.title(), format, out -> writers.write(table, format, out));
    }

    public ResponseEntity<byte[]> report(Report report, DocumentFormat format) {
        return file(report.title(), format, out -> writers.write(report, format, out));
    }

    /** Writes a document's bytes. */
    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    private static ResponseEntity<byte[]> file(String title, DocumentFormat format, Writing writing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writing.to(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = DocumentWriters.fileName(title, format);
        String ascii = "export." + format.extension();
        String disposition = ContentDisposition.attachment().filename(ascii).build() + "; "
                + ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString()
                .substring("attachment; ".length());
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, format.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition).body(out.toByteArray());
    }
}
