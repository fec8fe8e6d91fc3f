package cn.renda.reporting.documents;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV as RFC 4180 describes it (CRLF line ends, fields with a comma, quote, CR or LF in double quotes, quotes
 * doubled), UTF-8 with a byte order mark so Excel reads Chinese correctly. Layout: the title, one line per filter
 * ({@code 筛选条件,县,410327}), the generation time ({@code 生成时间,2024-07-01 09:30}), a blank line, the header, the
 * rows. Text that starts with {@code = + - @} gets a leading apostrophe so a spreadsheet does not run it as a formula;
 * numbers are written as they are.
 */
public final class CsvTableWriter implements TableWriter {
    private static final String CRLF = "\r\n";

    @Override
    public DocumentFormat format() {
        return DocumentFormat.CSV;
    }

    @Override
    public void write(Table table, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        w.write('\uFEFF');
        line(w, List.of(table.title()));
        for (Filter f : table.filters()) line(w, List.of(FixedText.filters(table.locale()), f.label(), f.value()));
        line(w, List.of(FixedText.generated(table.locale()),
                CellValues.text(table.generatedAt(), table.locale())));
        w.write(CRLF);
        List<String> header = new ArrayList<>(table.columns().size());
        for (Column c : table.columns()) header.add(c.header());
        line(w, header);
        List<String> fields = new ArrayList<>(table.columns().size());
        for (int r = 0; r < table.rows().size(); r++) {
            fields.clear();
            for (Column c : table.columns()) {
                Object v = table.value(r, c);
                String text = CellValues.text(v, table.locale());
                fields.add(v instanceof CharSequence ? defuse(text) : text);
            }
            line(w, fields);
        }
        w.flush();
    }

    private static void line(Writer w, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) w.write(',');
            w.write(quote(fields.get(i)));
        }
        w.write(CRLF);
    }

    /** One field as RFC 4180 wants it. */
    static String quote(String field) {
        boolean needs = false;
        for (int i = 0; i < field.length() && !needs; i++) {
            char c = field.charAt(i);
            needs = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }

    /** Text a spreadsheet would take for a formula gets a leading apostrophe. */
    static String defuse(String text) {
        if (text.isEmpty()) return text;
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + text : text;
    }
}
