package cn.renda.reporting.suggestion;

import cn.renda.reporting.dashboard.Dashboard;
import cn.renda.reporting.dashboard.DashboardCalculator;
import cn.renda.reporting.facts.Fact;
import cn.renda.reporting.facts.FactKinds;
import cn.renda.reporting.facts.Facts;
import cn.renda.reporting.facts.LoggedEvent;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static cn.renda.reporting.facts.SampleEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

class SuggestionFiguresTest {

    static final String A = "410327100";
    static final String B = "410327101";
    static final LocalDate FROM = LocalDate.parse("2024-01-01");
    static final LocalDate TO = LocalDate.parse("2024-12-31");

    static Fact fold(String kind, String id, LoggedEvent... events) {
        return Fact.empty(kind, id, "410327").applyAll(List.of(events));
    }

    static List<Fact> base() {
        List<Fact> f = new ArrayList<>();
        f.add(fold(FactKinds.TOWNSHIP, A, event("TownshipRegisteredEvent", A, 0)));
        f.add(fold(FactKinds.TOWNSHIP, B, event("TownshipRegisteredEvent", B, 0,
                p -> p.append("townshipCode", B).append("name", "白鹤镇"))));
        f.add(fold(FactKinds.HANDLING_UNIT, "u-0001", event("HandlingUnitRegisteredEvent", "u-0001", 0)));
        f.add(fold(FactKinds.HANDLING_UNIT, "u-0002", event("HandlingUnitRegisteredEvent", "u-0002", 0,
                p -> p.append("unitId", "u-0002").append("townshipCode", null).append("name", "县水利局"))));
        return f;
    }

    static LoggedEvent submitted(String id, int seq, String township, String day) {
        return event("SuggestionSubmittedEvent", id, seq, p -> p.append("suggestionId", id)
                .append("townshipCode", township).append("submittedAt", day + "T01:30:00Z"));
    }

    static LoggedEvent assigned(String id, int seq, String township, String unit, String deadline) {
        return event("SuggestionAssignedEvent", id, seq, p -> p.append("suggestionId", id)
                .append("townshipCode", township).append("leadUnitId", unit).append("deadline", deadline));
    }

    /** The township of the suggestions in 白鹤镇; every other one is in 城关镇. */
    static String townshipOf(String id) {
        return List.of("sg-3", "sg-4", "t-3").contains(id) ? B : A;
    }

    static LoggedEvent replied(String id, int seq, int round, String day) {
        return event("SuggestionRepliedEvent", id, seq, p -> p.append("suggestionId", id).append("round", round)
                .append("townshipCode", townshipOf(id)).append("repliedAt", day + "T08:00:00Z"));
    }

    static LoggedEvent rated(String id, int seq, int round, String rating, String day) {
        return event("SuggestionRatedEvent", id, seq, p -> p.append("suggestionId", id).append("round", round)
                .append("townshipCode", townshipOf(id)).append("rating", rating).append("ratedAt", day + "T08:00:00Z"));
    }

    static LoggedEvent handledAgain(String id, int seq, String deadline) {
        return event("SuggestionReHandlingStartedEvent", id, seq, p -> p.append("suggestionId", id)
                .append("townshipCode", townshipOf(id)).append("deadline", deadline));
    }

    /**
     * As recorded by early July 2024: sg-1 (城关镇, u-0001, due June 3) unanswered; sg-2 (城关镇, u-0001, due July 5,
     * flagged) unanswered; sg-3 (白鹤镇, county unit u-0002) answered, rated dissatisfied and being handled again
     * with a new deadline of June 12; sg-4 (白鹤镇, u-0002, due June 3) answered in time; sg-5 closed.
     */
    static Facts july() {
        List<Fact> f = base();
        f.add(fold(FactKinds.SUGGESTION, "sg-1", submitted("sg-1", 0, A, "2024-03-01"),
                assigned("sg-1", 1, A, "u-0001", "2024-06-03")));
        f.add(fold(FactKinds.SUGGESTION, "sg-2", submitted("sg-2", 0, A, "2024-03-01"),
                assigned("sg-2", 1, A, "u-0001", "2024-07-05"), event("SuggestionFlaggedEvent", "sg-2", 2)));
        f.add(fold(FactKinds.SUGGESTION, "sg-3", submitted("sg-3", 0, B, "2024-03-01"),
                assigned("sg-3", 1, B, "u-0002", "2024-05-01"), replied("sg-3", 2, 1, "2024-04-10"),
                rated("sg-3", 3, 1, "DISSATISFIED", "2024-04-12"),
                handledAgain("sg-3", 4, "2024-06-12")));
        f.add(fold(FactKinds.SUGGESTION, "sg-4", submitted("sg-4", 0, B, "2024-03-01"),
                assigned("sg-4", 1, B, "u-0002", "2024-06-03"), replied("sg-4", 2, 1, "2024-04-10")));
        f.add(fold(FactKinds.SUGGESTION, "sg-5", submitted("sg-5", 0, A, "2024-03-01"),
                assigned("sg-5", 1, A, "u-0001", "2024-04-01"), replied("sg-5", 2, 1, "2024-03-20"),
                event("SuggestionClosedEvent", "sg-5", 3, p -> p.append("closedAt", "2024-03-25T01:00:00Z"))));
        return new Facts(f);
    }

