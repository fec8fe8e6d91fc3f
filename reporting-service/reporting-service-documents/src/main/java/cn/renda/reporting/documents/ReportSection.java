package cn.renda.reporting.documents;

import java.util.List;
import java.util.Objects;

/** A section of a {@link Report}: a heading and its paragraphs and tables in order. */
public record ReportSection(String heading, List<ReportBlock> blocks) {
    public ReportSection {
        Objects.requireNonNull(heading, "heading");
        blocks = List.copyOf(blocks);
    }

    /** A section of paragraphs only. */
    public static ReportSection ofParagraphs(String heading, List<String> paragraphs) {
        return new ReportSection(heading, paragraphs.stream().<ReportBlock>map(ReportBlock.Paragraph::new).toList());
    }
}
