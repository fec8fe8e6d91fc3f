package cn.renda.devstack.demo;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class DeputyListWorkbookTest {

    @Test
    void the_list_has_the_templates_header_and_one_text_row_per_deputy() throws Exception {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("乡镇代码", "410327100");
        row.put("姓名", "王建华");
        row.put("出生年份", "1972");
        row.put("身份证号码", "41032719720101001X");
        byte[] xlsx = DeputyListWorkbook.write(List.of(row, Map.of("姓名", "李秀英")));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(f.formatCellValue(c)));
            assertThat(header).isEqualTo(DeputyListWorkbook.COLUMNS);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            Row first = sheet.getRow(1);
            assertThat(f.formatCellValue(first.getCell(0))).isEqualTo("410327100");
            assertThat(f.formatCellValue(first.getCell(3))).isEqualTo("1972");
            assertThat(f.formatCellValue(first.getCell(DeputyListWorkbook.COLUMNS.indexOf("身份证号码"))))
                    .isEqualTo("41032719720101001X");
            assertThat(first.getCell(DeputyListWorkbook.COLUMNS.indexOf("家庭住址"))).isNull();
            assertThat(f.formatCellValue(sheet.getRow(2).getCell(1))).isEqualTo("李秀英");
        }
    }

    @Test
    void id_card_check_characters_follow_gb_11643() {
        assertThat(DeputiesDemo.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(DeputiesDemo.checkCharacter("44052418800101001")).isEqualTo('4');
    }

    @Test
    void a_total_splits_into_parts_that_sum_to_it_exactly() {
        Random random = new Random(1);
        for (int[] c : new int[][]{{1062, 16}, {336, 27}, {945, 21}, {48, 6}, {130, 4}, {395, 16}, {7, 7}}) {
            int[] sizes = DeputiesDemo.split(c[0], c[1], random);
            assertThat(sizes).hasSize(c[1]);
            int sum = 0;
            for (int s : sizes) {
                assertThat(s).isPositive().isBetween(c[0] / c[1] - 13, c[0] / c[1] + 13);
                sum += s;
            }
            assertThat(sum).isEqualTo(c[0]);
        }
    }
}
