package cn.renda.deputy.term.query;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TermYearsTest {

    private static final TermDirectory.TermPeriod TERM = new TermDirectory.TermPeriod("410327100-13", "410327",
            "410327100", 13, LocalDate.parse("2021-11-20"), LocalDate.parse("2026-11-19"),
            LocalDate.parse("2026-11-19"));

    private static Document session(String id, String startsOn, String stage) {
        return new Document("_id", id).append("startsOn", startsOn).append("stage", stage).append("number", 1)
                .append("kind", "REGULAR");
    }

    @Test
    void each_calendar_year_of_the_term_lists_its_sessions_and_a_year_over_without_one_is_flagged() {
        List<Document> sessions = List.of(session("s1", "2021-11-20", "CLOSED"), session("s2", "2023-01-12", "CLOSED"),
                session("s3", "2024-12-30", "CONVENED"));
        TermYears.TermView view = TermYears.view(TERM, LocalDate.parse("2025-03-01"), sessions);

        assertThat(view.years()).extracting(TermYears.TermYear::year)
                .containsExactly(2021, 2022, 2023, 2024, 2025, 2026);
        assertThat(view.years().get(0).from()).as("the first year starts with the term").isEqualTo("2021-11-20");
        assertThat(view.years().get(5).to()).as("the last year ends with the term").isEqualTo("2026-11-19");
        assertThat(view.years()).extracting(TermYears.TermYear::held).containsExactly(1, 0, 1, 0, 0, 0);
        assertThat(view.years().get(3).sessions()).extracting(TermYears.YearSession::id).containsExactly("s3");
        assertThat(view.years().get(3).sessions().get(0).held()).as("convened but never opened").isFalse();
        assertThat(view.years()).extracting(TermYears.TermYear::missing)
                .as("2022 and 2024 are over without a session; 2025 is not over yet")
                .containsExactly(false, true, false, true, false, false);
        assertThat(view.yearsMissingSession()).isEqualTo(2);
        assertThat(view.current()).isTrue();
    }

    @Test
    void a_term_cut_short_by_the_next_one_ends_the_day_before_it() {
        TermDirectory.TermPeriod cut = new TermDirectory.TermPeriod("410327100-13", "410327", "410327100", 13,
                LocalDate.parse("2021-11-20"), LocalDate.parse("2026-11-19"), LocalDate.parse("2026-06-30"));
        TermYears.TermView view = TermYears.view(cut, LocalDate.parse("2027-01-05"),
                List.of(session("s9", "2026-08-01", "CLOSED")));
        assertThat(view.years().get(5).to()).isEqualTo("2026-06-30");
        assertThat(view.years().get(5).sessions()).as("a session after the cut belongs to no year of this term")
                .isEmpty();
        assertThat(view.current()).isFalse();
        assertThat(view.yearsMissingSession()).isEqualTo(6);
    }
}
