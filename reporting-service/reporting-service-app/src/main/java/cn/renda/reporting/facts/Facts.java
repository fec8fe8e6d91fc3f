package cn.renda.reporting.facts;

import org.bson.Document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A county's facts, read as typed views. Whatever reporting calculates (dashboards, records, alerts, comparisons)
 * starts here, in plain Java, from live facts ({@code reporting_facts}) or from facts folded in memory for an
 * earlier instant: both give the same {@code Facts}. Every view keeps its fact id ({@code source}) so a figure can
 * be explained by the facts it counted. Enum values are the producers' names (e.g. {@code FEMALE}, {@code CHAIR}).
 */
public final class Facts {

    private final List<Fact> all;
    private final Facts parent;
    private final java.util.Set<String> ids;
    private final java.util.Map<String, List<?>> views = new java.util.concurrent.ConcurrentHashMap<>();

    public Facts(Collection<Fact> facts) {
        this(facts.stream().sorted(Comparator.comparing(Fact::id)).toList(), null);
    }

    private Facts(List<Fact> sorted, Facts parent) {
        this.all = sorted;
        this.parent = parent;
        this.ids = parent == null ? null : sorted.stream().map(Fact::id).collect(java.util.stream.Collectors.toSet());
    }

    /** What every view has: the id of the fact it was read from. */
    public interface Sourced {
        String source();
    }

    public List<Fact> all() {
        return all;
    }

    /** The facts of one township only (facts without a township, e.g. county-wide trainings, are left out). */
    public Facts inTownship(String township) {
        Facts root = parent == null ? this : parent;
        return new Facts(all.stream().filter(f -> township.equals(f.township())).toList(), root);
    }

    /** The views of one kind, made once per {@code Facts} (the calculators ask for them many times). */
    @SuppressWarnings("unchecked")
    private <T extends Sourced> List<T> of(String kind, Function<Fact, T> view) {
        return (List<T>) views.computeIfAbsent(kind, k -> parent != null
                ? parent.of(kind, view).stream().filter(v -> ids.contains(v.source())).toList()
                : all.stream().filter(f -> kind.equals(f.kind())).map(view).toList());
    }

    public List<Township> townships() {
        return of(FactKinds.TOWNSHIP, f -> new Township(f.id(), f.aggregateId(), f.state().getString("name")));
    }

    /** Township congress terms (届): number, first and last day. */
    public List<Term> terms() {
        return of(FactKinds.TERM, f -> new Term(f.id(), f.aggregateId(), f.township(), nullable(f.state(), "number"),
                date(f.state(), "startsOn"), date(f.state(), "endsOn")));
    }

    /** Electoral districts (选区): code, name, seats and registered voters. */
    public List<ElectoralDistrict> electoralDistricts() {
        return of(FactKinds.ELECTORAL_DISTRICT, f -> new ElectoralDistrict(f.id(), f.aggregateId(), f.township(),
                f.state().getString("code"), f.state().getString("name"), integer(f.state(), "seats"),
                integer(f.state(), "voters")));
    }

    public List<Deputy> deputies() {
        return of(FactKinds.DEPUTY, f -> {
            Document s = f.state();
            return new Deputy(f.id(), f.aggregateId(), f.township(), s.getString("name"), s.getString("gender"),
                    nullable(s, "birthYear"), s.getString("occupation"), s.getString("education"),
                    s.getString("party"), s.getString("ethnicity"), bool(s, "reElected"), bool(s, "byElection"),
                    s.getString("groupId"), nullable(s, "term"), date(s, "electedOn"), date(s, "registeredOn"),
                    s.getString("status"), date(s, "statusChangedOn"));
        });
    }

    public List<Presidium> presidiums() {
        return of(FactKinds.PRESIDIUM, f -> {
            Document s = f.state();
            return new Presidium(f.id(), f.aggregateId(), f.township(), nullable(s, "term"), date(s, "formedOn"),
                    docs(s, "members").stream().map(m -> new PresidiumMember(m.getString("deputyId"),
                            m.getString("role"), bool(m, "fullTime"), bool(m, "partySecretary"),
                            bool(m, "governmentDuties"), date(m, "appointedOn"), date(m, "lostOn"),
                            m.getString("lostCause"))).toList());
        });
    }

