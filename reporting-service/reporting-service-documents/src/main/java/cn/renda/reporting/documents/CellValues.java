package cn.renda.reporting.documents;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The cell values a {@link Table} accepts and how each is shown as text: integers and decimals without grouping
 * separators (1062, not 1,062), dates as {@code 2024-06-30}, date-times as {@code 2024-06-30 17:05}, booleans as 是/否
 * (Yes/No in English), {@code null} as an empty cell.
 */
public final class CellValues {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private CellValues() {
    }

    /** Whether {@code value} is a value a table cell may hold. */
    public static boolean supported(Object value) {
        return value == null || value instanceof CharSequence || isInteger(value) || isDecimal(value)
                || value instanceof LocalDate || value instanceof LocalDateTime || value instanceof OffsetDateTime
                || value instanceof Boolean;
    }

    static boolean isInteger(Object value) {
        return value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger;
    }

    static boolean isDecimal(Object value) {
        return value instanceof BigDecimal || value instanceof Double || value instanceof Float;
    }

    /** The decimal as an exact {@link BigDecimal} (doubles through their shortest decimal form). */
    static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal d) return d;
        if (value instanceof Double d) return BigDecimal.valueOf(d);
        return new BigDecimal(Float.toString((Float) value));
    }

    /** The local date-time a date-time value shows (an offset date-time in its own offset). */
    static LocalDateTime localDateTime(Object value) {
        return value instanceof OffsetDateTime o ? o.toLocalDateTime() : (LocalDateTime) value;
    }

    /** The value as the text a reader sees. */
    public static String text(Object value, Locale locale) {
        if (value == null) return "";
        if (value instanceof CharSequence s) return s.toString();
        if (value instanceof Boolean b) return b ? FixedText.yes(locale) : FixedText.no(locale);
        if (isInteger(value)) return value.toString();
        if (isDecimal(value)) {
            if (value instanceof Double d && (d.isNaN() || d.isInfinite())) return "";
            if (value instanceof Float f && (f.isNaN() || f.isInfinite())) return "";
            return decimal(value).toPlainString();
        }
        if (value instanceof LocalDate d) return DATE.format(d);
        if (value instanceof LocalDateTime || value instanceof OffsetDateTime) return DATE_TIME.format(localDateTime(value));
        throw new IllegalArgumentException("unsupported cell value " + value.getClass().getName());
    }
}