    @Test
    void overdue_is_supervisions_rule_awaiting_the_current_rounds_reply_after_its_deadline() {
        OverdueByUnit june = SuggestionFigures.overdueByUnit(july(), "410327", null, LocalDate.parse("2024-06-28"),
                null, true);
        assertThat(june.total()).isEqualTo(2);
        assertThat(june.units()).extracting(OverdueByUnit.Unit::unitId).containsExactly("u-0001", "u-0002");
        OverdueByUnit.Unit first = june.units().get(0);
        assertThat(first.name()).isEqualTo("城关镇交通运输办公室");
        assertThat(first.unitTownship()).isEqualTo(A);
        assertThat(first.suggestionIds()).containsExactly("sg-1");
        assertThat(first.maxDaysOverdue()).isEqualTo(25);
        OverdueByUnit.Unit county = june.units().get(1);
        assertThat(county.name()).isEqualTo("县水利局");
        assertThat(county.unitTownship()).isNull();
        assertThat(county.suggestionIds()).as("handled again after a dissatisfied rating, the new deadline passed")
                .containsExactly("sg-3");
        assertThat(county.maxDaysOverdue()).isEqualTo(16);
        assertThat(june.labels()).containsEntry("overdue", "逾期未办复件数");

        OverdueByUnit onTheDeadline = SuggestionFigures.overdueByUnit(july(), "410327", null,
                LocalDate.parse("2024-06-03"), null, false);
        assertThat(onTheDeadline.total()).as("overdue only after the deadline day").isZero();
        assertThat(onTheDeadline.units()).isEmpty();
        assertThat(onTheDeadline.labels()).containsEntry("overdue", "overdue suggestions");

        OverdueByUnit later = SuggestionFigures.overdueByUnit(july(), "410327", null, LocalDate.parse("2024-07-10"),
                null, true);
        assertThat(later.units().get(0).overdue()).isEqualTo(2);
        assertThat(later.units().get(0).flagged()).isEqualTo(1);
        assertThat(later.units().get(0).maxDaysOverdue()).isEqualTo(37);
        assertThat(later.total()).isEqualTo(3);
    }

    @Test
    void overdue_by_unit_of_a_township_counts_the_townships_suggestions_with_the_countys_units() {
        OverdueByUnit b = SuggestionFigures.overdueByUnit(july(), "410327", B, LocalDate.parse("2024-07-10"), null,
                true);
        assertThat(b.townshipName()).isEqualTo("白鹤镇");
        assertThat(b.units()).extracting(OverdueByUnit.Unit::unitId).containsExactly("u-0002");
        assertThat(b.units().get(0).name()).as("a county unit handles the township's suggestion").isEqualTo("县水利局");
        assertThat(b.total()).isEqualTo(1);
    }

    @Test
    void a_reply_in_the_current_round_or_closing_ends_overdue() {
        List<Fact> f = base();
        f.add(fold(FactKinds.SUGGESTION, "sg-3", submitted("sg-3", 0, B, "2024-03-01"),
                assigned("sg-3", 1, B, "u-0002", "2024-05-01"), replied("sg-3", 2, 1, "2024-04-10"),
                rated("sg-3", 3, 1, "DISSATISFIED", "2024-04-12"),
                handledAgain("sg-3", 4, "2024-06-12"),
                replied("sg-3", 5, 2, "2024-07-01")));
        assertThat(SuggestionFigures.overdueByUnit(new Facts(f), "410327", null, LocalDate.parse("2024-07-10"), null,
                true).total()).isZero();
    }

    /**
     * Ratings in 2024: t-1 basically satisfied in April; t-2 dissatisfied in April, satisfied in August; t-3 (白鹤镇)
     * satisfied in May; t-4 submitted in 2023, rated in February (outside the period); t-5 not rated; t-6
     * dissatisfied in November.
     */
    static Facts rated() {
        List<Fact> f = base();
        f.add(fold(FactKinds.SUGGESTION, "t-1", submitted("t-1", 0, A, "2024-03-01"),
                rated("t-1", 1, 1, "BASICALLY_SATISFIED", "2024-04-12")));
        f.add(fold(FactKinds.SUGGESTION, "t-2", submitted("t-2", 0, A, "2024-03-01"),
                rated("t-2", 1, 1, "DISSATISFIED", "2024-04-12"), rated("t-2", 2, 2, "SATISFIED", "2024-08-01")));
        f.add(fold(FactKinds.SUGGESTION, "t-3", submitted("t-3", 0, B, "2024-05-01"),
                rated("t-3", 1, 1, "SATISFIED", "2024-05-20")));
        f.add(fold(FactKinds.SUGGESTION, "t-4", submitted("t-4", 0, A, "2023-11-01"),
                rated("t-4", 1, 1, "SATISFIED", "2024-02-01")));
        f.add(fold(FactKinds.SUGGESTION, "t-5", submitted("t-5", 0, A, "2024-10-01")));
        f.add(fold(FactKinds.SUGGESTION, "t-6", submitted("t-6", 0, A, "2024-06-01"),
                rated("t-6", 1, 1, "DISSATISFIED", "2024-11-05")));
        return new Facts(f);
    }

