package cn.renda.reporting.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/** Lays a {@link Report} out on A4 pages: wrapping, page breaks, tables, page numbers. One use per document. */
final class PdfLayout {
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN_X = 62;
    private static final float MARGIN_TOP = 66;
    private static final float MARGIN_BOTTOM = 66;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN_X;
    private static final float TITLE = 18;
    private static final float SUBTITLE = 13;
    private static final float SMALL = 9.5f;
    private static final float HEADING = 14;
    private static final float BODY = 11.5f;
    private static final float CELL = 9.5f;
    private static final float MIN_CELL = 7f;
    private static final float CELL_PAD = 4;
    private static final String NO_LINE_START = "，。、；：！？）》」』”’〕】…,.;:!?)]}%";

    private final PDDocument doc;
    private final PDType0Font font;
    private final Locale locale;
    private final Map<Integer, Float> unitWidths = new HashMap<>();
    private final Map<Integer, String> replacements = new HashMap<>();
    private PDPageContentStream cs;
    private float y;
    /** The font size of the table being drawn: {@link #CELL}, smaller when its words would not fit otherwise. */
    private float cell = CELL;

    PdfLayout(PDDocument doc, PDType0Font font, Locale locale) {
        this.doc = doc;
        this.font = font;
        this.locale = locale;
    }

    void render(Report report) throws IOException {
        newPage();
        try {
            for (String line : wrap(report.title(), TITLE, WIDTH, 0)) centred(line, TITLE, true, 1.5f);
            if (!report.subtitle().isEmpty()) {
                for (String line : wrap(report.subtitle(), SUBTITLE, WIDTH, 0)) centred(line, SUBTITLE, false, 1.5f);
            }
            centred(FixedText.generated(locale) + (FixedText.english(locale) ? ": " : "：")
                    + CellValues.text(report.generatedAt(), locale), SMALL, false, 1.6f);
            y -= BODY;
            for (ReportSection section : report.sections()) {
                if (!section.heading().isEmpty()) {
                    List<String> lines = wrap(section.heading(), HEADING, WIDTH, 0);
                    ensure(lines.size() * HEADING * 1.6f + 2 * BODY * 1.7f);
                    y -= HEADING * 0.4f;
                    for (String line : lines) left(line, HEADING, MARGIN_X, true, 1.6f);
                }
                for (ReportBlock block : section.blocks()) {
                    if (block instanceof ReportBlock.Paragraph p) paragraph(p.text());
                    else if (block instanceof ReportBlock.SimpleTable t) table(t);
                }
            }
        } finally {
            cs.close();
        }
        numberPages();
    }

    private void paragraph(String text) throws IOException {
        float indent = FixedText.english(locale) ? 0 : 2 * BODY;
        List<String> lines = wrap(text, BODY, WIDTH, indent);
        for (int i = 0; i < lines.size(); i++) {
            ensure(BODY * 1.7f);
            left(lines.get(i), BODY, MARGIN_X + (i == 0 ? indent : 0), false, 1.7f);
        }
        y -= BODY * 0.5f;
    }

    private void table(ReportBlock.SimpleTable t) throws IOException {
        if (!t.caption().isEmpty()) {
            List<String> lines = wrap(t.caption(), BODY, WIDTH, 0);
            ensure(lines.size() * BODY * 1.6f + 2 * (cell * 1.4f + 2 * CELL_PAD));
            for (String line : lines) centred(line, BODY, true, 1.6f);
        }
        cell = CELL;
        float[] widths = columnWidths(t);
        while (widths == null) {
            cell -= 0.5f;
            widths = columnWidths(t);
        }
        List<List<String>> header = cells(t.headers(), widths);
        drawRow(header, widths, true, null);
        for (List<String> row : t.rows()) drawRow(cells(row, widths), widths, false, header);
        y -= BODY;
    }

    private List<List<String>> cells(List<String> texts, float[] widths) throws IOException {
        List<List<String>> cells = new ArrayList<>(texts.size());
        for (int c = 0; c < texts.size(); c++) cells.add(wrap(texts.get(c), cell, widths[c] - 2 * CELL_PAD, 0));
        return cells;
    }

