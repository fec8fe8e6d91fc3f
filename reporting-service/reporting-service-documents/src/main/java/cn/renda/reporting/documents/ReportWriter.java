package cn.renda.reporting.documents;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a {@link Report} to a stream as one file format. The stream is flushed, not closed. */
public interface ReportWriter {

    /** The format this writer produces. */
    DocumentFormat format();

    void write(Report report, OutputStream out) throws IOException;
}
