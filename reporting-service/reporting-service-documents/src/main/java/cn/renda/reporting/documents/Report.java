package cn.renda.reporting.documents;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A generated document: title, subtitle (may be empty), sections, the generation time and the locale of the fixed
 * words. {@link DocxReportWriter} and {@link PdfReportWriter} write it; {@link ResearchReportComposer} makes one from
 * a county's figures, {@link #of(Table)} from any list or dashboard.
 */
public record Report(String title, String subtitle, List<ReportSection> sections, OffsetDateTime generatedAt,
                     Locale locale) {
    public Report {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(generatedAt, "generatedAt");
        subtitle = subtitle == null ? "" : subtitle;
        sections = List.copyOf(sections);
        locale = locale == null ? Locale.SIMPLIFIED_CHINESE : locale;
    }

    /**
     * A table as a report, for {@code format=docx|pdf} on a list or dashboard: one section listing the filters as a
     * paragraph ({@code 筛选条件：县 410327；乡镇 全部}) followed by the table, values as {@link CellValues#text} shows them.
     */
    public static Report of(Table table) {
        Locale locale = table.locale();
        boolean english = FixedText.english(locale);
        List<ReportBlock> blocks = new ArrayList<>();
        if (!table.filters().isEmpty()) {
            StringBuilder sb = new StringBuilder(FixedText.filters(locale)).append(english ? ": " : "：");
            for (int i = 0; i < table.filters().size(); i++) {
                Filter f = table.filters().get(i);
                if (i > 0) sb.append(english ? "; " : "；");
                sb.append(f.label()).append(' ').append(f.value());
            }
            blocks.add(new ReportBlock.Paragraph(sb.toString()));
        }
        List<String> headers = table.columns().stream().map(Column::header).toList();
        List<List<String>> rows = new ArrayList<>(table.rows().size());
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = new ArrayList<>(headers.size());
            for (Column c : table.columns()) row.add(CellValues.text(table.value(r, c), locale));
            rows.add(row);
        }
        if (rows.isEmpty()) blocks.add(new ReportBlock.Paragraph(FixedText.noRows(locale)));
        blocks.add(new ReportBlock.SimpleTable("", headers, rows));
        return new Report(table.title(), "", List.of(new ReportSection("", blocks)), table.generatedAt(), locale);
    }
}
