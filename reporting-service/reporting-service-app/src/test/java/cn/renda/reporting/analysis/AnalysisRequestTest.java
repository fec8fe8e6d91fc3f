package cn.renda.reporting.analysis;

import cn.renda.platform.problem.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnalysisRequestTest {

    private final Clock clock = Clock.fixed(Instant.parse("2025-03-10T20:00:00Z"), ZoneOffset.UTC);

    @Test
    void as_of_a_date_means_the_end_of_that_day_in_china_and_an_instant_is_taken_as_given() {
        assertThat(AnalysisRequest.instant("2024-06-30")).isEqualTo(Instant.parse("2024-06-30T15:59:59.999999999Z"));
        assertThat(AnalysisRequest.instant("2024-06-30T02:00:00Z")).isEqualTo(Instant.parse("2024-06-30T02:00:00Z"));
        assertThat(AnalysisRequest.instant("2024-06-30T10:00:00+08:00"))
                .isEqualTo(Instant.parse("2024-06-30T02:00:00Z"));
        assertThatThrownBy(() -> AnalysisRequest.instant("yesterday")).isInstanceOf(DomainException.class);
    }

    @Test
    void a_period_defaults_to_the_current_year_in_china_and_the_reference_is_today_there_when_live() {
        AnalysisRequest r = AnalysisRequest.parse(null, null, null, clock);
        assertThat(r.from()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(r.to()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(r.reference()).isEqualTo(LocalDate.of(2025, 3, 11));
        assertThat(r.asOf()).isNull();
        assertThat(r.asOfLabel()).isEqualTo("实时");
    }

    @Test
    void as_of_an_earlier_day_moves_the_reference_and_is_labelled_with_the_instant() {
        AnalysisRequest r = AnalysisRequest.at("2024-06-30", clock);
        assertThat(r.from()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(r.reference()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(r.asOfLabel()).isEqualTo("2024-06-30T15:59:59.999999999Z");
    }

    @Test
    void a_period_ending_before_it_starts_is_refused() {
        assertThatThrownBy(() -> AnalysisRequest.parse("2024-05-01", "2024-04-01", null, clock))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.type()).isEqualTo("invalid-period"));
    }
}
