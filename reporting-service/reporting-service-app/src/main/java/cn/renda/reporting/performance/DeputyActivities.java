package cn.renda.reporting.performance;

import cn.renda.reporting.facts.Fact;
import cn.renda.reporting.facts.Facts;
import org.bson.Document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Every dated activity of every deputy of a county, read from its facts in one pass: sessions and presidium meetings
 * attended (present at the opening), inspections and enforcement inspections joined, suggestions submitted (each
 * co-author), reception days, home visits, reports to voters, group activities attended and trainings attended.
 * Pure: no I/O, no clock. Activities dated after the reference day are left out (not happened yet as of then).
 */
public final class DeputyActivities {

    private final Map<String, List<Activity>> byDeputy;

    private DeputyActivities(Map<String, List<Activity>> byDeputy) {
        this.byDeputy = byDeputy;
    }

    public static DeputyActivities of(Facts facts, String county, LocalDate reference) {
        Map<String, List<Activity>> out = new HashMap<>();
        Map<String, Fact> byId = new HashMap<>();
        facts.all().forEach(f -> byId.put(f.id(), f));
        String base = "/api/counties/" + county;
        for (Facts.Session s : facts.sessions()) {
            if (!by(s.openedOn(), reference)) {
                continue;
            }
            boolean presidium = "PRESIDIUM_MEETING".equals(s.kind());
            String title = presidium ? "主席团会议" : (s.term() != null && s.number() != null
                    ? "第" + s.term() + "届人民代表大会第" + s.number() + "次会议" : "人民代表大会会议");
            Activity a = new Activity(s.openedOn(), presidium ? ActivityKind.PRESIDIUM_MEETING : ActivityKind.SESSION,
                    title, s.township(), s.source(),
                    base + (presidium ? "/presidium-meetings/" : "/sessions/") + s.id());
            strings(byId.get(s.source()).state(), "presentDeputyIds").forEach(d -> add(out, d, a));
        }
        for (Facts.Inspection i : facts.inspections()) {
            if (by(i.date(), reference)) {
                Activity a = new Activity(i.date(), ActivityKind.INSPECTION, i.topic(), i.township(), i.source(),
                        base + "/inspections/" + i.id());
                new LinkedHashSet<>(i.deputyIds()).forEach(d -> add(out, d, a));
            }
        }
        for (Facts.EnforcementInspection e : facts.enforcementInspections()) {
            if (by(e.startedOn(), reference)) {
                Activity a = new Activity(e.startedOn(), ActivityKind.ENFORCEMENT_INSPECTION, e.law(), e.township(),
                        e.source(), base + "/enforcement-inspections/" + e.id());
                new LinkedHashSet<>(e.deputyIds()).forEach(d -> add(out, d, a));
            }
        }
        for (Facts.Suggestion s : facts.suggestions()) {
            if (by(s.submittedOn(), reference)) {
                Object title = byId.get(s.source()).state().get("title");
                Activity a = new Activity(s.submittedOn(), ActivityKind.SUGGESTION,
                        title == null ? "代表建议" : title.toString(), s.township(), s.source(),
                        base + "/suggestions/" + s.id());
                new LinkedHashSet<>(s.deputyIds()).forEach(d -> add(out, d, a));
            }
        }
        for (Facts.ReceptionDay r : facts.receptionDays()) {
            if (by(r.heldOn(), reference)) {
                Object place = byId.get(r.source()).state().get("place");
                Activity a = new Activity(r.heldOn(), ActivityKind.RECEPTION_DAY,
                        "选民接待日" + (place == null ? "" : "（" + place + "）"), r.township(), r.source(),
                        base + "/receptions/" + r.id() + "/history");
                new LinkedHashSet<>(r.deputyIds()).forEach(d -> add(out, d, a));
            }
        }
        for (Facts.HomeVisit v : facts.homeVisits()) {
            if (by(v.visitedOn(), reference)) {
                Activity a = new Activity(v.visitedOn(), ActivityKind.HOME_VISIT, "走访选民 " + v.households() + " 户",
                        v.township(), v.source(), base + "/home-visits/" + v.id() + "/history");
                new LinkedHashSet<>(v.deputyIds()).forEach(d -> add(out, d, a));
            }
        }
        for (Facts.VoterReport r : facts.voterReports()) {
            if (by(r.reportedOn(), reference) && r.deputyId() != null) {
                add(out, r.deputyId(), new Activity(r.reportedOn(), ActivityKind.VOTER_REPORT,
                        "向 " + r.voters() + " 名选民述职", r.township(), r.source(),
                        base + "/voter-reports/" + r.id() + "/history"));
            }
        }
        for (Facts.DeputyGroup g : facts.deputyGroups()) {
            Map<String, Document> raw = new HashMap<>();
            if (byId.get(g.source()).state().get("activities") instanceof List<?> l) {
                l.stream().filter(o -> o instanceof Document).map(o -> (Document) o)
                        .forEach(d -> raw.put(String.valueOf(d.get("activityId")), d));
            }
            for (Facts.GroupActivity ga : g.activities()) {
                if (by(ga.heldOn(), reference)) {
                    Activity a = new Activity(ga.heldOn(), ActivityKind.GROUP_ACTIVITY,
                            (g.name() == null ? "代表小组" : g.name()) + (ga.topic() == null ? "" : "：" + ga.topic()),
                            g.township(), g.source(), base + "/groups/" + g.id());
                    Document d = raw.get(String.valueOf(ga.activityId()));
                    new LinkedHashSet<>(d == null ? List.of() : strings(d, "attendeeIds")).forEach(x -> add(out, x, a));
                }
            }
        }
        for (Facts.Training t : facts.trainings()) {
            if (by(t.date(), reference)) {
                for (Facts.Participant p : t.participants()) {
                    if (p.attended() && p.deputyId() != null) {
                        add(out, p.deputyId(), new Activity(t.date(), ActivityKind.TRAINING,
                                t.title() == null ? "培训" : t.title(), p.township(), t.source(),
                                base + "/trainings/" + t.id()));
                    }
                }
            }
        }
        Comparator<Activity> order = Comparator.comparing(Activity::date).thenComparing(Activity::kind)
                .thenComparing(Activity::source);
        out.values().forEach(list -> list.sort(order));
        return new DeputyActivities(out);
    }

    /** The deputy's activities, oldest first. */
    public List<Activity> of(String deputyId) {
        return byDeputy.getOrDefault(deputyId, List.of());
    }

    /** The day of the deputy's latest activity, or null. */
    public LocalDate lastOn(String deputyId) {
        List<Activity> list = of(deputyId);
        return list.isEmpty() ? null : list.get(list.size() - 1).date();
    }

    private static boolean by(LocalDate d, LocalDate reference) {
        return d != null && !d.isAfter(reference);
    }

    private static void add(Map<String, List<Activity>> out, String deputyId, Activity a) {
        out.computeIfAbsent(deputyId, k -> new ArrayList<>()).add(a);
    }

    private static List<String> strings(Document d, String field) {
        List<String> out = new ArrayList<>();
        if (d != null && d.get(field) instanceof List<?> l) {
            l.stream().filter(java.util.Objects::nonNull).forEach(o -> out.add(o.toString()));
        }
        return out;
    }
}
