package cn.renda.reporting.documents;

import java.util.ArrayList;
import java.util.List;

/** A sample report for the writer tests. */
final class Reports {
    static final String PARAGRAPH = "全县16个乡镇共选举产生人大主席16名、副主席16名，其中专职11名、兼职5名；"
            + "共有乡镇人大代表1062名，干部代表占比42.5%。";
    static final String SECOND = "统计期间，16个乡镇共开展代表视察27次，参加视察的代表达320人次；"
            + "共收到代表建议395件，满意率为93.7%（英文 satisfaction rate 93.7%）。";

    private Reports() {
    }

    static Report sample() {
        return sample(3);
    }

    static Report sample(int tableRows) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("城关镇", "86", "3", "是"));
        rows.add(List.of("香鹿山镇", "71", "3", "否"));
        for (int i = 3; i <= tableRows; i++) rows.add(List.of("乡镇" + i, Integer.toString(60 + i), "1", "是"));
        return new Report("宜阳县乡镇人大工作统计情况", "统计期间：2024年1月1日至2024年6月30日",
                List.of(new ReportSection("一、基本情况", List.of(new ReportBlock.Paragraph(PARAGRAPH),
                                new ReportBlock.Paragraph(SECOND))),
                        new ReportSection("二、分乡镇情况", List.of(new ReportBlock.SimpleTable("表1 分乡镇统计",
                                List.of("乡镇", "代表人数", "视察次数", "有专职副主席"), rows)))),
                Tables.GENERATED, null);
    }
}
