package cn.renda.reporting.documents;

import java.util.Objects;

/**
 * One filter that produced a {@link Table}, written into every exported file, e.g. {@code 县 = 410327},
 * {@code 乡镇 = 全部}, {@code 起 = 2024-01-01}.
 *
 * @param label what was filtered, in the reader's language
 * @param value the value chosen, already rendered as text
 */
public record Filter(String label, String value) {
    public Filter {
        Objects.requireNonNull(label, "label");
        value = value == null ? "" : value;
    }
}
