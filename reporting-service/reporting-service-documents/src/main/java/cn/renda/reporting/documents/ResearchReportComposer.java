package cn.renda.reporting.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.renda.reporting.documents.ResearchFigures.TownshipRow;

/**
 * Writes the statistical section of a research report on township congress work (调研报告) from a county's
 * {@link ResearchFigures}: who staffs the presidiums and who the deputies are, what they did in the period (sessions,
 * inspections, suggestions, trainings, contact with voters), a table per township, and the problems the figures show
 * (every chair a party secretary, part-time vice chairs, a cadre share above the threshold, overdue suggestions)
 * with the alerts. Numbers are written whole (1062, not 1,062), shares with one decimal (42.5%). Chinese by default;
 * an English locale gives the English text.
 *
 * <pre>{@code
 * Report report = new ResearchReportComposer().compose(figures, OffsetDateTime.now(zone), Locale.SIMPLIFIED_CHINESE);
 * new DocxReportWriter().write(report, out);
 * }</pre>
 */
public final class ResearchReportComposer {
    /** The cadre share above which the composition is called a problem, unless configured otherwise. */
    public static final BigDecimal DEFAULT_CADRE_SHARE_THRESHOLD = new BigDecimal("0.40");
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final BigDecimal cadreShareThreshold;

    /** A composer with the 40% cadre-share threshold. */
    public ResearchReportComposer() {
        this(DEFAULT_CADRE_SHARE_THRESHOLD);
    }

    /** A composer that calls a cadre share above {@code cadreShareThreshold} (a fraction, e.g. 0.40) a problem. */
    public ResearchReportComposer(BigDecimal cadreShareThreshold) {
        if (cadreShareThreshold == null || cadreShareThreshold.signum() < 0 || cadreShareThreshold.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("cadreShareThreshold must be a fraction between 0 and 1");
        }
        this.cadreShareThreshold = cadreShareThreshold;
    }

    /** The report in Chinese. */
    public Report compose(ResearchFigures f, OffsetDateTime generatedAt) {
        return compose(f, generatedAt, Locale.SIMPLIFIED_CHINESE);
    }

    /** The report in the locale's language: English for an English locale, Chinese otherwise. */
    public Report compose(ResearchFigures f, OffsetDateTime generatedAt, Locale locale) {
        boolean en = FixedText.english(locale);
        Text t = en ? new English() : new Chinese();
        List<ReportSection> sections = new ArrayList<>();
        sections.add(ReportSection.ofParagraphs(t.number(1) + t.organisationHeading(), organisation(f, t)));
        sections.add(ReportSection.ofParagraphs(t.number(2) + t.activityHeading(), activity(f, t)));
        if (!f.townshipRows().isEmpty()) {
            sections.add(new ReportSection(t.number(3) + t.townshipHeading(), List.of(townshipTable(f, t))));
        }
        sections.add(ReportSection.ofParagraphs(t.number(sections.size() + 1) + t.problemHeading(), problems(f, t)));
        return new Report(t.title(f), t.subtitle(f), sections, generatedAt, en ? Locale.ENGLISH : locale);
    }

    /** The problem sentences alone, in the order the report gives them (empty when the figures show none). */
    public List<String> problems(ResearchFigures f, Locale locale) {
        Text t = FixedText.english(locale) ? new English() : new Chinese();
        List<String> problems = new ArrayList<>();
        ResearchFigures.Presidium p = f.presidium();
        if (p.chairs() > 0 && p.chairsConcurrentlyPartySecretary() == p.chairs()) {
            problems.add(t.allChairsConcurrent(p.chairs()));
        }
        List<String> withoutFullTime = f.townshipRows().stream()
                .filter(r -> r.fullTimeViceChairs() == 0).map(TownshipRow::name).toList();
        if (p.partTimeViceChairs() > 0 || !withoutFullTime.isEmpty()) {
            problems.add(t.partTimeViceChairs(p.partTimeViceChairs(), withoutFullTime));
        }
        ResearchFigures.Deputies d = f.deputies();
        if (d.total() > 0 && BigDecimal.valueOf(d.cadres()).compareTo(cadreShareThreshold.multiply(BigDecimal.valueOf(d.total()))) > 0) {
            problems.add(t.cadreShareHigh(d.cadres(), percent(d.cadres(), d.total()),
                    cadreShareThreshold.movePointRight(2).stripTrailingZeros().toPlainString() + "%"));
        }
        ResearchFigures.Suggestions s = f.suggestions();
        if (s.overdue() > 0) {
            problems.add(t.overdue(s.overdue(), s.received() > 0 ? percent(s.overdue(), s.received()) : null));
        }
        return problems;
    }

