package cn.renda.reporting.documents;

import java.util.Locale;

/**
 * The file formats the writers produce, with the media type and file extension a download needs. Tables export as
 * {@link #CSV} or {@link #XLSX}; reports as {@link #DOCX} or {@link #PDF} (a table becomes a report with
 * {@link Report#of(Table)}).
 */
public enum DocumentFormat {
    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    PDF("application/pdf", "pdf");

    private final String mediaType;
    private final String extension;

    DocumentFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format named by a request parameter such as {@code format=xlsx} (any case); empty name is an error. */
    public static DocumentFormat fromParameter(String name) {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("no format given");
        for (DocumentFormat f : values()) {
            if (f.extension.equals(name.trim().toLowerCase(Locale.ROOT))) return f;
        }
        throw new IllegalArgumentException("unknown format " + name + " (csv, xlsx, docx or pdf)");
    }
}
