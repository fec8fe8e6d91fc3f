package cn.renda.reporting.report;

import cn.renda.reporting.dashboard.Dashboard;
import cn.renda.reporting.dashboard.Figures;
import cn.renda.reporting.documents.ResearchFigures;
import cn.renda.reporting.facts.Facts;
import cn.renda.training.api.LegalTopic;

import java.util.List;
import java.util.Map;

/**
 * The research report's figures, taken from the county dashboard of the same period (so the report and the
 * dashboard agree) and the alert texts. Session days count congress sessions only (presidium meetings are not
 * 人代会). Pure.
 */
public final class ResearchFiguresFactory {

    private ResearchFiguresFactory() {
    }

    public static ResearchFigures from(Dashboard d, Facts facts, String countyName, List<String> alerts) {
        Figures f = d.figures();
        Map<String, Long> occupation = d.composition().byOccupation();
        Map<String, Long> gender = d.composition().byGender();
        long congressDays = facts.sessions().stream().filter(s -> !"PRESIDIUM_MEETING".equals(s.kind()))
                .filter(s -> s.openedOn() != null && !s.openedOn().isBefore(d.from()) && !s.openedOn().isAfter(d.to())
                        && !s.openedOn().isAfter(d.referenceDate()))
                .mapToLong(s -> s.daysActual() != null ? s.daysActual() : s.daysPlanned() != null ? s.daysPlanned() : 0)
                .sum();
        List<String> topics = d.trainingTopics().keySet().stream().map(t -> {
            try {
                return "《" + LegalTopic.valueOf(t).label(true) + "》";
            } catch (IllegalArgumentException e) {
                return t;
            }
        }).toList();
        List<ResearchFigures.TownshipRow> rows = d.perTownship() == null ? List.of() : d.perTownship().stream()
                .map(t -> new ResearchFigures.TownshipRow(t.township(), t.name() == null ? t.township() : t.name(),
                        i(t.figures().deputies()), i(t.figures().fullTimeViceChairs()), i(t.figures().inspections()),
                        i(t.figures().inspectionPersonTimes()), i(t.figures().suggestions()),
                        i(t.figures().suggestionsOverdue()), i(t.figures().trainings()),
                        i(t.figures().receptionDays()))).toList();
        return new ResearchFigures(d.county(), countyName, d.from(), d.to(), i(f.townships()),
                new ResearchFigures.Presidium(i(f.chairs()), i(f.chairsConcurrentPartySecretary()), i(f.viceChairs()),
                        i(f.fullTimeViceChairs()), i(f.partTimeViceChairs())),
                new ResearchFigures.Deputies(i(f.deputies()), n(occupation, "CADRE"),
                        n(occupation, "WORKER") + n(occupation, "FARMER"), n(occupation, "PROFESSIONAL"),
                        n(gender, "FEMALE"), i(d.composition().reElected())),
                new ResearchFigures.Sessions(i(f.congressSessions()), i(congressDays)),
                new ResearchFigures.Activity(i(f.inspections()), i(f.inspectionPersonTimes())),
                new ResearchFigures.Suggestions(i(f.suggestions()), i(f.suggestionsAnswered()),
                        i(f.suggestionsAnsweredOnTime()), i(f.suggestionsOverdue()),
                        f.suggestionSatisfactionRate() == null ? null : f.suggestionSatisfactionRate() / 100.0),
                new ResearchFigures.Trainings(i(f.trainings()), i(f.trainingPersonTimes()), topics),
                i(f.receptionDays()), i(f.groupActivitiesHeld()), i(f.petitions()), rows, alerts);
    }

    private static int n(Map<String, Long> counts, String key) {
        return i(counts.getOrDefault(key, 0L));
    }

    private static int i(long v) {
        return Math.toIntExact(v);
    }
}
