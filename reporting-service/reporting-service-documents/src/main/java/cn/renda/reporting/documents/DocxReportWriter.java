package cn.renda.reporting.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * A Word document (POI XWPF): the title centred, the subtitle and generation time below it, each section heading as
 * a real "Heading 1" paragraph (it shows in Word's navigation pane), paragraphs with a two-character first-line
 * indent (none in English), tables full width with a bold header row that repeats on every page. East-Asian text is set in 宋体
 * (SimSun), headings in 黑体 (SimHei), Latin text and figures in Times New Roman.
 */
public final class DocxReportWriter implements ReportWriter {
    static final String BODY_FONT = "宋体";
    static final String HEADING_FONT = "黑体";
    static final String LATIN_FONT = "Times New Roman";
    private static final int BODY_POINTS = 12;

    @Override
    public DocumentFormat format() {
        return DocumentFormat.DOCX;
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            defineStyles(doc);
            doc.getProperties().getCoreProperties().setTitle(report.title());
            doc.getProperties().getCoreProperties().setCreator("Renda Platform reporting-service");
            boolean english = FixedText.english(report.locale());

            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            title.setStyle("Title");
            run(title, report.title(), HEADING_FONT, 18, true);

            if (!report.subtitle().isEmpty()) {
                XWPFParagraph sub = doc.createParagraph();
                sub.setAlignment(ParagraphAlignment.CENTER);
                run(sub, report.subtitle(), BODY_FONT, 14, false);
            }
            XWPFParagraph generated = doc.createParagraph();
            generated.setAlignment(ParagraphAlignment.CENTER);
            run(generated, FixedText.generated(report.locale()) + (english ? ": " : "：")
                    + CellValues.text(report.generatedAt(), report.locale()), BODY_FONT, 10, false);

            for (ReportSection section : report.sections()) {
                if (!section.heading().isEmpty()) {
                    XWPFParagraph h = doc.createParagraph();
                    h.setStyle("Heading1");
                    run(h, section.heading(), HEADING_FONT, 15, true);
                }
                for (ReportBlock block : section.blocks()) {
                    if (block instanceof ReportBlock.Paragraph p) {
                        XWPFParagraph para = doc.createParagraph();
                        if (!english) para.setIndentationFirstLine(2 * BODY_POINTS * 20);
                        para.setSpacingBetween(1.5);
                        run(para, p.text(), BODY_FONT, BODY_POINTS, false);
                    } else if (block instanceof ReportBlock.SimpleTable t) {
                        table(doc, t);
                    }
                }
            }
            doc.write(out);
            out.flush();
        }
    }

    private static void table(XWPFDocument doc, ReportBlock.SimpleTable t) {
        if (!t.caption().isEmpty()) {
            XWPFParagraph caption = doc.createParagraph();
            caption.setAlignment(ParagraphAlignment.CENTER);
            run(caption, t.caption(), BODY_FONT, BODY_POINTS, true);
        }
        int cols = t.headers().size();
        XWPFTable table = doc.createTable(t.rows().size() + 1, cols);
        table.setWidthType(TableWidthType.PCT);
        table.setWidth("100%");
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        for (int c = 0; c < cols; c++) cell(header.getCell(c), t.headers().get(c), true);
        for (int r = 0; r < t.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r + 1);
            row.setCantSplitRow(true);
            for (int c = 0; c < cols; c++) cell(row.getCell(c), t.rows().get(r).get(c), false);
        }
        doc.createParagraph();
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        if (bold) p.setAlignment(ParagraphAlignment.CENTER);
        run(p, text, BODY_FONT, 10.5, bold);
    }

    /** A run in the given East-Asian font, Latin text in Times New Roman; line breaks in the text are kept. */
    private static void run(XWPFParagraph p, String text, String eastAsiaFont, double points, boolean bold) {
        XWPFRun r = p.createRun();
        r.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.ascii);
        r.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.hAnsi);
        r.setFontFamily(eastAsiaFont, XWPFRun.FontCharRange.eastAsia);
        r.setFontSize(points);
        r.setBold(bold);
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) r.addBreak();
            r.setText(lines[i], i);
        }
    }

    /** Document defaults in 宋体 / Times New Roman, and the Title and Heading1 paragraph styles. */
    private static void defineStyles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
        fonts.setEastAsia(BODY_FONT);
        styles.setDefaultFonts(fonts);
        styles.addStyle(new XWPFStyle(paragraphStyle("Title", "Title", null), styles));
        styles.addStyle(new XWPFStyle(paragraphStyle("Heading1", "heading 1", BigInteger.ZERO), styles));
    }

    private static CTStyle paragraphStyle(String id, String name, BigInteger outlineLevel) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewQFormat();
        if (outlineLevel != null) style.addNewPPr().addNewOutlineLvl().setVal(outlineLevel);
        CTRPr rpr = style.addNewRPr();
        CTFonts f = rpr.addNewRFonts();
        f.setEastAsia(HEADING_FONT);
        f.setAscii(LATIN_FONT);
        f.setHAnsi(LATIN_FONT);
        return style;
    }
}
