package cn.renda.reporting.documents;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a {@link Table} to a stream as one file format. The stream is flushed, not closed. */
public interface TableWriter {

    /** The format this writer produces. */
    DocumentFormat format();

    void write(Table table, OutputStream out) throws IOException;

    /** The writer for {@link DocumentFormat#CSV} or {@link DocumentFormat#XLSX}. */
    static TableWriter of(DocumentFormat format) {
        return switch (format) {
            case CSV -> new CsvTableWriter();
            case XLSX -> new XlsxTableWriter();
            default -> throw new IllegalArgumentException(format + " is a report format; use Report.of(table)");
        };
    }
}