    public List<Session> sessions() {
        return of(FactKinds.SESSION, f -> {
            Document s = f.state();
            return new Session(f.id(), f.aggregateId(), f.township(), s.getString("sessionKind"), nullable(s, "term"),
                    nullable(s, "number"), date(s, "startsOn"), nullable(s, "daysPlanned"), date(s, "openedOn"),
                    nullable(s, "servingDeputies"), strings(s, "presentDeputyIds").size(), nullable(s, "excused"),
                    date(s, "closedOn"), nullable(s, "daysActual"),
                    docs(s, "documents").stream().map(d -> new SessionDocuments(integer(d, "titles"),
                            date(d, "distributedOn"), integer(d, "daysBefore"))).toList(),
                    docs(s, "votes").stream().map(v -> new SessionVote(v.getString("item"), v.getString("voteKind"),
                            integer(v, "votesFor"), integer(v, "votesAgainst"), integer(v, "abstentions"),
                            bool(v, "passed"))).toList());
        });
    }

    public List<Inspection> inspections() {
        return of(FactKinds.INSPECTION, f -> {
            Document s = f.state();
            return new Inspection(f.id(), f.aggregateId(), f.township(), s.getString("topic"), date(s, "date"),
                    strings(s, "deputyIds"), integer(s, "personTimes"), items(s, "followUps"), date(s, "closedOn"));
        });
    }

    public List<EnforcementInspection> enforcementInspections() {
        return of(FactKinds.ENFORCEMENT_INSPECTION, f -> {
            Document s = f.state();
            return new EnforcementInspection(f.id(), f.aggregateId(), f.township(), s.getString("law"),
                    date(s, "startedOn"), strings(s, "deputyIds"), items(s, "rectificationItems"),
                    date(s, "closedOn"));
        });
    }

    public List<WorkReport> workReports() {
        return of(FactKinds.WORK_REPORT, f -> {
            Document s = f.state();
            Document v = s.get("vote", Document.class);
            return new WorkReport(f.id(), f.aggregateId(), f.township(), s.getString("office"), s.getString("body"),
                    date(s, "deliveredOn"), date(s, "deliberatedOn"),
                    v == null ? null : new Satisfaction(integer(v, "satisfied"), integer(v, "basicallySatisfied"),
                            integer(v, "dissatisfied"), integer(v, "abstained")),
                    items(s, "rectificationItems"), date(s, "closedOn"));
        });
    }

    public List<Petition> petitions() {
        return of(FactKinds.PETITION, f -> {
            Document s = f.state();
            return new Petition(f.id(), f.aggregateId(), f.township(), s.getString("channel"),
                    date(s, "receivedOn"), date(s, "acceptBy"), date(s, "acceptedOn"), date(s, "handleBy"),
                    date(s, "refusedOn"), bool(s, "refusedOnTime"), date(s, "repliedOn"), bool(s, "repliedOnTime"),
                    !docs(s, "overdue").isEmpty());
        });
    }

    public List<Suggestion> suggestions() {
        return of(FactKinds.SUGGESTION, f -> {
            Document s = f.state();
            Document c = s.get("carriedOver", Document.class);
            return new Suggestion(f.id(), f.aggregateId(), f.township(), date(s, "submittedOn"),
                    strings(s, "deputyIds"), s.getString("category"), bool(s, "duringSession"),
                    s.getString("leadUnitId"), date(s, "assignedOn"), date(s, "deadline"), bool(s, "flagged"),
                    docs(s, "replies").stream().map(r -> new Reply(integer(r, "round"), r.getString("unitId"),
                            r.getString("result"), bool(r, "onTime"), date(r, "repliedOn"))).toList(),
                    docs(s, "ratings").stream().map(r -> new SuggestionRating(integer(r, "round"),
                            r.getString("deputyId"), r.getString("rating"), date(r, "ratedOn"))).toList(),
                    docs(s, "reHandlings").size(), c == null ? null : nullable(c, "toYear"),
                    date(s, "dueSoonOn"), date(s, "overdueOn"), date(s, "closedOn"));
        });
    }

    public List<Training> trainings() {
        return of(FactKinds.TRAINING, f -> {
            Document s = f.state();
            return new Training(f.id(), f.aggregateId(), f.township(), s.getString("title"), s.getString("topic"),
                    date(s, "date"), nullable(s, "hours"), s.getString("organiser"),
                    docs(s, "participants").stream().map(p -> new Participant(p.getString("deputyId"),
                            p.getString("township"), bool(p, "enrolled"), bool(p, "attended"), integer(p, "hours"),
                            p.getString("absence"), bool(p, "late"), nullable(p, "score"), bool(p, "passed"),
                            bool(p, "certified"))).toList());
        });
    }

