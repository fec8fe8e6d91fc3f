package cn.renda.reporting.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.bson.Document;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A county's choice of indicators, weights and targets ({@code PUT .../assessment/indicators}): known codes, each
 * once, whole weights from 0 to 100 summing to exactly 100, positive targets.
 */
public record IndicatorSettings(@NotEmpty @Valid List<@NotNull @Valid Weighted> indicators) {

    public record Weighted(@NotBlank String code, @NotNull @Min(0) @Max(100) Integer weight,
                           @NotNull @Positive Double target) {
    }

    public static IndicatorSettings defaults() {
        return new IndicatorSettings(Arrays.stream(Indicator.values())
                .map(i -> new Weighted(i.name(), i.defaultWeight(), i.defaultTarget())).toList());
    }

    @AssertTrue(message = "权重合计必须为 100 / weights must sum to 100")
    public boolean isWeightsSumTo100() {
        return indicators == null || indicators.stream().filter(Objects::nonNull).mapToInt(w -> w.weight() == null ? 0
                : w.weight()).sum() == 100;
    }

    @AssertTrue(message = "指标代码未知 / unknown indicator code")
    public boolean isCodesKnown() {
        return indicators == null || indicators.stream().filter(Objects::nonNull)
                .allMatch(w -> w.code() == null || Indicator.known(w.code()));
    }

    @AssertTrue(message = "指标重复 / an indicator is listed twice")
    public boolean isCodesUnique() {
        return indicators == null || indicators.stream().filter(Objects::nonNull).map(Weighted::code)
                .allMatch(new HashSet<>()::add);
    }

    public Document toDocument() {
        return new Document("indicators", indicators.stream().map(w -> new Document("code", w.code())
                .append("weight", w.weight()).append("target", w.target())).toList());
    }

    public static IndicatorSettings fromDocument(Document d) {
        return new IndicatorSettings(d.getList("indicators", Document.class).stream()
                .map(w -> new Weighted(w.getString("code"), ((Number) w.get("weight")).intValue(),
                        ((Number) w.get("target")).doubleValue())).toList());
    }
}
