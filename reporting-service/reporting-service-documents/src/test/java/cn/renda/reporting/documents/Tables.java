package cn.renda.reporting.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Sample tables for the writer tests. */
final class Tables {
    static final OffsetDateTime GENERATED = OffsetDateTime.of(2024, 7, 1, 9, 30, 0, 0, ZoneOffset.ofHours(8));

    private Tables() {
    }

    static Table.Builder townships() {
        return Table.builder("乡镇人大工作统计")
                .filter("县", "410327")
                .filter("乡镇", "全部")
                .filter("起", "2024-01-01")
                .filter("止", "2024-06-30")
                .column("township", "乡镇")
                .column("deputies", "代表人数")
                .column("cadreShare", "干部代表占比")
                .column("lastSession", "最近一次人代会")
                .column("fullTime", "有专职副主席")
                .row("城关镇", 86, new BigDecimal("0.372"), LocalDate.of(2024, 1, 12), true)
                .row("香鹿山镇", 71, 0.45, LocalDate.of(2024, 1, 15), false)
                .generatedAt(GENERATED);
    }
}