    public List<ReceptionDay> receptionDays() {
        return of(FactKinds.RECEPTION_DAY, f -> new ReceptionDay(f.id(), f.aggregateId(), f.township(),
                date(f.state(), "heldOn"), strings(f.state(), "deputyIds"), integer(f.state(), "visitors"),
                integer(f.state(), "issues")));
    }

    public List<HomeVisit> homeVisits() {
        return of(FactKinds.HOME_VISIT, f -> new HomeVisit(f.id(), f.aggregateId(), f.township(),
                date(f.state(), "visitedOn"), strings(f.state(), "deputyIds"), integer(f.state(), "households"),
                integer(f.state(), "issues")));
    }

    public List<VoterReport> voterReports() {
        return of(FactKinds.VOTER_REPORT, f -> new VoterReport(f.id(), f.aggregateId(), f.township(),
                f.state().getString("deputyId"), date(f.state(), "reportedOn"), integer(f.state(), "voters"),
                new Satisfaction(integer(f.state(), "satisfied"), integer(f.state(), "basicallySatisfied"),
                        integer(f.state(), "dissatisfied"), 0)));
    }

    public List<DeputyGroup> deputyGroups() {
        return of(FactKinds.DEPUTY_GROUP, f -> new DeputyGroup(f.id(), f.aggregateId(), f.township(),
                f.state().getString("name"), f.state().getString("leaderId"),
                docs(f.state(), "activities").stream().map(a -> new GroupActivity(a.getString("activityId"),
                        a.getString("topic"), date(a, "plannedOn"), date(a, "heldOn"), integer(a, "attendees")))
                        .toList()));
    }

    public List<HandlingUnit> handlingUnits() {
        return of(FactKinds.HANDLING_UNIT, f -> new HandlingUnit(f.id(), f.aggregateId(), f.township(),
                f.state().getString("name")));
    }

    // ---- views ----

    public record Township(String source, String code, String name) implements Sourced {
    }

    public record Term(String source, String id, String township, Integer number, LocalDate startsOn,
                       LocalDate endsOn) implements Sourced {

        public boolean covers(LocalDate day) {
            return startsOn != null && !startsOn.isAfter(day) && (endsOn == null || !endsOn.isBefore(day));
        }
    }

    public record ElectoralDistrict(String source, String id, String township, String code, String name, int seats,
                                    int voters) implements Sourced {
    }

    public record Deputy(String source, String id, String township, String name, String gender, Integer birthYear,
                         String occupation, String education, String party, String ethnicity, boolean reElected,
                         boolean byElection, String groupId, Integer term, LocalDate electedOn,
                         LocalDate registeredOn, String status, LocalDate statusChangedOn) implements Sourced {

        /** Serving on the day: elected (or, without an election date, registered) by then and not gone. */
        public boolean servingOn(LocalDate day) {
            LocalDate start = electedOn != null ? electedOn : registeredOn;
            boolean started = start == null || !start.isAfter(day);
            boolean gone = statusChangedOn != null && !"SERVING".equals(status) && !statusChangedOn.isAfter(day);
            return started && !gone;
        }
    }

    public record PresidiumMember(String deputyId, String role, boolean fullTime, boolean partySecretary,
                                  boolean governmentDuties, LocalDate appointedOn, LocalDate lostOn, String lostCause) {

        public boolean holdsOn(LocalDate day) {
            return (appointedOn == null || !appointedOn.isAfter(day)) && (lostOn == null || lostOn.isAfter(day));
        }
    }

    public record Presidium(String source, String id, String township, Integer term, LocalDate formedOn,
                            List<PresidiumMember> members) implements Sourced {
    }

    public record SessionDocuments(int titles, LocalDate distributedOn, int daysBefore) {
    }

    public record SessionVote(String item, String kind, int votesFor, int votesAgainst, int abstentions,
                              boolean passed) {
    }

    public record Session(String source, String id, String township, String kind, Integer term, Integer number,
                          LocalDate startsOn, Integer daysPlanned, LocalDate openedOn, Integer servingDeputies,
                          int present, Integer excused, LocalDate closedOn, Integer daysActual,
                          List<SessionDocuments> documents, List<SessionVote> votes) implements Sourced {
    }

    /** A follow-up of an inspection or a rectification item. */
    public record Item(String itemId, LocalDate deadline, LocalDate completedOn, boolean onTime) {
    }

