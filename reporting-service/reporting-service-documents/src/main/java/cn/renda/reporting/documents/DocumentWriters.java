package cn.renda.reporting.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * The one entry point a web layer needs for {@code format=csv|xlsx|docx|pdf}: writes a {@link Table} in any of the
 * four formats (DOCX and PDF through {@link Report#of(Table)}) and a {@link Report} as DOCX or PDF. Stateless and
 * thread-safe; make one per application, with the configured PDF font path if there is one.
 *
 * <pre>{@code
 * DocumentWriters writers = new DocumentWriters(null);
 * DocumentFormat format = DocumentFormat.fromParameter("xlsx");
 * response.setContentType(format.mediaType());
 * writers.write(table, format, response.getOutputStream());
 * }</pre>
 */
public final class DocumentWriters {
    private final CsvTableWriter csv = new CsvTableWriter();
    private final XlsxTableWriter xlsx = new XlsxTableWriter();
    private final DocxReportWriter docx = new DocxReportWriter();
    private final PdfReportWriter pdf;

    /** Writers whose PDFs use {@code pdfFont} (a .ttf or .ttc; {@code null} for the standard places). */
    public DocumentWriters(Path pdfFont) {
        this.pdf = new PdfReportWriter(pdfFont);
    }

    /** Writes the table in the given format. */
    public void write(Table table, DocumentFormat format, OutputStream out) throws IOException {
        switch (format) {
            case CSV -> csv.write(table, out);
            case XLSX -> xlsx.write(table, out);
            case DOCX -> docx.write(Report.of(table), out);
            case PDF -> pdf.write(Report.of(table), out);
        }
    }

    /** Writes the report as DOCX or PDF; a report has no CSV or XLSX form. */
    public void write(Report report, DocumentFormat format, OutputStream out) throws IOException {
        switch (format) {
            case DOCX -> docx.write(report, out);
            case PDF -> pdf.write(report, out);
            default -> throw new IllegalArgumentException("a report is written as docx or pdf, not " + format.extension());
        }
    }

    /** A download file name: the base name without characters file systems refuse, plus the extension. */
    public static String fileName(String base, DocumentFormat format) {
        String cleaned = base.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return (cleaned.isEmpty() ? "export" : cleaned) + "." + format.extension();
    }
}
