package cn.renda.devstack.demo;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The deputy list (代表名册) a township fills in after an election, as deputy-service's import template lays it out:
 * one header row with the template's column titles, then one row per deputy, every cell as text.
 */
public final class DeputyListWorkbook {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The template's columns (deputy-service's {@code ImportColumns}), in template order. */
    public static final List<String> COLUMNS = List.of("乡镇代码", "姓名", "性别", "出生年份", "民族", "文化程度", "政治面貌",
            "职业构成", "届次", "是否连任", "是否补选", "选区", "代表小组编号", "当选日期", "手机号码", "身份证号码", "家庭住址");

    private DeputyListWorkbook() {
    }

    /** Rows of column title to cell text; a missing column stays empty. */
    public static byte[] write(List<Map<String, String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("代表名册");
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(COLUMNS.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                Map<String, String> values = rows.get(r);
                for (int c = 0; c < COLUMNS.size(); c++) {
                    String v = values.get(COLUMNS.get(c));
                    if (v != null && !v.isEmpty()) {
                        row.createCell(c).setCellValue(v);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("could not write the deputy list", e);
        }
    }
}
