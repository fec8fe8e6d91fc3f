package cn.renda.reporting.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class CsvTableWriterTest {

    private static byte[] write(Table t) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvTableWriter().write(t, out);
        return out.toByteArray();
    }

    @Test
    void starts_with_a_utf8_byte_order_mark_then_title_filters_generation_time_blank_line_header_and_rows() throws IOException {
        byte[] bytes = write(Tables.townships().build());

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo(String.join("\r\n",
                "乡镇人大工作统计",
                "筛选条件,县,410327",
                "筛选条件,乡镇,全部",
                "筛选条件,起,2024-01-01",
                "筛选条件,止,2024-06-30",
                "生成时间,2024-07-01 09:30",
                "",
                "乡镇,代表人数,干部代表占比,最近一次人代会,有专职副主席",
                "城关镇,86,0.372,2024-01-12,是",
                "香鹿山镇,71,0.45,2024-01-15,否",
                ""));
    }

    @Test
    void quotes_fields_with_commas_quotes_and_line_breaks_and_doubles_the_quotes() throws IOException {
        Table t = Table.builder("建议, 列表")
                .filter("标题含", "路,桥")
                .column("title", "标题").column("note", "备注").column("count", "件数")
                .row("关于修建\"村村通\"道路的建议", "第一行\n第二行", 3)
                .row("普通标题", "回车\r\n换行", null)
                .generatedAt(Tables.GENERATED)
                .build();

        String text = new String(write(t), StandardCharsets.UTF_8).substring(1);

        assertThat(text).startsWith("\"建议, 列表\"\r\n筛选条件,标题含,\"路,桥\"\r\n");
        assertThat(text).contains("\r\n\"关于修建\"\"村村通\"\"道路的建议\",\"第一行\n第二行\",3\r\n");
        assertThat(text).contains("\r\n普通标题,\"回车\r\n换行\",\r\n");
    }

    @Test
    void text_that_a_spreadsheet_would_run_as_a_formula_is_defused_but_numbers_are_not() throws IOException {
        Table t = Table.builder("t").column("a", "A").column("b", "B")
                .row("=HYPERLINK(\"http://x\")", -5)
                .generatedAt(Tables.GENERATED).build();

        String text = new String(write(t), StandardCharsets.UTF_8);

        assertThat(text).contains("\r\n\"'=HYPERLINK(\"\"http://x\"\")\",-5\r\n");
    }

    @Test
    void english_locale_uses_english_fixed_words() throws IOException {
        String text = new String(write(Tables.townships().locale(Locale.ENGLISH).build()), StandardCharsets.UTF_8);

        assertThat(text).contains("\r\nFilters,县,410327\r\n").contains("\r\nGenerated,2024-07-01 09:30\r\n")
                .contains("城关镇,86,0.372,2024-01-12,Yes\r\n");
    }
}
