package cn.renda.reporting.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An Excel workbook with one sheet, streamed (SXSSF) so long lists stay small in memory. Layout: the title in the
 * first row, then one row per filter (label, value) and the generation time, a blank row, the bold header row with
 * the pane frozen below it and an auto-filter on it, then the rows. Integers and decimals are numeric cells, dates
 * and date-times are date cells with a {@code yyyy-mm-dd} / {@code yyyy-mm-dd hh:mm} format, booleans 是/否 text.
 * Column widths follow the longest value (CJK characters counted double), capped at 60 characters.
 */
public final class XlsxTableWriter implements TableWriter {
    /** Excel holds at most this many characters in a cell. */
    static final int MAX_CELL_TEXT = 32_767;
    /** Integers beyond this lose digits as a double; they are written as text. */
    private static final long EXACT_DOUBLE = 1L << 53;
    private static final int MAX_WIDTH_CHARS = 60;

    @Override
    public DocumentFormat format() {
        return DocumentFormat.XLSX;
    }

    @Override
    public void write(Table table, OutputStream out) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        try {
            wb.setCompressTempFiles(true);
            Styles s = new Styles(wb);
            SXSSFSheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
            int n = table.columns().size();
            int[] widths = new int[Math.max(n, 2)];

            int r = 0;
            Row titleRow = sheet.createRow(r++);
            text(titleRow.createCell(0), table.title(), s.title);
            for (Filter f : table.filters()) {
                Row row = sheet.createRow(r++);
                text(row.createCell(0), f.label(), s.label);
                text(row.createCell(1), f.value(), null);
                widen(widths, 0, f.label());
                widen(widths, 1, f.value());
            }
            Row generated = sheet.createRow(r++);
            String generatedLabel = FixedText.generated(table.locale());
            text(generated.createCell(0), generatedLabel, s.label);
            Cell when = generated.createCell(1);
            when.setCellValue(table.generatedAt().toLocalDateTime());
            when.setCellStyle(s.dateTime);
            widen(widths, 0, generatedLabel);
            widen(widths, 1, "yyyy-mm-dd hh:mm");
            r++;

            int headerRowIndex = r++;
            Row header = sheet.createRow(headerRowIndex);
            for (int c = 0; c < n; c++) {
                String h = table.columns().get(c).header();
                text(header.createCell(c), h, s.header);
                widen(widths, c, h);
            }
            for (int i = 0; i < table.rows().size(); i++) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < n; c++) {
                    Object v = table.value(i, table.columns().get(c));
                    if (v == null) continue;
                    cell(row.createCell(c), v, table, s);
                    widen(widths, c, CellValues.text(v, table.locale()));
                }
            }
            sheet.createFreezePane(0, headerRowIndex + 1);
            int lastRow = Math.max(headerRowIndex, r - 1);
            sheet.setAutoFilter(new CellRangeAddress(headerRowIndex, lastRow, 0, n - 1));
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, Math.min(MAX_WIDTH_CHARS, Math.max(8, widths[c] + 2)) * 256);
            }
            wb.write(out);
            out.flush();
        } finally {
            wb.close();
        }
    }

    private static void cell(Cell cell, Object v, Table table, Styles s) {
        if (CellValues.isInteger(v)) {
            BigInteger big = v instanceof BigInteger b ? b : BigInteger.valueOf(((Number) v).longValue());
            if (big.abs().compareTo(BigInteger.valueOf(EXACT_DOUBLE)) > 0) {
                text(cell, big.toString(), null);
            } else {
                cell.setCellValue(big.doubleValue());
                cell.setCellStyle(s.integer);
            }
        } else if (CellValues.isDecimal(v)) {
            String shown = CellValues.text(v, table.locale());
            if (shown.isEmpty()) return;
            BigDecimal d = CellValues.decimal(v);
            cell.setCellValue(d.doubleValue());
            cell.setCellStyle(s.decimal);
        } else if (v instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(s.date);
        } else if (v instanceof Boolean || v instanceof CharSequence) {
            text(cell, CellValues.text(v, table.locale()), null);
        } else {
            cell.setCellValue(CellValues.localDateTime(v));
            cell.setCellStyle(s.dateTime);
        }
    }

    private static void text(Cell cell, String text, CellStyle style) {
        cell.setCellValue(text.length() > MAX_CELL_TEXT ? text.substring(0, MAX_CELL_TEXT - 1) + "…" : text);
        if (style != null) cell.setCellStyle(style);
    }

    private static void widen(int[] widths, int column, String text) {
        if (column >= widths.length) return;
        int w = 0;
        for (int i = 0; i < text.length() && w <= MAX_WIDTH_CHARS; i++) {
            char ch = text.charAt(i);
            w += ch < 0x1100 ? 1 : 2;
        }
        widths[column] = Math.max(widths[column], w);
    }

    /** The few cell styles of a sheet, created once (a workbook holds at most 64,000 styles). */
    private static final class Styles {
        final CellStyle title;
        final CellStyle label;
        final CellStyle header;
        final CellStyle integer;
        final CellStyle decimal;
        final CellStyle date;
        final CellStyle dateTime;

        Styles(SXSSFWorkbook wb) {
            CreationHelper helper = wb.getCreationHelper();
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = wb.createCellStyle();
            title.setFont(big);
            Font bold = wb.createFont();
            bold.setBold(true);
            label = wb.createCellStyle();
            label.setFont(bold);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setBorderBottom(org.apache.poi.ss.usermodel.BorderStyle.THIN);
            integer = wb.createCellStyle();
            integer.setDataFormat(helper.createDataFormat().getFormat("0"));
            decimal = wb.createCellStyle();
            decimal.setDataFormat(helper.createDataFormat().getFormat("General"));
            date = wb.createCellStyle();
            date.setDataFormat(helper.createDataFormat().getFormat("yyyy-mm-dd"));
            dateTime = wb.createCellStyle();
            dateTime.setDataFormat(helper.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        }
    }
}
