package cn.renda.reporting.documents;

import java.util.Objects;

/**
 * One column of a {@link Table}: the key its values are found under in each row, and the header shown to people.
 *
 * @param key    the row key, e.g. {@code "deputies"}
 * @param header the header label, e.g. {@code "代表人数"}
 */
public record Column(String key, String header) {
    public Column {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(header, "header");
        if (key.isBlank()) throw new IllegalArgumentException("column key must not be blank");
    }
}
