package cn.renda.reporting.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfReportWriterTest {

    private static byte[] write(Report report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReportWriter().write(report, out);
        return out.toByteArray();
    }

    /** The text of the document with the line breaks the wrapping made taken out again. */
    private static String text(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf).replaceAll("\r?\n", "");
    }

    @Test
    void the_chinese_text_and_figures_come_back_out_exactly_from_an_a4_page_with_an_embedded_font() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(write(Reports.sample()))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            PDFont font = pdf.getPage(0).getResources().getFont(pdf.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            String text = text(pdf);
            assertThat(text).contains("宜阳县乡镇人大工作统计情况", "统计期间：2024年1月1日至2024年6月30日",
                    "生成时间：2024-07-01 09:30", "一、基本情况", Reports.PARAGRAPH, Reports.SECOND, "表1 分乡镇统计",
                    "第 1 页 / 共 1 页");
            String rows = new PDFTextStripper().getText(pdf);
            assertThat(rows).contains("城关镇 86 3 是").contains("香鹿山镇 71 3 否");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("宜阳县乡镇人大工作统计情况");
        }
    }

    @Test
    void long_paragraphs_wrap_inside_the_margins_and_long_tables_continue_on_new_pages_with_their_header()
            throws IOException {
        String longParagraph = "代表建议办理情况：" + "各乡镇政府把办理代表书面意见列入重要议事日程，明确任务、责任和要求。".repeat(40);
        Report report = new Report("长报告", "", List.of(
                new ReportSection("一、说明", List.of(new ReportBlock.Paragraph(longParagraph))),
                Reports.sample(160).sections().get(1)), Tables.GENERATED, null);

        try (PDDocument pdf = Loader.loadPDF(write(report))) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(4);
            PDFTextStripper stripper = new PDFTextStripper();
            String all = stripper.getText(pdf);
            for (String line : all.split("\r?\n")) {
                assertThat(line.length()).as(line).isLessThanOrEqualTo(45);
            }
            assertThat(text(pdf).replaceAll("第 \\d+ 页 / 共 \\d+ 页", "")).contains(longParagraph);
            stripper.setStartPage(pages);
            stripper.setEndPage(pages);
            String lastPage = stripper.getText(pdf);
            assertThat(lastPage).contains("乡镇 代表人数 视察次数 有专职副主席").contains("乡镇160 220 1 是")
                    .contains("第 " + pages + " 页 / 共 " + pages + " 页");
        }
    }

    @Test
    void without_any_usable_font_it_fails_naming_every_path_tried() {
        PdfReportWriter writer = PdfReportWriter.withFontCandidates(List.of(Path.of("/nonexistent/a.ttc"),
                Path.of("/nonexistent/b.ttf")));

        assertThatThrownBy(() -> writer.write(Reports.sample(), new ByteArrayOutputStream()))
                .isInstanceOf(CjkFontNotFoundException.class)
                .hasMessageContaining("/nonexistent/a.ttc (not found)")
                .hasMessageContaining("/nonexistent/b.ttf (not found)")
                .hasMessageContaining("fonts-wqy-microhei");
    }

    @Test
    void a_font_without_chinese_glyphs_is_skipped_for_the_next_candidate() throws IOException {
        Path latinOnly = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        PdfReportWriter writer = PdfReportWriter.withFontCandidates(List.of(latinOnly, CjkFonts.WQY_MICROHEI));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        writer.write(Reports.sample(), out);

        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(text(pdf)).contains(Reports.PARAGRAPH);
        }
        assertThat(new PdfReportWriter(latinOnly).fontCandidates()).startsWith(latinOnly, CjkFonts.WQY_MICROHEI);
    }

    @Test
    void a_wide_table_gets_a_smaller_font_before_any_header_word_is_split() throws IOException {
        List<String> headers = List.of("Township", "Deputies", "Full-time vice chairs", "Inspections", "Person-times",
                "Suggestions", "Overdue", "Trainings", "Reception days");
        Report report = new Report("Wide", "", List.of(new ReportSection("Table", List.of(new ReportBlock.SimpleTable("",
                headers, List.of(List.of("城关镇", "66", "1", "2", "20", "25", "1", "1", "6")))))), Tables.GENERATED,
                java.util.Locale.ENGLISH);

        try (PDDocument pdf = Loader.loadPDF(write(report))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Inspections", "Person-times", "Suggestions", "城关镇", "Page 1 of 1");
        }
    }

    @Test
    void a_word_wider_than_any_column_is_split_rather_than_lost() throws IOException {
        String word = "x".repeat(300);
        Report report = new Report("长词", "", List.of(new ReportSection("", List.of(new ReportBlock.Paragraph(word),
                new ReportBlock.SimpleTable("", List.of("甲", "乙"), List.of(List.of(word, "1")))))),
                Tables.GENERATED, null);

        try (PDDocument pdf = Loader.loadPDF(write(report))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\r?\\n", "");
            assertThat(text).contains("09:30" + word + "甲");
            assertThat(text.chars().filter(c -> c == 'x').count()).isEqualTo(600);
        }
    }
}
