package cn.renda.reporting.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import cn.renda.reporting.documents.ResearchFigures.Activity;
import cn.renda.reporting.documents.ResearchFigures.Deputies;
import cn.renda.reporting.documents.ResearchFigures.Presidium;
import cn.renda.reporting.documents.ResearchFigures.Sessions;
import cn.renda.reporting.documents.ResearchFigures.Suggestions;
import cn.renda.reporting.documents.ResearchFigures.TownshipRow;
import cn.renda.reporting.documents.ResearchFigures.Trainings;

class ResearchReportComposerTest {
    private final ResearchReportComposer composer = new ResearchReportComposer();

    /** The first seed report's county, 2024-01-01..2024-06-30. */
    private static ResearchFigures seed(Presidium presidium, Deputies deputies, Suggestions suggestions,
                                        List<TownshipRow> rows, List<String> alerts) {
        return new ResearchFigures("410327", "宜阳县", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30), 16,
                presidium, deputies, new Sessions(16, 16), new Activity(27, 320), suggestions,
                new Trainings(21, 900, List.of("《代表法》", "《监督法》", "《选举法》")), 96, 64, 12, rows, alerts);
    }

    private static ResearchFigures seed() {
        return seed(new Presidium(16, 16, 16, 11, 5), new Deputies(1062, 380, 520, 90, 280, 410),
                new Suggestions(395, 380, 360, 15, 0.937), rows(11), List.of("城关镇：本月没有选民接待日"));
    }

    /** Sixteen townships, the first {@code withFullTime} with a full-time vice chair. */
    private static List<TownshipRow> rows(int withFullTime) {
        List<TownshipRow> rows = new ArrayList<>();
        for (int i = 1; i <= 16; i++) {
            rows.add(new TownshipRow("4103271" + String.format("%02d", i), "乡镇" + i, 66, i <= withFullTime ? 1 : 0,
                    i <= 11 ? 2 : 1, 20, 25, i == 1 ? 15 : 0, 1, 6));
        }
        return rows;
    }

    private static String text(Report report) {
        StringBuilder sb = new StringBuilder(report.title()).append('\n').append(report.subtitle()).append('\n');
        for (ReportSection s : report.sections()) {
            sb.append(s.heading()).append('\n');
            for (ReportBlock b : s.blocks()) {
                if (b instanceof ReportBlock.Paragraph p) sb.append(p.text()).append('\n');
            }
        }
        return sb.toString();
    }

    @Test
    void the_statistical_sentences_hold_the_seed_figures_exactly() {
        String text = text(composer.compose(seed(), Tables.GENERATED));

        assertThat(text).contains("宜阳县乡镇人大工作统计情况")
                .contains("统计期间：2024年上半年（2024年1月1日至2024年6月30日）")
                .contains("全县16个乡镇共选举产生人大主席16名、副主席16名，其中专职11名、兼职5名；"
                        + "16名人大主席均由乡镇党委书记兼任；共有乡镇人大代表1062名。")
                .contains("从代表构成看，干部代表380名，占35.8%；工人、农民代表520名，占49.0%；")
                .contains("2024年上半年，各乡镇共召开乡镇人民代表大会16次，会期合计16天，平均每次1天。")
                .contains("2024年上半年，全县16个乡镇共开展代表视察27次，参加视察的代表达320人次。")
                .contains("同期，各乡镇人大共收到代表建议395件，已办复380件，办复率96.2%，其中按期办复360件；逾期未办复15件。"
                        + "代表对办理结果的满意率（含基本满意）为93.7%。")
                .contains("2024年上半年，各乡镇人大主席团共开展各类代表培训21次，参训代表900人次，"
                        + "培训内容主要有《代表法》、《监督法》、《选举法》等。")
                .contains("同期，各乡镇共举办选民接待日96次，开展代表小组活动64次，受理群众来信来访12件。")
                .contains("平台对本期数据提示预警事项1项：\n1. 城关镇：本月没有选民接待日")
                .doesNotContain("1,062");
    }

    @Test
    void the_township_table_lists_every_township_and_a_total_row() {
        Report report = composer.compose(seed(), Tables.GENERATED);
        ReportBlock.SimpleTable table = (ReportBlock.SimpleTable) report.sections().get(2).blocks().get(0);

        assertThat(table.headers()).containsExactly("乡镇", "代表人数", "专职副主席", "视察次数", "视察人次", "建议件数",
                "逾期件数", "培训次数", "接待日次数");
        assertThat(table.rows()).hasSize(17);
        assertThat(table.rows().get(0)).containsExactly("乡镇1", "66", "1", "2", "20", "25", "15", "1", "6");
        assertThat(table.rows().get(16)).containsExactly("合计", "1056", "11", "27", "320", "400", "15", "16", "96");
    }

    @Test
    void chairs_all_concurrently_party_secretaries_is_a_problem_only_when_all_are() {
        assertThat(composer.problems(seed(), Locale.CHINA)).anyMatch(p -> p.contains(
                "16名人大主席全部由乡镇党委书记兼任，没有一名专职人大主席"));

        ResearchFigures oneFullTimeChair = seed(new Presidium(16, 15, 16, 11, 5), seed().deputies(), seed().suggestions(),
                rows(11), List.of());
        assertThat(composer.problems(oneFullTimeChair, Locale.CHINA)).noneMatch(p -> p.contains("人大主席配备"));
        assertThat(text(composer.compose(oneFullTimeChair, Tables.GENERATED))).contains("人大主席中由乡镇党委书记兼任的15名；");
    }

    @Test
    void part_time_vice_chairs_and_townships_without_a_full_time_one_are_named() {
        assertThat(composer.problems(seed(), Locale.CHINA)).anyMatch(p -> p.equals(
                "副主席配备方面，有5名人大副主席为兼职，乡镇12、乡镇13、乡镇14、乡镇15、乡镇16共5个乡镇没有专职人大副主席，"
                        + "人大日常工作缺少专人负责。"));

        ResearchFigures allFullTime = seed(new Presidium(16, 16, 16, 16, 0), seed().deputies(), seed().suggestions(),
                rows(16), List.of());
        assertThat(composer.problems(allFullTime, Locale.CHINA)).noneMatch(p -> p.contains("副主席配备"));
    }

    @Test
    void a_cadre_share_above_forty_percent_is_a_problem_and_at_or_below_it_is_not() {
        ResearchFigures above = seed(seed().presidium(), new Deputies(1062, 425, 480, 90, 280, 410),
                seed().suggestions(), rows(11), List.of());
        assertThat(composer.problems(above, Locale.CHINA)).anyMatch(p -> p.equals(
                "代表构成方面，干部代表425名，占代表总数的40.0%，超过40%的控制比例，工人、农民等基层一线代表比例偏低。"));

        ResearchFigures below = seed(seed().presidium(), new Deputies(1062, 424, 480, 90, 280, 410),
                seed().suggestions(), rows(11), List.of());
        assertThat(composer.problems(below, Locale.CHINA)).noneMatch(p -> p.contains("干部代表"));

        ResearchReportComposer strict = new ResearchReportComposer(new BigDecimal("0.35"));
        assertThat(strict.problems(seed(), Locale.CHINA)).anyMatch(p -> p.contains("占代表总数的35.8%，超过35%的控制比例"));
    }

    @Test
    void overdue_suggestions_are_a_problem_only_when_there_are_some() {
        assertThat(composer.problems(seed(), Locale.CHINA)).anyMatch(p -> p.equals(
                "建议办理方面，有15件代表建议超过办理期限仍未办复，占收到建议的3.8%，需督促承办单位限期办结。"));

        ResearchFigures none = seed(seed().presidium(), seed().deputies(), new Suggestions(395, 395, 395, 0, null),
                rows(11), List.of());
        assertThat(composer.problems(none, Locale.CHINA)).noneMatch(p -> p.contains("建议办理"));
        assertThat(text(composer.compose(none, Tables.GENERATED))).contains("代表尚未对办理结果作出评价。");
    }

    @Test
    void the_sections_are_numbered_in_order_with_or_without_the_township_table() {
        assertThat(composer.compose(seed(), Tables.GENERATED).sections()).extracting(ReportSection::heading)
                .containsExactly("一、乡镇人大机构和代表基本情况", "二、乡镇人大履职情况", "三、分乡镇统计", "四、数据反映的问题");
        ResearchFigures noRows = seed(seed().presidium(), seed().deputies(), seed().suggestions(), List.of(), List.of());
        assertThat(composer.compose(noRows, Tables.GENERATED).sections()).extracting(ReportSection::heading)
                .containsExactly("一、乡镇人大机构和代表基本情况", "二、乡镇人大履职情况", "三、数据反映的问题");
        assertThat(composer.compose(noRows, Tables.GENERATED, Locale.ENGLISH).sections().get(2).heading())
                .isEqualTo("3. Problems the figures show");
    }

    @Test
    void without_any_problem_the_report_says_so() {
        ResearchFigures healthy = seed(new Presidium(16, 0, 16, 16, 0), seed().deputies(),
                new Suggestions(395, 395, 395, 0, 0.98), rows(16), List.of());

        assertThat(composer.problems(healthy, Locale.CHINA)).isEmpty();
        assertThat(text(composer.compose(healthy, Tables.GENERATED)))
                .contains("本期数据未显示人大主席均由党委书记兼任、副主席兼职、干部代表比例过高或建议逾期等问题。")
                .doesNotContain("预警事项");
    }

    @Test
    void an_english_locale_gives_the_english_text_with_the_same_figures() {
        Report report = composer.compose(seed(), Tables.GENERATED, Locale.ENGLISH);
        String text = text(report);

        assertThat(report.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(text).contains("Township People's Congress Work in 宜阳县: Statistics")
                .contains("Period: 1 January 2024 to 30 June 2024")
                .contains("The 16 townships of the county elected 16 congress chairs and 16 vice chairs, of whom "
                        + "11 full-time and 5 part-time. All 16 chairs are concurrently township party secretaries. "
                        + "There are 1062 township deputies.")
                .contains("The 16 townships organised 27 inspections by deputies, with 320 deputy person-times.")
                .contains("received 395 suggestions")
                .contains("15 suggestions are past their deadline without an answer (3.8% of those received)")
                .doesNotContain("全县");
    }

    @Test
    void other_periods_are_named_the_chinese_way() {
        ResearchFigures f = seed();
        ResearchFigures year = new ResearchFigures(f.countyCode(), f.countyName(), LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31), 16, f.presidium(), f.deputies(), f.sessions(), f.inspections(),
                f.suggestions(), f.trainings(), 1, 1, 1, f.townshipRows(), f.alerts());
        ResearchFigures quarter = new ResearchFigures(f.countyCode(), f.countyName(), LocalDate.of(2024, 4, 1),
                LocalDate.of(2024, 6, 30), 16, f.presidium(), f.deputies(), f.sessions(), f.inspections(),
                f.suggestions(), f.trainings(), 1, 1, 1, f.townshipRows(), f.alerts());
        ResearchFigures odd = new ResearchFigures(f.countyCode(), f.countyName(), LocalDate.of(2024, 3, 5),
                LocalDate.of(2024, 7, 20), 16, f.presidium(), f.deputies(), f.sessions(), f.inspections(),
                f.suggestions(), f.trainings(), 1, 1, 1, f.townshipRows(), f.alerts());

        assertThat(composer.compose(year, Tables.GENERATED).subtitle()).startsWith("统计期间：2024年（2024年1月1日至2024年12月31日）");
        assertThat(text(composer.compose(quarter, Tables.GENERATED))).contains("2024年第二季度，全县16个乡镇共开展代表视察27次");
        assertThat(composer.compose(odd, Tables.GENERATED).subtitle()).startsWith("统计期间：2024年3月5日至2024年7月20日　");
    }

    @Test
    void inconsistent_figures_are_refused() {
        assertThatThrownBy(() -> new Presidium(16, 17, 16, 11, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Deputies(100, 101, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Suggestions(10, 5, 6, 0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Suggestions(10, 5, 5, 0, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_generated_report_written_as_docx_and_pdf_holds_the_figures() throws IOException {
        Report report = composer.compose(seed(), Tables.GENERATED);
        String staffing = "全县16个乡镇共选举产生人大主席16名、副主席16名，其中专职11名、兼职5名；";
        String inspections = "2024年上半年，全县16个乡镇共开展代表视察27次，参加视察的代表达320人次。";

        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        new DocxReportWriter().write(report, docx);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.toByteArray()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            assertThat(extractor.getText()).contains(staffing, inspections, "共有乡镇人大代表1062名", "收到代表建议395件",
                    "培训21次，参训代表900人次");
        }

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new PdfReportWriter().write(report, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\r?\n", "")
                    .replaceAll("第 \\d+ 页 / 共 \\d+ 页", "");
            assertThat(text).contains(staffing, inspections, "共有乡镇人大代表1062名", "收到代表建议395件",
                    "培训21次，参训代表900人次", "合计");
        }
    }
}
