package cn.renda.reporting.documents;

import java.util.List;
import java.util.Objects;

/** What a {@link ReportSection} holds, in reading order: paragraphs and simple tables. */
public sealed interface ReportBlock permits ReportBlock.Paragraph, ReportBlock.SimpleTable {

    /** A paragraph of running text; the writers wrap it to the page width. */
    record Paragraph(String text) implements ReportBlock {
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A table of text cells with a header row; every row has as many cells as there are headers.
     *
     * @param caption shown above the table, may be empty
     */
    record SimpleTable(String caption, List<String> headers, List<List<String>> rows) implements ReportBlock {
        public SimpleTable {
            caption = caption == null ? "" : caption;
            headers = List.copyOf(headers);
            if (headers.isEmpty()) throw new IllegalArgumentException("a table needs at least one header");
            rows = rows.stream().map(r -> r.stream().map(c -> c == null ? "" : c).toList()).toList();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).size() != headers.size()) {
                    throw new IllegalArgumentException("row " + (i + 1) + " has " + rows.get(i).size()
                            + " cells for " + headers.size() + " headers");
                }
            }
        }
    }
}