    public record Inspection(String source, String id, String township, String topic, LocalDate date,
                             List<String> deputyIds, int personTimes, List<Item> followUps, LocalDate closedOn) implements Sourced {

        /** Person-times as recorded, or the number of deputies who took part when none was recorded. */
        public int participants() {
            return personTimes > 0 ? personTimes : deputyIds.size();
        }
    }

    public record EnforcementInspection(String source, String id, String township, String law, LocalDate startedOn,
                                        List<String> deputyIds, List<Item> rectificationItems, LocalDate closedOn) implements Sourced {
    }

    public record Satisfaction(int satisfied, int basicallySatisfied, int dissatisfied, int abstained) {
    }

    public record WorkReport(String source, String id, String township, String office, String body,
                             LocalDate deliveredOn, LocalDate deliberatedOn, Satisfaction vote,
                             List<Item> rectificationItems, LocalDate closedOn) implements Sourced {
    }

    public record Petition(String source, String id, String township, String channel, LocalDate receivedOn,
                           LocalDate acceptBy, LocalDate acceptedOn, LocalDate handleBy, LocalDate refusedOn,
                           boolean refusedOnTime, LocalDate repliedOn, boolean repliedOnTime, boolean overdueRaised) implements Sourced {
    }

    public record Reply(int round, String unitId, String result, boolean onTime, LocalDate repliedOn) {
    }

    public record SuggestionRating(int round, String deputyId, String rating, LocalDate ratedOn) {
    }

    public record Suggestion(String source, String id, String township, LocalDate submittedOn,
                             List<String> deputyIds, String category, boolean duringSession, String leadUnitId,
                             LocalDate assignedOn, LocalDate deadline, boolean flagged, List<Reply> replies,
                             List<SuggestionRating> ratings, int reHandlings, Integer carriedOverTo,
                             LocalDate dueSoonOn, LocalDate overdueOn, LocalDate closedOn) implements Sourced {
    }

    public record Participant(String deputyId, String township, boolean enrolled, boolean attended, int hours,
                              String absence, boolean late, Integer score, boolean passed, boolean certified) {
    }

    public record Training(String source, String id, String organiserTownship, String title, String topic,
                           LocalDate date, Integer hours, String organiser, List<Participant> participants) implements Sourced {
    }

    public record ReceptionDay(String source, String id, String township, LocalDate heldOn, List<String> deputyIds,
                               int visitors, int issues) implements Sourced {
    }

    public record HomeVisit(String source, String id, String township, LocalDate visitedOn, List<String> deputyIds,
                            int households, int issues) implements Sourced {
    }

    public record VoterReport(String source, String id, String township, String deputyId, LocalDate reportedOn,
                              int voters, Satisfaction evaluation) implements Sourced {
    }

    public record GroupActivity(String activityId, String topic, LocalDate plannedOn, LocalDate heldOn,
                                int attendees) {
    }

    public record DeputyGroup(String source, String id, String township, String name, String leaderId,
                              List<GroupActivity> activities) implements Sourced {
    }

    public record HandlingUnit(String source, String id, String township, String name) implements Sourced {
    }

    // ---- reading state ----

    private static List<Item> items(Document s, String field) {
        return docs(s, field).stream().map(i -> new Item(i.getString("itemId"), date(i, "deadline"),
                date(i, "completedOn"), bool(i, "onTime"))).toList();
    }

    private static LocalDate date(Document d, String field) {
        Object v = d.get(field);
        return v instanceof String s && !s.isBlank() ? LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s) : null;
    }

    private static Integer nullable(Document d, String field) {
        return d.get(field) instanceof Number n ? n.intValue() : null;
    }

    private static int integer(Document d, String field) {
        return d.get(field) instanceof Number n ? n.intValue() : 0;
    }

    private static boolean bool(Document d, String field) {
        return Boolean.TRUE.equals(d.get(field));
    }

    private static List<String> strings(Document d, String field) {
        List<String> out = new ArrayList<>();
        if (d.get(field) instanceof List<?> l) {
            l.stream().filter(Objects::nonNull).forEach(o -> out.add(o.toString()));
        }
        return out;
    }

    private static List<Document> docs(Document d, String field) {
        List<Document> out = new ArrayList<>();
        if (d.get(field) instanceof List<?> l) {
            l.stream().filter(o -> o instanceof Document).forEach(o -> out.add((Document) o));
        }
        return out;
    }
}