    private static List<String> organisation(ResearchFigures f, Text t) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(t.staffing(f.townships(), f.presidium(), f.deputies().total()));
        ResearchFigures.Deputies d = f.deputies();
        if (d.total() > 0) {
            paragraphs.add(t.composition(d.cadres(), percent(d.cadres(), d.total()),
                    d.workersAndFarmers(), percent(d.workersAndFarmers(), d.total()),
                    d.professionals(), percent(d.professionals(), d.total()),
                    d.women(), percent(d.women(), d.total()),
                    d.reElected(), percent(d.reElected(), d.total())));
        }
        return paragraphs;
    }

    private static List<String> activity(ResearchFigures f, Text t) {
        String period = t.period(f.periodFrom(), f.periodTo());
        List<String> paragraphs = new ArrayList<>();
        ResearchFigures.Sessions sessions = f.sessions();
        paragraphs.add(t.sessions(period, sessions.count(), sessions.days(),
                sessions.count() == 0 ? null : decimal(BigDecimal.valueOf(sessions.days())
                        .divide(BigDecimal.valueOf(sessions.count()), 1, RoundingMode.HALF_UP))));
        paragraphs.add(t.inspections(period, f.townships(), f.inspections().count(), f.inspections().personTimes()));
        ResearchFigures.Suggestions s = f.suggestions();
        paragraphs.add(t.suggestions(period, s.received(), s.answered(), s.answeredOnTime(), s.overdue(),
                s.received() > 0 ? percent(s.answered(), s.received()) : null,
                s.satisfactionRate() == null ? null : percent(BigDecimal.valueOf(s.satisfactionRate()))));
        paragraphs.add(t.trainings(period, f.trainings().count(), f.trainings().personTimes(), f.trainings().topics()));
        paragraphs.add(t.contact(period, f.receptionDays(), f.groupActivities(), f.petitions()));
        return paragraphs;
    }

    private static ReportBlock.SimpleTable townshipTable(ResearchFigures f, Text t) {
        List<List<String>> rows = new ArrayList<>();
        int[] totals = new int[8];
        for (TownshipRow r : f.townshipRows()) {
            int[] v = {r.deputies(), r.fullTimeViceChairs(), r.inspections(), r.inspectionPersonTimes(),
                    r.suggestions(), r.overdueSuggestions(), r.trainings(), r.receptionDays()};
            List<String> row = new ArrayList<>();
            row.add(r.name());
            for (int i = 0; i < v.length; i++) {
                row.add(Integer.toString(v[i]));
                totals[i] += v[i];
            }
            rows.add(row);
        }
        List<String> total = new ArrayList<>();
        total.add(t.total());
        for (int v : totals) total.add(Integer.toString(v));
        rows.add(total);
        return new ReportBlock.SimpleTable(t.tableCaption(f), t.tableHeaders(), rows);
    }

    private List<String> problems(ResearchFigures f, Text t) {
        List<String> paragraphs = new ArrayList<>(problems(f, t instanceof English ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE));
        if (paragraphs.isEmpty()) paragraphs.add(t.noProblems());
        if (!f.alerts().isEmpty()) {
            paragraphs.add(t.alertsIntro(f.alerts().size()));
            for (int i = 0; i < f.alerts().size(); i++) paragraphs.add((i + 1) + ". " + f.alerts().get(i));
        }
        return paragraphs;
    }

    /** {@code part / whole} as a percentage with one decimal, e.g. {@code 42.5%}. */
    static String percent(int part, int whole) {
        return percent(BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 10, RoundingMode.HALF_UP));
    }

    /** A fraction as a percentage with one decimal, e.g. 0.937 as {@code 93.7%}. */
    static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static String decimal(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }

    /** The wording of the report in one language. */
    private interface Text {
        String title(ResearchFigures f);

        String subtitle(ResearchFigures f);

        String period(LocalDate from, LocalDate to);

        /** The number before the n-th section heading. */
        String number(int n);

        String organisationHeading();

        String activityHeading();

        String townshipHeading();

        String problemHeading();

        String staffing(int townships, ResearchFigures.Presidium p, int deputies);

        String composition(int cadres, String cadreShare, int workersAndFarmers, String wfShare, int professionals,
                           String professionalShare, int women, String womenShare, int reElected, String reElectedShare);

        String sessions(String period, int sessions, int days, String averageDays);

        String inspections(String period, int townships, int inspections, int personTimes);

        String suggestions(String period, int received, int answered, int onTime, int overdue, String answeredShare,
                           String satisfaction);

        String trainings(String period, int trainings, int personTimes, List<String> topics);

        String contact(String period, int receptionDays, int groupActivities, int petitions);

        String tableCaption(ResearchFigures f);

        List<String> tableHeaders();

        String total();

        String allChairsConcurrent(int chairs);

        String partTimeViceChairs(int partTime, List<String> townshipsWithoutFullTime);

        String cadreShareHigh(int cadres, String share, String threshold);

        String overdue(int overdue, String shareOfReceived);

        String noProblems();

        String alertsIntro(int alerts);
    }

    private static final class Chinese implements Text {
        @Override
        public String number(int n) {
            return "一二三四五六七八九十".charAt(n - 1) + "、";
        }

        @Override
        public String title(ResearchFigures f) {
            return f.countyName() + "乡镇人大工作统计情况";
        }

        @Override
        public String subtitle(ResearchFigures f) {
            String exact = date(f.periodFrom()) + "至" + date(f.periodTo());
            String named = period(f.periodFrom(), f.periodTo());
            return "统计期间：" + (named.equals(exact) ? exact : named + "（" + exact + "）")
                    + "　县代码：" + f.countyCode();
        }

        @Override
        public String period(LocalDate from, LocalDate to) {
            int year = from.getYear();
            if (year == to.getYear() && from.getDayOfMonth() == 1 && to.equals(to.withDayOfMonth(to.lengthOfMonth()))) {
                Month a = from.getMonth();
                Month b = to.getMonth();
                if (a == Month.JANUARY && b == Month.DECEMBER) return year + "年";
                if (a == Month.JANUARY && b == Month.JUNE) return year + "年上半年";
                if (a == Month.JULY && b == Month.DECEMBER) return year + "年下半年";
                if (a.getValue() % 3 == 1 && b.getValue() == a.getValue() + 2) {
                    return year + "年第" + "一二三四".charAt(a.getValue() / 3) + "季度";
                }
            }
            return date(from) + "至" + date(to);
        }

        private static String date(LocalDate d) {
            return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
        }

        @Override
        public String organisationHeading() {
            return "乡镇人大机构和代表基本情况";
        }

        @Override
        public String activityHeading() {
            return "乡镇人大履职情况";
        }

        @Override
        public String townshipHeading() {
            return "分乡镇统计";
        }

        @Override
        public String problemHeading() {
            return "数据反映的问题";
        }

        @Override
        public String staffing(int townships, ResearchFigures.Presidium p, int deputies) {
            String chairs;
            if (p.chairs() == 0) chairs = "";
            else if (p.chairsConcurrentlyPartySecretary() == p.chairs()) chairs = p.chairs() + "名人大主席均由乡镇党委书记兼任；";
            else if (p.chairsConcurrentlyPartySecretary() == 0) chairs = p.chairs() + "名人大主席均未由乡镇党委书记兼任；";
            else chairs = "人大主席中由乡镇党委书记兼任的" + p.chairsConcurrentlyPartySecretary() + "名；";
            return "全县" + townships + "个乡镇共选举产生人大主席" + p.chairs() + "名、副主席" + p.viceChairs()
                    + "名，其中专职" + p.fullTimeViceChairs() + "名、兼职" + p.partTimeViceChairs() + "名；"
                    + chairs + "共有乡镇人大代表" + deputies + "名。";
        }

        @Override
        public String composition(int cadres, String cadreShare, int wf, String wfShare, int professionals,
                                  String professionalShare, int women, String womenShare, int reElected,
                                  String reElectedShare) {
            return "从代表构成看，干部代表" + cadres + "名，占" + cadreShare + "；工人、农民代表" + wf + "名，占" + wfShare
                    + "；专业技术人员代表" + professionals + "名，占" + professionalShare + "；妇女代表" + women + "名，占"
                    + womenShare + "；连任代表" + reElected + "名，占" + reElectedShare + "。";
        }

        @Override
        public String sessions(String period, int sessions, int days, String averageDays) {
            if (sessions == 0) return period + "，各乡镇没有召开乡镇人民代表大会。";
            return period + "，各乡镇共召开乡镇人民代表大会" + sessions + "次，会期合计" + days + "天，平均每次"
                    + averageDays + "天。";
        }

        @Override
        public String inspections(String period, int townships, int inspections, int personTimes) {
            if (inspections == 0) return period + "，各乡镇没有开展代表视察。";
            return period + "，全县" + townships + "个乡镇共开展代表视察" + inspections + "次，参加视察的代表达"
                    + personTimes + "人次。";
        }

        @Override
        public String suggestions(String period, int received, int answered, int onTime, int overdue,
                                  String answeredShare, String satisfaction) {
            if (received == 0) return "同期，各乡镇人大没有收到代表建议。";
            String s = "同期，各乡镇人大共收到代表建议" + received + "件，已办复" + answered + "件，办复率"
                    + answeredShare + "，其中按期办复" + onTime + "件；逾期未办复" + overdue + "件。";
            return s + (satisfaction == null ? "代表尚未对办理结果作出评价。"
                    : "代表对办理结果的满意率（含基本满意）为" + satisfaction + "。");
        }

        @Override
        public String trainings(String period, int trainings, int personTimes, List<String> topics) {
            if (trainings == 0) return period + "，各乡镇没有组织代表培训。";
            String s = period + "，各乡镇人大主席团共开展各类代表培训" + trainings + "次，参训代表" + personTimes + "人次";
            return s + (topics.isEmpty() ? "。" : "，培训内容主要有" + String.join("、", topics) + "等。");
        }

        @Override
        public String contact(String period, int receptionDays, int groupActivities, int petitions) {
            return "同期，各乡镇共举办选民接待日" + receptionDays + "次，开展代表小组活动" + groupActivities
                    + "次，受理群众来信来访" + petitions + "件。";
        }

        @Override
        public String tableCaption(ResearchFigures f) {
            return f.countyName() + "各乡镇人大工作情况统计表";
        }

        @Override
        public List<String> tableHeaders() {
            return List.of("乡镇", "代表人数", "专职副主席", "视察次数", "视察人次", "建议件数", "逾期件数", "培训次数",
                    "接待日次数");
        }

        @Override
        public String total() {
            return "合计";
        }

        @Override
        public String allChairsConcurrent(int chairs) {
            return "人大主席配备方面，" + chairs + "名人大主席全部由乡镇党委书记兼任，没有一名专职人大主席。"
                    + "党委书记事务繁多，难以把主要精力放在人大工作上。";
        }

        @Override
        public String partTimeViceChairs(int partTime, List<String> without) {
            StringBuilder s = new StringBuilder("副主席配备方面，");
            if (partTime > 0) s.append("有").append(partTime).append("名人大副主席为兼职");
            if (!without.isEmpty()) {
                if (partTime > 0) s.append("，");
                s.append(String.join("、", without)).append("共").append(without.size()).append("个乡镇没有专职人大副主席");
            }
            return s.append("，人大日常工作缺少专人负责。").toString();
        }

        @Override
        public String cadreShareHigh(int cadres, String share, String threshold) {
            return "代表构成方面，干部代表" + cadres + "名，占代表总数的" + share + "，超过" + threshold
                    + "的控制比例，工人、农民等基层一线代表比例偏低。";
        }

        @Override
        public String overdue(int overdue, String shareOfReceived) {
            return "建议办理方面，有" + overdue + "件代表建议超过办理期限仍未办复"
                    + (shareOfReceived == null ? "" : "，占收到建议的" + shareOfReceived) + "，需督促承办单位限期办结。";
        }

        @Override
        public String noProblems() {
            return "本期数据未显示人大主席均由党委书记兼任、副主席兼职、干部代表比例过高或建议逾期等问题。";
        }

        @Override
        public String alertsIntro(int alerts) {
            return "平台对本期数据提示预警事项" + alerts + "项：";
        }
    }

    private static final class English implements Text {
        @Override
        public String number(int n) {
            return n + ". ";
        }

        @Override
        public String title(ResearchFigures f) {
            return "Township People's Congress Work in " + f.countyName() + ": Statistics";
        }

        @Override
        public String subtitle(ResearchFigures f) {
            return "Period: " + period(f.periodFrom(), f.periodTo()) + "  County code: " + f.countyCode();
        }

        @Override
        public String period(LocalDate from, LocalDate to) {
            return ENGLISH_DATE.format(from) + " to " + ENGLISH_DATE.format(to);
        }

        @Override
        public String organisationHeading() {
            return "Township congresses and deputies";
        }

        @Override
        public String activityHeading() {
            return "Work of the township congresses";
        }

        @Override
        public String townshipHeading() {
            return "By township";
        }

        @Override
        public String problemHeading() {
            return "Problems the figures show";
        }

        @Override
        public String staffing(int townships, ResearchFigures.Presidium p, int deputies) {
            String chairs;
            if (p.chairs() == 0) chairs = "";
            else if (p.chairsConcurrentlyPartySecretary() == p.chairs()) {
                chairs = " All " + p.chairs() + " chairs are concurrently township party secretaries.";
            } else if (p.chairsConcurrentlyPartySecretary() == 0) {
                chairs = " None of the " + p.chairs() + " chairs is concurrently township party secretary.";
            } else {
                chairs = " " + p.chairsConcurrentlyPartySecretary() + " of the chairs are concurrently township party secretaries.";
            }
            return "The " + townships + " townships of the county elected " + p.chairs() + " congress chairs and "
                    + p.viceChairs() + " vice chairs, of whom " + p.fullTimeViceChairs() + " full-time and "
                    + p.partTimeViceChairs() + " part-time." + chairs + " There are " + deputies
                    + " township deputies.";
        }

        @Override
        public String composition(int cadres, String cadreShare, int wf, String wfShare, int professionals,
                                  String professionalShare, int women, String womenShare, int reElected,
                                  String reElectedShare) {
            return "Composition: " + cadres + " cadres (" + cadreShare + "), " + wf + " workers and farmers (" + wfShare
                    + "), " + professionals + " professionals (" + professionalShare + "), " + women + " women ("
                    + womenShare + "), " + reElected + " re-elected (" + reElectedShare + ").";
        }

        @Override
        public String sessions(String period, int sessions, int days, String averageDays) {
            if (sessions == 0) return "From " + period + ", no township congress session was held.";
            return "From " + period + ", the townships held " + sessions + " congress sessions lasting " + days
                    + (days == 1 ? " day" : " days") + " in all, " + averageDays
                    + (averageDays.equals("1") ? " day" : " days") + " on average.";
        }

        @Override
        public String inspections(String period, int townships, int inspections, int personTimes) {
            if (inspections == 0) return "From " + period + ", no inspection by deputies took place.";
            return "The " + townships + " townships organised " + inspections + " inspections by deputies, with "
                    + personTimes + " deputy person-times.";
        }

        @Override
        public String suggestions(String period, int received, int answered, int onTime, int overdue,
                                  String answeredShare, String satisfaction) {
            if (received == 0) return "No suggestion from deputies was received.";
            return "The township congresses received " + received + " suggestions from deputies; " + answered
                    + " were answered (" + answeredShare + "), " + onTime + " of them on time, and " + overdue
                    + " are overdue. " + (satisfaction == null ? "No answer has been rated yet."
                    : "Deputies were satisfied or basically satisfied with " + satisfaction + " of the answers.");
        }

        @Override
        public String trainings(String period, int trainings, int personTimes, List<String> topics) {
            if (trainings == 0) return "No training of deputies was held.";
            return "The presidiums held " + trainings + " trainings with " + personTimes + " deputy person-times"
                    + (topics.isEmpty() ? "." : ", covering " + String.join(", ", topics) + ".");
        }

        @Override
        public String contact(String period, int receptionDays, int groupActivities, int petitions) {
            return "The townships held " + receptionDays + " voter reception days and " + groupActivities
                    + " deputy group activities, and received " + petitions + " letters and visits.";
        }

        @Override
        public String tableCaption(ResearchFigures f) {
            return "Township figures, " + f.countyName();
        }

        @Override
        public List<String> tableHeaders() {
            return List.of("Township", "Deputies", "Full-time vice chairs", "Inspections", "Person-times",
                    "Suggestions", "Overdue", "Trainings", "Reception days");
        }

        @Override
        public String total() {
            return "Total";
        }

        @Override
        public String allChairsConcurrent(int chairs) {
            return "All " + chairs + " chairs are concurrently township party secretaries; no township has a "
                    + "full-time chair, and a party secretary has little time for congress work.";
        }

        @Override
        public String partTimeViceChairs(int partTime, List<String> without) {
            StringBuilder s = new StringBuilder();
            if (partTime > 0) s.append(partTime).append(" vice chairs are part-time");
            if (!without.isEmpty()) {
                s.append(partTime > 0 ? "; " : "").append(without.size())
                        .append(" townships have no full-time vice chair (").append(String.join(", ", without)).append(")");
            }
            return s.append(", so nobody works on congress business full-time there.").toString();
        }

        @Override
        public String cadreShareHigh(int cadres, String share, String threshold) {
            return cadres + " deputies are cadres, " + share + " of all deputies, above the " + threshold
                    + " limit; workers and farmers are under-represented.";
        }

        @Override
        public String overdue(int overdue, String shareOfReceived) {
            return overdue + " suggestions are past their deadline without an answer"
                    + (shareOfReceived == null ? "" : " (" + shareOfReceived + " of those received)")
                    + "; the responsible units must be pressed to answer.";
        }

        @Override
        public String noProblems() {
            return "The figures show none of these problems: chairs all party secretaries, part-time vice chairs, "
                    + "a high cadre share, overdue suggestions.";
        }

        @Override
        public String alertsIntro(int alerts) {
            return "The platform raised " + alerts + " alerts for the period:";
        }
    }
}