    /** Draws one row, splitting it over pages only when it is taller than a whole page; repeats the header. */
    private void drawRow(List<List<String>> cells, float[] widths, boolean isHeader, List<List<String>> header)
            throws IOException {
        float leading = cell * 1.4f;
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        float height = lines * leading + 2 * CELL_PAD;
        float pageRoom = PAGE.getHeight() - MARGIN_TOP - MARGIN_BOTTOM;
        if (y - height < MARGIN_BOTTOM && height <= pageRoom - (header == null ? 0 : rowHeight(header))) {
            newPage();
            if (header != null) drawRow(header, widths, true, null);
        }
        int from = 0;
        while (from < lines) {
            int fit = (int) Math.floor((y - MARGIN_BOTTOM - 2 * CELL_PAD) / leading);
            if (fit < 1) {
                newPage();
                if (header != null) drawRow(header, widths, true, null);
                continue;
            }
            int to = Math.min(lines, from + fit);
            float h = (to - from) * leading + 2 * CELL_PAD;
            float x = MARGIN_X;
            for (int c = 0; c < cells.size(); c++) {
                if (isHeader) {
                    cs.setNonStrokingColor(0.9f);
                    cs.addRect(x, y - h, widths[c], h);
                    cs.fill();
                    cs.setNonStrokingColor(0f);
                }
                cs.setLineWidth(0.5f);
                cs.addRect(x, y - h, widths[c], h);
                cs.stroke();
                List<String> cellLines = cells.get(c);
                for (int i = from; i < Math.min(to, cellLines.size()); i++) {
                    float baseline = y - CELL_PAD - (i - from) * leading - cell;
                    float tx = isHeader ? x + (widths[c] - textWidth(cellLines.get(i), cell)) / 2 : x + CELL_PAD;
                    show(cellLines.get(i), cell, tx, baseline, isHeader);
                }
                x += widths[c];
            }
            y -= h;
            from = to;
        }
    }

    private float rowHeight(List<List<String>> cells) {
        return cells.stream().mapToInt(List::size).max().orElse(1) * cell * 1.4f + 2 * CELL_PAD;
    }

    /**
     * Natural widths (the longest line of each column) when they fit, stretched to the full width. Otherwise every
     * column first gets its longest unbreakable piece (a word, a number) and the rest of the width goes to the
     * columns that still need it, the narrowest needs first. When even the words do not fit, {@code null} asks for a
     * smaller font; at the smallest size words are split.
     */
    private float[] columnWidths(ReportBlock.SimpleTable t) throws IOException {
        int n = t.headers().size();
        float pad = 2 * CELL_PAD + 1;
        float[] natural = new float[n];
        float[] words = new float[n];
        for (int c = 0; c < n; c++) {
            List<String> texts = new ArrayList<>();
            texts.add(t.headers().get(c));
            for (List<String> row : t.rows()) texts.add(row.get(c));
            float w = 0;
            float word = 0;
            for (String text : texts) {
                for (String line : text.split("\r?\n", -1)) {
                    String shown = safe(line);
                    w = Math.max(w, textWidth(shown, cell));
                    for (String unit : units(shown)) word = Math.max(word, textWidth(unit, cell));
                }
            }
            natural[c] = Math.max(2 * cell, w) + pad;
            words[c] = Math.max(2 * cell, word) + pad;
        }
        float total = sum(natural);
        float[] widths = new float[n];
        if (total <= WIDTH) {
            for (int c = 0; c < n; c++) widths[c] = natural[c] * WIDTH / total;
            return widths;
        }
        if (sum(words) > WIDTH && cell > MIN_CELL) return null;
        float[] base = sum(words) <= WIDTH ? words : new float[n];
        float[] need = new float[n];
        for (int c = 0; c < n; c++) need[c] = natural[c] - base[c];
        Integer[] order = new Integer[n];
        for (int c = 0; c < n; c++) order[c] = c;
        java.util.Arrays.sort(order, (a, b) -> Float.compare(need[a], need[b]));
        float left = WIDTH - sum(base);
        for (int i = 0; i < n; i++) {
            int c = order[i];
            float extra = Math.min(need[c], left / (n - i));
            widths[c] = base[c] + extra;
            left -= extra;
        }
        return widths;
    }

    private static float sum(float[] values) {
        float s = 0;
        for (float v : values) s += v;
        return s;
    }

    private void ensure(float height) throws IOException {
        if (y - height < MARGIN_BOTTOM) newPage();
    }

    private void newPage() throws IOException {
        if (cs != null) cs.close();
        PDPage page = new PDPage(PAGE);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = PAGE.getHeight() - MARGIN_TOP;
    }

    private void centred(String line, float size, boolean bold, float leading) throws IOException {
        ensure(size * leading);
        float x = MARGIN_X + (WIDTH - textWidth(line, size)) / 2;
        left(line, size, x, bold, leading);
    }

