package cn.renda.reporting.dashboard;

import cn.renda.reporting.facts.Facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A dashboard as a pure function of a county's facts: {@code compute(facts, township-or-null, from, to, reference)}.
 * No I/O, no clock. Dated records count when their date lies in {@code [from, to]}; deputies and presidium posts are
 * counted as on {@code to}; what happened after the reference date (replies, ratings, trainings not yet held) does not
 * count yet, and a suggestion is overdue when its deadline lies before the reference date without an answer by then.
 * The live dashboard and the time-travel one both call this, with facts from Mongo or folded from the log.
 */
public final class DashboardCalculator {

    private DashboardCalculator() {
    }

    public static Dashboard compute(Facts facts, String county, String township, LocalDate from, LocalDate to,
                                    LocalDate reference) {
        Period p = new Period(from, to, reference);
        Facts scoped = township == null ? facts : facts.inTownship(township);
        Figures figures = figures(facts, scoped, township, p);
        String name = township == null ? null : facts.townships().stream().filter(t -> township.equals(t.code()))
                .map(Facts.Township::name).findFirst().orElse(null);
        List<Dashboard.TownshipEntry> perTownship = township != null ? null : facts.townships().stream()
                .sorted(Comparator.comparing(Facts.Township::code))
                .map(t -> {
                    Facts own = facts.inTownship(t.code());
                    return new Dashboard.TownshipEntry(t.code(), t.name(), figures(facts, own, t.code(), p),
                            composition(own, p), byResult(own, p));
                }).toList();
        return new Dashboard(county, township, name, from, to, reference, figures, composition(scoped, p),
                byResult(scoped, p), trainingTopics(facts, township, p), perTownship);
    }

    record Period(LocalDate from, LocalDate to, LocalDate reference) {
        boolean in(LocalDate d) {
            return d != null && !d.isBefore(from) && !d.isAfter(to);
        }

        boolean by(LocalDate d) {
            return d != null && !d.isAfter(reference);
        }

        boolean heldIn(LocalDate d) {
            return in(d) && by(d);
        }
    }

