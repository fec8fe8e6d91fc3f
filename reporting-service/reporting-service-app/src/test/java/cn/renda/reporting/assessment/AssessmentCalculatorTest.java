package cn.renda.reporting.assessment;

import cn.renda.reporting.analysis.CountyFixture;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AssessmentCalculatorTest {

    static final LocalDate FROM = LocalDate.parse("2024-01-01");
    static final LocalDate TO = LocalDate.parse("2024-12-31");

    @Test
    void townships_are_ranked_by_weighted_normalised_indicators_with_the_breakdown() {
        Assessment a = AssessmentCalculator.compute(CountyFixture.county(), "410327", IndicatorSettings.defaults(),
                FROM, TO, TO, null, true);
        assertThat(a.indicators()).hasSize(Indicator.values().length);
        assertThat(a.indicators().stream().mapToInt(Assessment.Definition::weight).sum()).isEqualTo(100);
        assertThat(a.townships()).extracting(Assessment.TownshipScore::township).containsExactly("410327100", "410327101");
        Assessment.TownshipScore first = a.townships().get(0);
        assertThat(first.rank()).isEqualTo(1);
        assertThat(first.name()).isEqualTo("城关镇");
        Assessment.Part sessions = part(first, Indicator.SESSIONS_HELD);
        assertThat(sessions.raw()).isEqualTo(1.0);
        assertThat(sessions.score()).isEqualTo(100.0);
        assertThat(sessions.contribution()).isEqualTo(10.0);
        Assessment.Part length = part(first, Indicator.SESSION_LENGTH);
        assertThat(length.raw()).isEqualTo(1.0);
        assertThat(length.score()).as("1 of the 2 days targeted").isEqualTo(50.0);
        assertThat(length.contribution()).isEqualTo(5.0);
        assertThat(part(first, Indicator.FULL_TIME_VICE_CHAIR).contribution()).isEqualTo(10.0);
        Assessment.Part inspections = part(first, Indicator.INSPECTIONS_PER_100_DEPUTIES);
        assertThat(inspections.raw()).as("1 inspection, 2 deputies").isEqualTo(50.0);
        assertThat(inspections.contribution()).isEqualTo(15.0);
        Assessment.Part onTime = part(first, Indicator.SUGGESTIONS_ANSWERED_ON_TIME);
        assertThat(onTime.raw()).as("two overdue, none answered").isEqualTo(0.0);
        assertThat(part(first, Indicator.SATISFACTION_RATE).raw()).as("nothing rated").isNull();
        assertThat(part(first, Indicator.SATISFACTION_RATE).score()).isZero();
        assertThat(part(first, Indicator.GROUP_ACTIVITIES_HELD_VS_PLANNED).raw()).isEqualTo(100.0);
        assertThat(part(first, Indicator.TRAINING_COVERAGE).raw()).isEqualTo(50.0);
        assertThat(first.score()).isEqualTo(first.breakdown().stream().mapToDouble(Assessment.Part::contribution).sum(),
                org.assertj.core.data.Offset.offset(0.05));
        assertThat(a.townships().get(1).score()).isLessThan(first.score());
        assertThat(a.townships().get(1).rank()).isEqualTo(2);
    }

    @Test
    void the_countys_weights_and_targets_change_the_score() {
        IndicatorSettings onlySessions = new IndicatorSettings(List.of(
                new IndicatorSettings.Weighted("SESSIONS_HELD", 60, 2.0),
                new IndicatorSettings.Weighted("FULL_TIME_VICE_CHAIR", 40, 1.0)));
        Assessment a = AssessmentCalculator.compute(CountyFixture.county(), "410327", onlySessions, FROM, TO, TO, null,
                false);
        assertThat(a.townships().get(0).score()).as("half the sessions targeted (30) + a vice chair (40)").isEqualTo(70.0);
        assertThat(a.townships().get(1).score()).isZero();
        assertThat(a.indicators().get(0).label()).isEqualTo("congress sessions held");
    }

    @Test
    void weights_must_be_known_unique_and_sum_to_100() {
        Validator v = Validation.buildDefaultValidatorFactory().getValidator();
        assertThat(v.validate(IndicatorSettings.defaults())).isEmpty();
        assertThat(v.validate(new IndicatorSettings(List.of(new IndicatorSettings.Weighted("SESSIONS_HELD", 90, 1.0)))))
                .extracting(c -> c.getPropertyPath().toString()).containsExactly("weightsSumTo100");
        assertThat(v.validate(new IndicatorSettings(List.of(new IndicatorSettings.Weighted("NOPE", 50, 1.0),
                new IndicatorSettings.Weighted("NOPE", 50, 1.0))))).extracting(c -> c.getPropertyPath().toString())
                .containsExactlyInAnyOrder("codesKnown", "codesUnique");
        assertThat(v.validate(new IndicatorSettings(List.of(new IndicatorSettings.Weighted("SESSIONS_HELD", 100, -1.0)))))
                .extracting(c -> c.getPropertyPath().toString()).containsExactly("indicators[0].target");
    }

    static Assessment.Part part(Assessment.TownshipScore s, Indicator i) {
        return s.breakdown().stream().filter(p -> p.code() == i).findFirst().orElseThrow();
    }
}