    private void left(String line, float size, float x, boolean bold, float leading) throws IOException {
        y -= size * leading;
        show(line, size, x, y + size * (leading - 1) / 2, bold);
    }

    private void show(String text, float size, float x, float baseline, boolean bold) throws IOException {
        if (text.isEmpty()) return;
        cs.beginText();
        cs.setFont(font, size);
        if (bold) {
            cs.setRenderingMode(RenderingMode.FILL_STROKE);
            cs.setLineWidth(size / 30);
        }
        cs.newLineAtOffset(x, baseline);
        cs.showText(text);
        if (bold) cs.setRenderingMode(RenderingMode.FILL);
        cs.endText();
    }

    private void numberPages() throws IOException {
        int pages = doc.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            PDPage page = doc.getPage(i);
            try (PDPageContentStream footer = new PDPageContentStream(doc, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                String text = safe(FixedText.page(locale, i + 1, pages));
                footer.beginText();
                footer.setFont(font, SMALL);
                footer.newLineAtOffset(MARGIN_X + (WIDTH - textWidth(text, SMALL)) / 2, MARGIN_BOTTOM / 2);
                footer.showText(text);
                footer.endText();
            }
        }
    }

    /**
     * Breaks {@code text} into lines no wider than {@code width} (the first line {@code firstIndent} narrower). Hard
     * line breaks are kept; a line breaks between CJK characters or at spaces, never inside a Latin word unless the
     * word alone is too wide; a closing punctuation mark stays on the line before. Characters the font cannot show
     * become "?".
     */
    List<String> wrap(String text, float size, float width, float firstIndent) throws IOException {
        List<String> lines = new ArrayList<>();
        float limit = width - firstIndent;
        for (String hard : text.split("\r?\n", -1)) {
            StringBuilder line = new StringBuilder();
            float used = 0;
            for (String unit : units(safe(hard))) {
                float w = textWidth(unit, size);
                if (used + w > limit && line.length() > 0) {
                    lines.add(line.toString().stripTrailing());
                    line.setLength(0);
                    used = 0;
                    limit = width;
                    if (unit.isBlank()) continue;
                }
                if (w > limit) {
                    for (int i = 0; i < unit.length(); ) {
                        int cp = unit.codePointAt(i);
                        i += Character.charCount(cp);
                        float cw = unitWidth(cp) * size;
                        if (used + cw > limit && line.length() > 0) {
                            lines.add(line.toString());
                            line.setLength(0);
                            used = 0;
                            limit = width;
                        }
                        line.appendCodePoint(cp);
                        used += cw;
                    }
                } else {
                    line.append(unit);
                    used += w;
                }
            }
            lines.add(line.toString().stripTrailing());
            limit = width;
        }
        return lines;
    }

    /**
     * The pieces a line may break between: each CJK character, each run of other non-space characters (a Latin word
     * or a number), each space; closing punctuation sticks to the piece before it.
     */
    private static List<String> units(String s) {
        List<String> units = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (NO_LINE_START.indexOf(cp) >= 0) {
                if (word.length() > 0) word.appendCodePoint(cp);
                else if (!units.isEmpty() && !units.get(units.size() - 1).isBlank()) {
                    units.set(units.size() - 1, units.get(units.size() - 1) + new String(Character.toChars(cp)));
                } else units.add(new String(Character.toChars(cp)));
            } else if (cp == ' ' || isCjk(cp)) {
                if (word.length() > 0) {
                    units.add(word.toString());
                    word.setLength(0);
                }
                units.add(new String(Character.toChars(cp)));
            } else {
                word.appendCodePoint(cp);
            }
        }
        if (word.length() > 0) units.add(word.toString());
        return units;
    }

    private static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
    }

    float textWidth(String s, float size) throws IOException {
        float w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += unitWidth(cp);
            i += Character.charCount(cp);
        }
        return w * size;
    }

    private float unitWidth(int cp) throws IOException {
        Float w = unitWidths.get(cp);
        if (w == null) {
            w = font.getStringWidth(replacement(cp)) / 1000f;
            unitWidths.put(cp, w);
        }
        return w;
    }

    /** The text with tabs as spaces, other control characters dropped, and glyphs the font lacks as "?". */
    String safe(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t') sb.append(' ');
            else if (!Character.isISOControl(cp)) sb.append(replacement(cp));
        }
        return sb.toString();
    }

    private String replacement(int cp) {
        return replacements.computeIfAbsent(cp, c -> {
            String s = new String(Character.toChars(c));
            try {
                font.encode(s);
                return s;
            } catch (IllegalArgumentException | IOException e) {
                return "?";
            }
        });
    }
}
