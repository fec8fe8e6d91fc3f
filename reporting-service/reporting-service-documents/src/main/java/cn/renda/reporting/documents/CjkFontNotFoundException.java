package cn.renda.reporting.documents;

import java.util.List;

/**
 * No font that can show Chinese was found for a PDF. The message names every path tried and why each was not used;
 * install {@code fonts-wqy-microhei} (or configure a TrueType font) to fix it.
 */
public class CjkFontNotFoundException extends IllegalStateException {
    private final List<String> tried;

    public CjkFontNotFoundException(List<String> tried) {
        super("No CJK TrueType font found for the PDF; tried: " + String.join("; ", tried)
                + ". Install fonts-wqy-microhei or configure a .ttf/.ttc font path.");
        this.tried = List.copyOf(tried);
    }

    /** Each path tried, with the reason it was not used. */
    public List<String> tried() {
        return tried;
    }
}