    private static Figures figures(Facts county, Facts f, String township, Period p) {
        List<Facts.Deputy> serving = f.deputies().stream().filter(d -> d.servingOn(p.to())).toList();
        // posts held on `to`, in each township's latest presidium formed by then
        Map<String, Facts.Presidium> latest = new TreeMap<>();
        for (Facts.Presidium pr : f.presidiums()) {
            if (pr.formedOn() != null && pr.formedOn().isAfter(p.to())) {
                continue;
            }
            String key = String.valueOf(pr.township());
            Facts.Presidium known = latest.get(key);
            if (known == null || term(pr) > term(known)) {
                latest.put(key, pr);
            }
        }
        List<Facts.PresidiumMember> posts = latest.values().stream().flatMap(pr -> pr.members().stream())
                .filter(m -> m.holdsOn(p.to())).toList();
        List<Facts.PresidiumMember> chairs = posts.stream().filter(m -> "CHAIR".equals(m.role())).toList();
        List<Facts.PresidiumMember> vices = posts.stream().filter(m -> "VICE_CHAIR".equals(m.role())).toList();

        List<Facts.Session> sessions = f.sessions().stream()
                .filter(s -> p.heldIn(s.openedOn() != null ? s.openedOn() : null)).toList();
        long servingSum = sessions.stream().mapToLong(s -> s.servingDeputies() == null ? 0 : s.servingDeputies()).sum();
        long presentSum = sessions.stream().filter(s -> s.servingDeputies() != null && s.servingDeputies() > 0)
                .mapToLong(Facts.Session::present).sum();
        List<Facts.Session> withDocuments = sessions.stream().filter(s -> !s.documents().isEmpty()).toList();

        List<Facts.Inspection> inspections = f.inspections().stream().filter(i -> p.in(i.date())).toList();
        List<Facts.Item> followUps = inspections.stream().flatMap(i -> i.followUps().stream()).toList();

        List<Facts.Suggestion> suggestions = f.suggestions().stream().filter(s -> p.in(s.submittedOn())).toList();
        long answered = suggestions.stream().filter(s -> firstReply(s, p) != null).count();
        long answeredOnTime = suggestions.stream().filter(s -> firstReply(s, p) != null && firstReply(s, p).onTime())
                .count();
        long overdue = suggestions.stream().filter(s -> s.deadline() != null && s.deadline().isBefore(p.reference())
                && firstReply(s, p) == null).count();
        long rated = suggestions.stream().filter(s -> latestRating(s, p) != null).count();
        long satisfied = suggestions.stream().map(s -> latestRating(s, p))
                .filter(r -> "SATISFIED".equals(r) || "BASICALLY_SATISFIED".equals(r)).count();

        List<Facts.EnforcementInspection> enforcement = f.enforcementInspections().stream()
                .filter(e -> p.in(e.startedOn())).toList();
        List<Facts.WorkReport> reports = f.workReports().stream().filter(r -> p.in(r.deliveredOn())).toList();
        List<Facts.Item> rectification = java.util.stream.Stream.concat(
                enforcement.stream().flatMap(e -> e.rectificationItems().stream()),
                reports.stream().flatMap(r -> r.rectificationItems().stream())).toList();

        List<Facts.Petition> petitions = f.petitions().stream().filter(x -> p.in(x.receivedOn())).toList();
        long petitionsInTime = petitions.stream().filter(x -> (p.by(x.repliedOn()) && x.repliedOnTime())
                || (p.by(x.refusedOn()) && x.refusedOnTime())).count();
        long petitionsOverdue = petitions.stream().filter(x -> !p.by(x.repliedOn()) && !p.by(x.refusedOn())
                && (x.overdueRaised()
                || (x.handleBy() != null && x.handleBy().isBefore(p.reference()))
                || (!p.by(x.acceptedOn()) && x.acceptBy() != null && x.acceptBy().isBefore(p.reference())))).count();

        List<Facts.ReceptionDay> receptions = f.receptionDays().stream().filter(r -> p.in(r.heldOn())).toList();
        List<Facts.HomeVisit> visits = f.homeVisits().stream().filter(v -> p.in(v.visitedOn())).toList();
        long voterReports = f.voterReports().stream().filter(v -> p.in(v.reportedOn())).count();
        List<Facts.GroupActivity> activities = f.deputyGroups().stream().flatMap(g -> g.activities().stream()).toList();
        List<Facts.GroupActivity> held = activities.stream().filter(a -> p.heldIn(a.heldOn())).toList();

        List<Facts.Training> trainings = trainingsFor(county, township, p);
        List<Facts.Participant> attended = trainings.stream().flatMap(t -> t.participants().stream())
                .filter(x -> x.attended() && (township == null || township.equals(x.township()))).toList();
        Set<String> trained = new HashSet<>();
        attended.forEach(x -> trained.add(x.deputyId()));
        long servingTrained = serving.stream().filter(d -> trained.contains(d.id())).count();
        long hours = trainings.stream().mapToLong(t -> {
            long n = t.participants().stream().filter(x -> x.attended()
                    && (township == null || township.equals(x.township()))).count();
            return n == 0 ? 0 : (t.hours() == null ? 0 : t.hours());
        }).sum();

        return new Figures(
                f.townships().size(),
                serving.size(),
                chairs.size(),
                vices.size(),
                vices.stream().filter(Facts.PresidiumMember::fullTime).count(),
                vices.stream().filter(m -> !m.fullTime()).count(),
                chairs.stream().filter(Facts.PresidiumMember::partySecretary).count(),
                vices.stream().filter(Facts.PresidiumMember::governmentDuties).count(),
                sessions.size(),
                sessions.stream().filter(s -> !"PRESIDIUM_MEETING".equals(s.kind())).count(),
                sessions.stream().filter(s -> "PRESIDIUM_MEETING".equals(s.kind())).count(),
                sessions.stream().mapToLong(s -> s.daysActual() != null ? s.daysActual()
                        : s.daysPlanned() != null ? s.daysPlanned() : 0).sum(),
                percent(presentSum, servingSum),
                withDocuments.size(),
                withDocuments.isEmpty() ? null : round(withDocuments.stream().mapToInt(s -> s.documents().stream()
                        .mapToInt(Facts.SessionDocuments::daysBefore).max().orElse(0)).average().orElse(0)),
                inspections.size(),
                inspections.stream().mapToLong(Facts.Inspection::participants).sum(),
                followUps.size(),
                followUps.stream().filter(i -> p.by(i.completedOn())).count(),
                suggestions.size(),
                suggestions.stream().filter(Facts.Suggestion::duringSession).count(),
                suggestions.stream().filter(s -> p.by(s.assignedOn())).count(),
                answered,
                answeredOnTime,
                overdue,
                rated,
                satisfied,
                percent(satisfied, rated),
                suggestions.stream().filter(s -> s.reHandlings() > 0).count(),
                suggestions.stream().filter(s -> s.carriedOverTo() != null).count(),
                suggestions.stream().filter(Facts.Suggestion::flagged).count(),
                enforcement.size(),
                rectification.size(),
                rectification.stream().filter(i -> p.by(i.completedOn())).count(),
                reports.size(),
                reports.stream().filter(r -> p.by(r.deliberatedOn())).count(),
                petitions.size(),
                petitionsInTime,
                petitionsOverdue,
                receptions.size(),
                receptions.stream().mapToLong(Facts.ReceptionDay::visitors).sum(),
                visits.size(),
                visits.stream().mapToLong(Facts.HomeVisit::households).sum(),
                voterReports,
                activities.stream().filter(a -> p.in(a.plannedOn())).count(),
                held.size(),
                held.stream().mapToLong(Facts.GroupActivity::attendees).sum(),
                township == null ? trainings.size()
                        : trainings.stream().filter(t -> township.equals(t.organiserTownship())
                        || t.participants().stream().anyMatch(x -> x.attended() && township.equals(x.township())))
                        .count(),
                attended.size(),
                hours,
                trained.size(),
                percent(servingTrained, serving.size()),
                trainings.stream().map(Facts.Training::topic).filter(java.util.Objects::nonNull).distinct().count());
    }