    @Test
    void the_trend_splits_the_dashboards_rated_suggestions_by_the_quarter_of_their_latest_rating() {
        SatisfactionTrend year = SuggestionFigures.satisfactionTrend(rated(), "410327", null, FROM, TO, TO, null, true);
        assertThat(year.interval()).isEqualTo("QUARTER");
        assertThat(year.points()).extracting(SatisfactionTrend.Point::period)
                .containsExactly("2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4");
        assertThat(year.points()).extracting(SatisfactionTrend.Point::label)
                .containsExactly("2024年第1季度", "2024年第2季度", "2024年第3季度", "2024年第4季度");
        assertThat(year.points()).extracting(SatisfactionTrend.Point::rated).containsExactly(0L, 2L, 1L, 1L);
        assertThat(year.points()).extracting(SatisfactionTrend.Point::rate).containsExactly(null, 100.0, 100.0, 0.0);
        assertThat(year.points().get(1).byRating()).containsEntry("SATISFIED", 1L)
                .containsEntry("BASICALLY_SATISFIED", 1L).containsEntry("DISSATISFIED", 0L);
        assertThat(year.rated()).isEqualTo(4);
        assertThat(year.satisfied()).isEqualTo(3);
        assertThat(year.rate()).isEqualTo(75.0);

        LocalDate june = LocalDate.parse("2024-06-30");
        SatisfactionTrend asOfJune = SuggestionFigures.satisfactionTrend(rated(), "410327", null, FROM, TO, june,
                null, false);
        assertThat(asOfJune.points()).extracting(SatisfactionTrend.Point::rated).containsExactly(0L, 3L, 0L, 0L);
        assertThat(asOfJune.points().get(1).rate()).as("t-2 was dissatisfied then").isEqualTo(66.7);
        assertThat(asOfJune.points().get(1).label()).isEqualTo("2024 Q2");
        assertThat(asOfJune.labels()).containsEntry("rate", "satisfaction rate (%)");

        for (LocalDate reference : List.of(TO, june)) {
            SatisfactionTrend t = SuggestionFigures.satisfactionTrend(rated(), "410327", null, FROM, TO, reference,
                    null, true);
            Dashboard d = DashboardCalculator.compute(rated(), "410327", null, FROM, TO, reference);
            assertThat(t.rated()).isEqualTo(d.figures().suggestionsRated());
            assertThat(t.satisfied()).isEqualTo(d.figures().suggestionsSatisfied());
            assertThat(t.rate()).isEqualTo(d.figures().suggestionSatisfactionRate());
            assertThat(t.points().stream().mapToLong(SatisfactionTrend.Point::rated).sum()).isEqualTo(t.rated());
        }
    }

    @Test
    void the_trends_quarters_are_clipped_to_the_period_and_a_township_counts_its_own() {
        SatisfactionTrend t = SuggestionFigures.satisfactionTrend(rated(), "410327", null,
                LocalDate.parse("2024-02-15"), LocalDate.parse("2024-08-10"), LocalDate.parse("2024-08-10"), null, true);
        assertThat(t.points()).extracting(p -> p.from() + ".." + p.to())
                .containsExactly("2024-02-15..2024-03-31", "2024-04-01..2024-06-30", "2024-07-01..2024-08-10");
        assertThat(t.points()).extracting(SatisfactionTrend.Point::rated).containsExactly(0L, 2L, 1L);

        SatisfactionTrend b = SuggestionFigures.satisfactionTrend(rated(), "410327", B, FROM, TO, TO, null, true);
        assertThat(b.townshipName()).isEqualTo("白鹤镇");
        assertThat(b.points()).extracting(SatisfactionTrend.Point::rated).containsExactly(0L, 1L, 0L, 0L);
        assertThat(b.rate()).isEqualTo(100.0);

        assertThat(SuggestionFigures.quarters(LocalDate.parse("2023-12-01"), LocalDate.parse("2024-01-01")))
                .extracting(q -> q[0] + ".." + q[1]).containsExactly("2023-12-01..2023-12-31", "2024-01-01..2024-01-01");
    }
}
