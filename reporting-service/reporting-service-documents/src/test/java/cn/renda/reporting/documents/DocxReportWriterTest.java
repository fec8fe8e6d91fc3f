package cn.renda.reporting.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

class DocxReportWriterTest {

    private static XWPFDocument writeAndReopen(Report report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxReportWriter().write(report, out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void the_chinese_text_and_figures_come_back_out_exactly() throws IOException {
        try (XWPFDocument doc = writeAndReopen(Reports.sample()); XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            assertThat(text).contains("宜阳县乡镇人大工作统计情况", "统计期间：2024年1月1日至2024年6月30日",
                    "生成时间：2024-07-01 09:30", "一、基本情况", Reports.PARAGRAPH, Reports.SECOND, "二、分乡镇情况",
                    "表1 分乡镇统计");
        }
    }

    @Test
    void headings_are_heading_styles_and_runs_use_songti_for_east_asian_text() throws IOException {
        try (XWPFDocument doc = writeAndReopen(Reports.sample())) {
            XWPFParagraph heading = doc.getParagraphs().stream()
                    .filter(p -> p.getText().equals("一、基本情况")).findFirst().orElseThrow();
            assertThat(heading.getStyle()).isEqualTo("Heading1");
            assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            XWPFParagraph body = doc.getParagraphs().stream()
                    .filter(p -> p.getText().equals(Reports.PARAGRAPH)).findFirst().orElseThrow();
            XWPFRun run = body.getRuns().get(0);
            assertThat(run.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("宋体");
            assertThat(run.getFontFamily(XWPFRun.FontCharRange.ascii)).isEqualTo("Times New Roman");
            assertThat(doc.getProperties().getCoreProperties().getTitle()).isEqualTo("宜阳县乡镇人大工作统计情况");
        }
    }

    @Test
    void tables_have_a_bold_repeating_header_row_and_every_cell() throws IOException {
        try (XWPFDocument doc = writeAndReopen(Reports.sample())) {
            assertThat(doc.getTables()).hasSize(1);
            XWPFTable table = doc.getTables().get(0);
            assertThat(table.getNumberOfRows()).isEqualTo(4);
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getRow(0).getCell(3).getText()).isEqualTo("有专职副主席");
            assertThat(table.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
            assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("城关镇");
            assertThat(table.getRow(1).getCell(1).getText()).isEqualTo("86");
            assertThat(table.getRow(2).getCell(3).getText()).isEqualTo("否");
        }
    }

    @Test
    void a_table_becomes_a_report_with_its_filters() throws IOException {
        try (XWPFDocument doc = writeAndReopen(Report.of(Tables.townships().build()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            assertThat(extractor.getText()).contains("乡镇人大工作统计", "筛选条件：县 410327；乡镇 全部；起 2024-01-01；止 2024-06-30");
            assertThat(doc.getTables().get(0).getRow(1).getCell(2).getText()).isEqualTo("0.372");
        }
    }
}
