package cn.renda.reporting.documents;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Any list or dashboard ready to be exported: a title, the filters that produced it (in order), the columns, the rows
 * (one map per row from column key to value; a missing key is an empty cell), when it was generated and the locale of
 * the fixed words. Values must satisfy {@link CellValues#supported(Object)}: text, integers, decimals, dates,
 * date-times and booleans.
 *
 * <pre>{@code
 * Table t = Table.builder("乡镇代表视察统计")
 *         .filter("县", "410327").filter("起", "2024-01-01").filter("止", "2024-06-30")
 *         .column("township", "乡镇").column("inspections", "视察次数")
 *         .row("城关镇", 3)                       // positional, in column order
 *         .row(Map.of("township", "香鹿山镇", "inspections", 3))
 *         .generatedAt(OffsetDateTime.now(ZoneId.of("Asia/Shanghai")))
 *         .build();
 * }</pre>
 */
public record Table(String title, List<Filter> filters, List<Column> columns, List<Map<String, Object>> rows,
                    OffsetDateTime generatedAt, Locale locale) {

    public Table {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(generatedAt, "generatedAt");
        locale = locale == null ? Locale.SIMPLIFIED_CHINESE : locale;
        filters = List.copyOf(filters);
        columns = List.copyOf(columns);
        if (columns.isEmpty()) throw new IllegalArgumentException("a table needs at least one column");
        Set<String> keys = new HashSet<>();
        for (Column c : columns) {
            if (!keys.add(c.key())) throw new IllegalArgumentException("duplicate column key " + c.key());
        }
        List<Map<String, Object>> copied = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> row = rows.get(i);
            for (Map.Entry<String, Object> e : row.entrySet()) {
                if (!keys.contains(e.getKey())) {
                    throw new IllegalArgumentException("row " + (i + 1) + " has a value for unknown column " + e.getKey());
                }
                if (!CellValues.supported(e.getValue())) {
                    throw new IllegalArgumentException("row " + (i + 1) + ", column " + e.getKey()
                            + ": unsupported value type " + e.getValue().getClass().getName());
                }
            }
            copied.add(Collections.unmodifiableMap(new LinkedHashMap<>(row)));
        }
        rows = Collections.unmodifiableList(copied);
    }

    /** The value of {@code column} in row {@code row} (0-based), {@code null} when absent. */
    public Object value(int row, Column column) {
        return rows.get(row).get(column.key());
    }

    /** Starts a table with the given title, the Chinese locale and no filters, columns or rows. */
    public static Builder builder(String title) {
        return new Builder(title);
    }

    /** Collects the parts of a {@link Table}; {@link #build()} checks them. */
    public static final class Builder {
        private final String title;
        private final List<Filter> filters = new ArrayList<>();
        private final List<Column> columns = new ArrayList<>();
        private final List<Map<String, Object>> rows = new ArrayList<>();
        private OffsetDateTime generatedAt;
        private Locale locale = Locale.SIMPLIFIED_CHINESE;

        private Builder(String title) {
            this.title = title;
        }

        public Builder filter(String label, String value) {
            filters.add(new Filter(label, value));
            return this;
        }

        public Builder column(String key, String header) {
            columns.add(new Column(key, header));
            return this;
        }

        /** Adds a row given as column key to value. */
        public Builder row(Map<String, ?> values) {
            rows.add(new LinkedHashMap<>(values));
            return this;
        }

        /** Adds a row given positionally, in the order of the columns declared so far. */
        public Builder row(Object... values) {
            if (values.length > columns.size()) {
                throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns");
            }
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < values.length; i++) row.put(columns.get(i).key(), values[i]);
            rows.add(row);
            return this;
        }

        public Builder generatedAt(OffsetDateTime generatedAt) {
            this.generatedAt = generatedAt;
            return this;
        }

        public Builder locale(Locale locale) {
            this.locale = locale;
            return this;
        }

        public Table build() {
            return new Table(title, filters, columns, rows, generatedAt, locale);
        }
    }
}
