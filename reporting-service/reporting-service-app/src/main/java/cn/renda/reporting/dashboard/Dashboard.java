package cn.renda.reporting.dashboard;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A dashboard as answered: the scope and period, the reference date used for "overdue" and "serving", the figures
 * (at the top level of the JSON), the deputies' composition, suggestions by the result of their latest reply,
 * trainings by legal topic, and for a county one entry per registered township.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Dashboard(String county, String township, String townshipName, LocalDate from, LocalDate to,
                        LocalDate referenceDate, @JsonUnwrapped Figures figures, Composition composition,
                        Map<String, Long> suggestionsByResult, Map<String, Long> trainingTopics,
                        List<TownshipEntry> perTownship) {

    /** One township of a county dashboard: its code and name, and the same numbers for the township alone. */
    public record TownshipEntry(String township, String name, @JsonUnwrapped Figures figures,
                                Composition composition, Map<String, Long> suggestionsByResult) {
    }
}
