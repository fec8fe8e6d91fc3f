package cn.renda.reporting.comparison;

import cn.renda.reporting.analysis.CountyFixture;
import cn.renda.reporting.facts.Facts;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ComparisonCalculatorTest {

    static Comparison.Metric metric(Comparison.CountyFigures c, String code) {
        return c.metrics().stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void figures_are_per_100_deputies_with_the_change_from_the_previous_period() {
        Map<String, Facts> counties = new LinkedHashMap<>();
        counties.put("410327", CountyFixture.county());
        counties.put("610822", new Facts(java.util.List.of()));
        Comparison c = ComparisonCalculator.compute(counties, LocalDate.parse("2024-04-01"),
                LocalDate.parse("2024-06-30"), LocalDate.parse("2024-01-01"), LocalDate.parse("2024-03-31"),
                LocalDate.parse("2024-12-31"), null, 1, 1, true);
        assertThat(c.counties()).extracting(Comparison.CountyFigures::county).containsExactly("410327", "610822");
        Comparison.CountyFigures first = c.counties().get(0);
        assertThat(first.deputies()).isEqualTo(3);
        Comparison.Metric inspections = metric(first, "inspections");
        assertThat(inspections.value()).as("1 inspection, 3 deputies").isEqualTo(33.3);
        assertThat(inspections.previous()).isEqualTo(0.0);
        assertThat(inspections.change()).isEqualTo(33.3);
        assertThat(inspections.changePercent()).as("nothing before").isNull();
        Comparison.Metric suggestions = metric(first, "suggestions");
        assertThat(suggestions.value()).isEqualTo(0.0);
        assertThat(suggestions.previous()).as("two submitted in March").isEqualTo(66.7);
        assertThat(suggestions.change()).isEqualTo(-66.7);
        assertThat(suggestions.changePercent()).isEqualTo(-100.0);
        assertThat(suggestions.label()).isEqualTo("代表建议数（每百名代表）");
        Comparison.Metric satisfaction = metric(first, "suggestionSatisfactionRate");
        assertThat(satisfaction.value()).isNull();
        assertThat(satisfaction.hidden()).contains("已测评建议少于 1 件");
        Comparison.CountyFigures empty = c.counties().get(1);
        assertThat(metric(empty, "inspections").value()).isNull();
        assertThat(metric(empty, "inspections").hidden()).isEqualTo("样本不足：在任代表少于 1 名");
    }

    @Test
    void figures_below_the_minimum_sample_are_hidden_with_the_reason() {
        Comparison c = ComparisonCalculator.compute(Map.of("410327", CountyFixture.county()),
                LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31"), LocalDate.parse("2023-01-01"),
                LocalDate.parse("2023-12-31"), LocalDate.parse("2024-12-31"), null, 30, 10, false);
        Comparison.Metric m = metric(c.counties().get(0), "inspections");
        assertThat(m.value()).isNull();
        assertThat(m.change()).isNull();
        assertThat(m.hidden()).isEqualTo("sample too small: fewer than 30 serving deputies");
        assertThat(c.minDeputies()).isEqualTo(30);
    }
}
