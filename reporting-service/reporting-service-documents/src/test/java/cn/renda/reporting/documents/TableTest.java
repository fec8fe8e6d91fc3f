package cn.renda.reporting.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class TableTest {

    @Test
    void a_value_for_an_unknown_column_is_refused() {
        assertThatThrownBy(() -> Table.builder("t").column("a", "A").row(Map.of("b", 1))
                .generatedAt(Tables.GENERATED).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown column b");
    }

    @Test
    void an_unsupported_value_type_is_refused() {
        assertThatThrownBy(() -> Table.builder("t").column("a", "A").row(new Object())
                .generatedAt(Tables.GENERATED).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unsupported value type");
    }

    @Test
    void numbers_are_shown_without_grouping_and_booleans_as_shi_and_fou() {
        assertThat(CellValues.text(1062, null)).isEqualTo("1062");
        assertThat(CellValues.text(1062.5, null)).isEqualTo("1062.5");
        assertThat(CellValues.text(true, null)).isEqualTo("是");
        assertThat(CellValues.text(false, null)).isEqualTo("否");
    }
}