    /** Trainings held in the period; for a township, the county's trainings too (its deputies attend them). */
    private static List<Facts.Training> trainingsFor(Facts county, String township, Period p) {
        return county.trainings().stream().filter(t -> p.heldIn(t.date()))
                .filter(t -> township == null || township.equals(t.organiserTownship())
                        || t.participants().stream().anyMatch(x -> township.equals(x.township())))
                .toList();
    }

    private static Map<String, Long> trainingTopics(Facts county, String township, Period p) {
        return count(trainingsFor(county, township, p), t -> t.topic());
    }

    private static Map<String, Long> byResult(Facts f, Period p) {
        return count(f.suggestions().stream().filter(s -> p.in(s.submittedOn()))
                .map(s -> latestReply(s, p)).filter(java.util.Objects::nonNull).toList(), Facts.Reply::result);
    }

    private static Composition composition(Facts f, Period p) {
        List<Facts.Deputy> serving = f.deputies().stream().filter(d -> d.servingOn(p.to())).toList();
        int year = p.to().getYear();
        long cadres = serving.stream().filter(d -> "CADRE".equals(d.occupation())).count();
        long women = serving.stream().filter(d -> "FEMALE".equals(d.gender())).count();
        long reElected = serving.stream().filter(Facts.Deputy::reElected).count();
        return new Composition(count(serving, Facts.Deputy::gender), count(serving, Facts.Deputy::occupation),
                count(serving, Facts.Deputy::education), count(serving, Facts.Deputy::party),
                count(serving, Facts.Deputy::ethnicity), count(serving, d -> ageBand(d.birthYear(), year)),
                reElected, serving.size() - reElected, percent(cadres, serving.size()),
                percent(women, serving.size()));
    }

    static String ageBand(Integer birthYear, int year) {
        if (birthYear == null) {
            return "UNKNOWN";
        }
        int age = year - birthYear;
        return age < 35 ? "UNDER_35" : age < 45 ? "35_44" : age < 55 ? "45_54" : age < 65 ? "55_64" : "65_AND_OVER";
    }

    private static Facts.Reply firstReply(Facts.Suggestion s, Period p) {
        return s.replies().stream().filter(r -> p.by(r.repliedOn())).findFirst().orElse(null);
    }

    private static Facts.Reply latestReply(Facts.Suggestion s, Period p) {
        Facts.Reply last = null;
        for (Facts.Reply r : s.replies()) {
            if (p.by(r.repliedOn())) {
                last = r;
            }
        }
        return last;
    }

    private static String latestRating(Facts.Suggestion s, Period p) {
        String last = null;
        for (Facts.SuggestionRating r : s.ratings()) {
            if (p.by(r.ratedOn())) {
                last = r.rating();
            }
        }
        return last;
    }

    private static int term(Facts.Presidium p) {
        return p.term() == null ? 0 : p.term();
    }

    private static <T> Map<String, Long> count(List<T> items, Function<T, String> key) {
        Map<String, Long> out = new TreeMap<>();
        for (T item : items) {
            String k = key.apply(item);
            out.merge(k == null ? "UNKNOWN" : k, 1L, Long::sum);
        }
        return out;
    }

    static Double percent(long part, long whole) {
        return whole == 0 ? null : round(100.0 * part / whole);
    }

    private static Double round(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
