package cn.renda.reporting.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxTableWriterTest {

    private static XSSFWorkbook writeAndReopen(Table t) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxTableWriter().write(t, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void the_sheet_holds_title_filters_bold_frozen_header_with_auto_filter_and_typed_cells() throws IOException {
        try (XSSFWorkbook wb = writeAndReopen(Tables.townships().build())) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("乡镇人大工作统计");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("乡镇人大工作统计");
            assertThat(text(sheet.getRow(1))).isEqualTo("县=410327");
            assertThat(text(sheet.getRow(2))).isEqualTo("乡镇=全部");
            assertThat(text(sheet.getRow(3))).isEqualTo("起=2024-01-01");
            assertThat(text(sheet.getRow(4))).isEqualTo("止=2024-06-30");
            assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo("生成时间");
            assertThat(sheet.getRow(5).getCell(1).getLocalDateTimeCellValue())
                    .isEqualTo(LocalDateTime.of(2024, 7, 1, 9, 30));
            assertThat(sheet.getRow(6) == null).isTrue();

            XSSFRow header = sheet.getRow(7);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("乡镇");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("代表人数");
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("有专职副主席");
            assertThat(wb.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 8);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A8:E10");

            XSSFRow first = sheet.getRow(8);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("城关镇");
            assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(86.0);
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(0.372);
            assertThat(DateUtil.isCellDateFormatted(first.getCell(3))).isTrue();
            assertThat(first.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 1, 12));
            assertThat(first.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(first.getCell(4).getStringCellValue()).isEqualTo("是");
            assertThat(sheet.getRow(9).getCell(4).getStringCellValue()).isEqualTo("否");
            assertThat(sheet.getColumnWidth(0)).isGreaterThanOrEqualTo(8 * 256);
        }
    }

    @Test
    void a_list_of_twenty_thousand_rows_is_written_whole() throws IOException {
        Table.Builder b = Table.builder("代表名单").filter("县", "410327")
                .column("no", "序号").column("name", "姓名").column("township", "乡镇").column("born", "出生日期");
        for (int i = 1; i <= 20_000; i++) {
            b.row(i, "代表" + i, "乡镇" + (i % 16), LocalDate.of(1960, 1, 1).plusDays(i));
        }
        try (XSSFWorkbook wb = writeAndReopen(b.generatedAt(Tables.GENERATED).build())) {
            XSSFSheet sheet = wb.getSheetAt(0);
            int headerRow = 4;
            assertThat(sheet.getRow(headerRow).getCell(1).getStringCellValue()).isEqualTo("姓名");
            assertThat(sheet.getLastRowNum()).isEqualTo(headerRow + 20_000);
            XSSFRow last = sheet.getRow(headerRow + 20_000);
            assertThat(last.getCell(0).getNumericCellValue()).isEqualTo(20_000.0);
            assertThat(last.getCell(1).getStringCellValue()).isEqualTo("代表20000");
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A5:D20005");
        }
    }

    @Test
    void a_title_excel_refuses_as_a_sheet_name_is_made_safe_and_an_empty_list_still_has_its_header() throws IOException {
        Table t = Table.builder("乡镇/代表[2024]:名单？这是一个超过三十一个字符的非常长的标题文字用于测试")
                .filter("县", "410327").column("name", "姓名").generatedAt(Tables.GENERATED).build();
        try (XSSFWorkbook wb = writeAndReopen(t)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).doesNotContain("/", "[", "]", ":").hasSizeLessThanOrEqualTo(31);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("乡镇/代表[2024]:名单");
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("姓名");
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
        }
    }

    @Test
    void very_large_integers_stay_exact_as_text() throws IOException {
        Table t = Table.builder("t").column("id", "编号").row(Long.MAX_VALUE).generatedAt(Tables.GENERATED).build();
        try (XSSFWorkbook wb = writeAndReopen(t)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo(Long.toString(Long.MAX_VALUE));
        }
    }

    private static String text(XSSFRow row) {
        return row.getCell(0).getStringCellValue() + "=" + row.getCell(1).getStringCellValue();
    }
}
