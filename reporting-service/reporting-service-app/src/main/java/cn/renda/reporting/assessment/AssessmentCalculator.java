package cn.renda.reporting.assessment;

import cn.renda.reporting.dashboard.Dashboard;
import cn.renda.reporting.dashboard.DashboardCalculator;
import cn.renda.reporting.dashboard.Figures;
import cn.renda.reporting.facts.Facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The assessment as a pure function of a county's facts: each township's figures come from the dashboard
 * calculation for the same period and reference day (so the assessment and the dashboard never disagree); the
 * average session length counts congress sessions only.
 */
public final class AssessmentCalculator {

    private AssessmentCalculator() {
    }

    public static Assessment compute(Facts facts, String county, IndicatorSettings settings, LocalDate from,
                                     LocalDate to, LocalDate reference, Instant asOf, boolean chinese) {
        Dashboard d = DashboardCalculator.compute(facts, county, null, from, to, reference);
        LocalDate end = reference.isBefore(to) ? reference : to;
        double months = end.isBefore(from) ? 0 : Math.max(1, ChronoUnit.DAYS.between(from, end) + 1) / (365.25 / 12);
        List<Assessment.Definition> defs = settings.indicators().stream().map(w -> {
            Indicator i = Indicator.valueOf(w.code());
            return new Assessment.Definition(i, i.label(chinese), w.weight(), w.target());
        }).toList();
        List<Assessment.TownshipScore> scores = new ArrayList<>();
        for (Dashboard.TownshipEntry t : d.perTownship()) {
            List<Assessment.Part> parts = new ArrayList<>();
            double total = 0;
            for (Assessment.Definition def : defs) {
                Double raw = raw(def.code(), t.figures(), facts, t.township(), from, to, reference, months);
                double score = raw == null ? 0 : round(Math.min(raw / def.target(), 1.0) * 100);
                double contribution = round(score * def.weight() / 100.0);
                total += contribution;
                parts.add(new Assessment.Part(def.code(), def.label(), raw, def.target(), score, def.weight(),
                        contribution));
            }
            scores.add(new Assessment.TownshipScore(0, t.township(), t.name(), round(total), parts));
        }
        scores.sort(Comparator.comparingDouble(Assessment.TownshipScore::score).reversed()
                .thenComparing(Assessment.TownshipScore::township));
        List<Assessment.TownshipScore> ranked = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            Assessment.TownshipScore s = scores.get(i);
            int rank = i > 0 && scores.get(i - 1).score() == s.score() ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new Assessment.TownshipScore(rank, s.township(), s.name(), s.score(), s.breakdown()));
        }
        return new Assessment(county, from, to, reference, asOf, defs, ranked);
    }

    static Double raw(Indicator indicator, Figures f, Facts facts, String township, LocalDate from, LocalDate to,
                      LocalDate reference, double months) {
        return switch (indicator) {
            case SESSIONS_HELD -> (double) f.congressSessions();
            case SESSION_LENGTH -> {
                List<Integer> days = facts.sessions().stream().filter(s -> township.equals(s.township())
                                && !"PRESIDIUM_MEETING".equals(s.kind()) && s.openedOn() != null
                                && !s.openedOn().isBefore(from) && !s.openedOn().isAfter(to)
                                && !s.openedOn().isAfter(reference))
                        .map(s -> s.daysActual() != null ? s.daysActual() : s.daysPlanned())
                        .filter(java.util.Objects::nonNull).toList();
                yield days.isEmpty() ? null : round(days.stream().mapToInt(Integer::intValue).average().orElse(0));
            }
            case FULL_TIME_VICE_CHAIR -> f.fullTimeViceChairs() > 0 ? 1.0 : 0.0;
            case INSPECTIONS_PER_100_DEPUTIES -> f.deputies() == 0 ? null : round(100.0 * f.inspections() / f.deputies());
            case SUGGESTIONS_ANSWERED_ON_TIME -> {
                long due = f.suggestionsAnswered() + f.suggestionsOverdue();
                yield due == 0 ? null : round(100.0 * f.suggestionsAnsweredOnTime() / due);
            }
            case SATISFACTION_RATE -> f.suggestionSatisfactionRate();
            case RECEPTION_DAYS_PER_MONTH -> months == 0 ? null : round(f.receptionDays() / months);
            case GROUP_ACTIVITIES_HELD_VS_PLANNED -> f.groupActivitiesPlanned() == 0 ? null
                    : round(100.0 * f.groupActivitiesHeld() / f.groupActivitiesPlanned());
            case TRAINING_COVERAGE -> f.trainingCoverageRate();
        };
    }

    static double round(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
