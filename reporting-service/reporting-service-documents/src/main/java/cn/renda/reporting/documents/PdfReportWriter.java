package cn.renda.reporting.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * A PDF (PDFBox 3) on A4 with a CJK font embedded as a subset. The font is the configured TrueType/TrueType
 * collection file if given, else {@code /usr/share/fonts/truetype/wqy/wqy-microhei.ttc}, {@code wqy-zenhei.ttc} or a
 * Noto CJK font under {@code /usr/share/fonts}; if none loads, {@link #write} throws {@link CjkFontNotFoundException}
 * naming the paths tried. Text is wrapped by character width (no line starts with a closing punctuation mark, Latin
 * words stay whole), pages break as needed, tables are drawn with borders and repeat their header on each new page,
 * and every page carries "第 n 页 / 共 m 页" at the bottom.
 */
public final class PdfReportWriter implements ReportWriter {
    private final List<Path> candidates;

    /** Looks for the font in the standard places only. */
    public PdfReportWriter() {
        this((Path) null);
    }

    /** Tries {@code configuredFont} (a .ttf or .ttc file; may be {@code null}) before the standard places. */
    public PdfReportWriter(Path configuredFont) {
        this.candidates = CjkFonts.candidates(configuredFont, CjkFonts.SYSTEM_FONTS);
    }

    private PdfReportWriter(List<Path> candidates) {
        this.candidates = List.copyOf(candidates);
    }

    /** A writer that tries exactly these font files (for tests of the font search). */
    static PdfReportWriter withFontCandidates(List<Path> candidates) {
        return new PdfReportWriter(candidates);
    }

    /** The font files this writer tries, in order. */
    public List<Path> fontCandidates() {
        return candidates;
    }

    @Override
    public DocumentFormat format() {
        return DocumentFormat.PDF;
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument(); CjkFonts.Loaded font = CjkFonts.load(doc, candidates)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(report.title());
            info.setCreator("Renda Platform reporting-service");
            doc.getDocumentCatalog().setLanguage(FixedText.english(report.locale()) ? "en" : "zh-CN");
            new PdfLayout(doc, font.font(), report.locale()).render(report);
            doc.save(out);
            out.flush();
        }
    }
}
