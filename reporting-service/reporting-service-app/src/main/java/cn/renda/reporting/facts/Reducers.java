package cn.renda.reporting.facts;

import org.bson.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The reporting state of each kind of fact: {@code state' = Reducers.apply(state, event)}. Pure: no I/O, no clock;
 * the given state is never changed (a copy is returned). Dates are ISO strings ({@code 2024-03-01}); instants in
 * events become the calendar day in China ({@link #CHINA}) where reporting counts by day. Reducers are total:
 * an event arriving without its predecessors (a gap) still yields a state, never an exception.
 * <p>The fields of each kind are documented in reporting-service/README.md and read through {@link Facts}.
 */
public final class Reducers {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private Reducers() {
    }

    public static Document apply(Document state, LoggedEvent e) {
        Document s = copy(state == null ? new Document() : state);
        Document p = e.payload();
        switch (e.type()) {
            case "TownshipRegisteredEvent" -> s.append("name", p.getString("name"));
            case "TermOpenedEvent" -> s.append("number", p.get("number")).append("startsOn", p.get("startsOn"))
                    .append("endsOn", p.get("endsOn"));
            case "ElectoralDistrictRegisteredEvent" -> s.append("code", p.get("code")).append("name", p.get("name"))
                    .append("seats", p.get("seats")).append("voters", p.get("voters"));
            case "CountyConfiguredEvent" -> s.append("presidiumMinSize", p.get("presidiumMinSize"))
                    .append("presidiumMaxSize", p.get("presidiumMaxSize"))
                    .append("quorumNumerator", p.get("quorumNumerator"))
                    .append("quorumDenominator", p.get("quorumDenominator"));
            case "DeputyRegisteredEvent" -> {
                s.append("name", p.getString("name")).append("gender", p.get("gender"))
                        .append("birthYear", p.get("birthYear")).append("occupation", p.get("occupation"))
                        .append("registeredOn", day(p.getString("registeredAt"))).append("term", p.get("term"))
                        .append("ethnicity", p.get("ethnicity")).append("education", p.get("education"))
                        .append("party", p.get("party")).append("reElected", p.get("reElected"))
                        .append("byElection", p.get("byElection")).append("district", p.get("district"))
                        .append("groupId", p.get("groupId")).append("electedOn", p.get("electedOn"));
                s.putIfAbsent("status", "SERVING");
            }
            case "DeputyStatusChangedEvent" -> s.append("status", p.getString("change"))
                    .append("statusChangedOn", p.getString("effectiveOn"));
            case "DeputyPersonalDataErasedEvent" -> {
                s.remove("name");
                s.append("erasedOn", day(p.getString("erasedAt")));
            }
            case "DeputyGroupFormedEvent" -> s.append("name", p.getString("name")).append("village", p.get("village"));
            case "GroupLeaderAppointedEvent" -> s.append("leaderId", p.getString("deputyId"));
            case "GroupActivityPlannedEvent" -> entry(s, "activities", "activityId", p.getString("activityId"))
                    .append("topic", p.get("topic")).append("plannedOn", p.get("plannedOn"));
            case "GroupActivityHeldEvent" -> entry(s, "activities", "activityId", p.getString("activityId"))
                    .append("heldOn", p.get("heldOn")).append("attendees", size(p, "attendeeIds"))
                    .append("attendeeIds", strings(p, "attendeeIds"));
            case "PresidiumFormedEvent" -> s.append("term", p.get("term")).append("minSize", p.get("minSize"))
                    .append("maxSize", p.get("maxSize")).append("formedOn", p.get("formedOn"));
            case "PresidiumMemberAppointedEvent" -> list(s, "members").add(new Document("deputyId", p.get("deputyId"))
                    .append("role", p.get("role")).append("fullTime", p.get("fullTime"))
                    .append("partySecretary", p.get("partySecretary"))
                    .append("governmentDuties", p.get("governmentDuties"))
                    .append("appointedOn", p.get("appointedOn")).append("lostOn", null).append("lostCause", null));
            case "PresidiumPostLostEvent" -> {
                for (Document m : list(s, "members")) {
                    if (m.get("lostOn") == null && java.util.Objects.equals(p.get("deputyId"), m.get("deputyId"))
                            && (p.get("role") == null || p.get("role").equals(m.get("role")))) {
                        m.append("lostOn", p.get("effectiveOn")).append("lostCause", p.get("cause"));
                    }
                }
            }
            case "SessionConvenedEvent" -> s.append("term", p.get("term")).append("number", p.get("number"))
                    .append("sessionKind", p.get("kind")).append("startsOn", p.get("startsOn"))
                    .append("daysPlanned", p.get("days")).append("agendaItems", size(p, "agenda"));
            case "SessionDocumentsDistributedEvent" -> list(s, "documents").add(
                    new Document("titles", size(p, "titles")).append("distributedOn", p.get("distributedOn"))
                            .append("daysBefore", p.get("daysBeforeSession")));
            case "SessionOpenedEvent" -> s.append("openedOn", p.get("openedOn"))
                    .append("servingDeputies", p.get("servingDeputies"))
                    .append("presentDeputyIds", strings(p, "presentDeputyIds"))
                    .append("excused", size(p, "excusedDeputyIds"));
            case "SessionVoteRecordedEvent" -> list(s, "votes").add(new Document("item", p.get("item"))
                    .append("voteKind", p.get("kind")).append("votesFor", p.get("votesFor"))
                    .append("votesAgainst", p.get("votesAgainst")).append("abstentions", p.get("abstentions"))
                    .append("passed", p.get("passed")));
            case "SessionClosedEvent" -> s.append("closedOn", p.get("closedOn")).append("daysActual", p.get("days"));
            case "ReceptionDayHeldEvent" -> s.append("heldOn", p.get("heldOn")).append("place", p.get("place"))
                    .append("deputyIds", strings(p, "deputyIds")).append("visitors", p.get("visitors"))
                    .append("issues", size(p, "issues"));
            case "HomeVisitMadeEvent" -> s.append("visitedOn", p.get("visitedOn"))
                    .append("deputyIds", strings(p, "deputyIds")).append("households", p.get("households"))
                    .append("issues", size(p, "issues"));
            case "DeputyReportedToVotersEvent" -> s.append("deputyId", p.get("deputyId"))
                    .append("reportedOn", p.get("reportedOn")).append("voters", p.get("voters"))
                    .append("satisfied", p.get("satisfied")).append("basicallySatisfied", p.get("basicallySatisfied"))
                    .append("dissatisfied", p.get("dissatisfied"));
            case "SuggestionSubmittedEvent" -> {
                s.append("submittedOn", day(p.getString("submittedAt")))
                        .append("deputyIds", strings(p, "deputyIds")).append("category", p.get("category"))
                        .append("title", p.get("title"));
                s.putIfAbsent("duringSession", false);
                s.putIfAbsent("flagged", false);
            }
            case "SuggestionMadeDuringSessionEvent" -> s.append("duringSession", true)
                    .append("sessionId", p.get("sessionId"));
            case "SuggestionAssignedEvent" -> s.append("leadUnitId", p.get("leadUnitId"))
                    .append("coUnitIds", strings(p, "coUnitIds")).append("assignedOn", day(p.getString("assignedAt")))
                    .append("deadline", p.get("deadline"));
            case "SuggestionRepliedEvent" -> list(s, "replies").add(new Document("round", p.get("round"))
                    .append("unitId", p.get("unitId")).append("result", p.get("result"))
                    .append("onTime", p.get("onTime")).append("repliedOn", day(p.getString("repliedAt"))));
            case "SuggestionRatedEvent" -> list(s, "ratings").add(new Document("round", p.get("round"))
                    .append("deputyId", p.get("deputyId")).append("rating", p.get("rating"))
                    .append("ratedOn", day(p.getString("ratedAt"))));
            case "SuggestionReHandlingStartedEvent" -> {
                list(s, "reHandlings").add(new Document("round", p.get("round")).append("deadline", p.get("deadline"))
                        .append("startedOn", day(p.getString("startedAt"))));
                s.append("deadline", p.get("deadline"));
            }
            case "SuggestionCarriedOverEvent" -> s.append("carriedOver", new Document("fromYear", p.get("fromYear"))
                    .append("toYear", p.get("toYear")).append("carriedOn", day(p.getString("carriedAt"))));
            case "SuggestionFlaggedEvent" -> s.append("flagged", true).append("flaggedOn", day(p.getString("flaggedAt")));
            case "SuggestionDueSoonEvent" -> s.append("dueSoonOn", day(p.getString("raisedAt")));
            case "SuggestionOverdueEvent" -> s.append("overdueOn", day(p.getString("raisedAt")));
            case "SuggestionClosedEvent" -> s.append("closedOn", day(p.getString("closedAt")))
                    .append("finalResult", p.get("result")).append("finalRating", p.get("rating"))
                    .append("rounds", p.get("rounds"));
            case "InspectionRecordedEvent" -> s.append("topic", p.get("topic")).append("date", p.get("date"))
                    .append("deputyIds", strings(p, "deputyIds")).append("personTimes", p.get("personTimes"));
            case "InspectionFollowUpAssignedEvent" -> entry(s, "followUps", "itemId", p.getString("itemId"))
                    .append("deadline", p.get("deadline")).append("assignedOn", day(p.getString("assignedAt")));
            case "InspectionFollowUpCompletedEvent", "RectificationItemCompletedEvent" ->
                    entry(s, "InspectionFollowUpCompletedEvent".equals(e.type()) ? "followUps" : "rectificationItems",
                            "itemId", p.getString("itemId"))
                            .append("completedOn", day(p.getString("completedAt"))).append("onTime", p.get("onTime"));
            case "InspectionClosedEvent", "EnforcementInspectionClosedEvent", "WorkReportClosedEvent" ->
                    s.append("closedOn", day(p.getString("closedAt")));
            case "EnforcementInspectionRecordedEvent" -> s.append("law", p.get("law")).append("scope", p.get("scope"))
                    .append("startedOn", p.get("startedOn")).append("deputyIds", strings(p, "deputyIds"));
            case "RectificationItemAddedEvent" -> entry(s, "rectificationItems", "itemId", p.getString("itemId"))
                    .append("deadline", p.get("deadline")).append("addedOn", day(p.getString("addedAt")));
            case "WorkReportDeliveredEvent" -> s.append("office", p.get("office")).append("subject", p.get("subject"))
                    .append("body", p.get("body")).append("deliveredOn", p.get("deliveredOn"));
            case "WorkReportDeliberatedEvent" -> s.append("deliberatedOn", day(p.getString("deliberatedAt")))
                    .append("opinions", size(p, "opinions"));
            case "WorkReportSatisfactionVotedEvent" -> s.append("vote", new Document("satisfied", p.get("satisfied"))
                    .append("basicallySatisfied", p.get("basicallySatisfied"))
                    .append("dissatisfied", p.get("dissatisfied")).append("abstained", p.get("abstained"))
                    .append("votedOn", day(p.getString("votedAt"))));
            case "PetitionReceivedEvent" -> s.append("channel", p.get("channel"))
                    .append("receivedOn", p.get("receivedOn")).append("acceptBy", p.get("acceptBy"));
            case "PetitionAcceptedEvent" -> s.append("unitId", p.get("unitId")).append("handleBy", p.get("handleBy"))
                    .append("acceptedOn", day(p.getString("acceptedAt"))).append("acceptedOnTime", p.get("onTime"));
            case "PetitionExtendedEvent" -> s.append("handleBy", p.get("handleBy")).append("extended", true);
            case "PetitionRefusedEvent" -> s.append("refusedOn", day(p.getString("refusedAt")))
                    .append("refusedOnTime", p.get("onTime"));
            case "PetitionRepliedEvent" -> s.append("repliedOn", day(p.getString("repliedAt")))
                    .append("repliedOnTime", p.get("onTime"));
            case "PetitionOverdueEvent" -> list(s, "overdue").add(new Document("stage", p.get("stage"))
                    .append("deadline", p.get("deadline")).append("raisedOn", day(p.getString("raisedAt"))));
            case "HandlingUnitRegisteredEvent" -> s.append("name", p.get("name"))
                    .append("registeredOn", day(p.getString("registeredAt")));
            case "HandlingUnitContactChangedEvent" -> s.append("contactChangedOn", day(p.getString("changedAt")));
            case "CalendarDayOverriddenEvent" -> {
                Document days = s.get("overriddenDays", Document.class);
                days = days == null ? new Document() : days;
                days.append(String.valueOf(p.get("date")), p.get("workingDay"));
                s.append("overriddenDays", days);
            }
            case "SuggestionDeadlineRuleConfiguredEvent" -> s.append("deadlineRule", new Document("unit", p.get("unit"))
                    .append("amount", p.get("amount")).append("dueSoonWorkingDays", p.get("dueSoonWorkingDays")));
            case "TrainingPlannedEvent" -> s.append("title", p.get("title")).append("topic", p.get("topic"))
                    .append("date", p.get("date")).append("hours", p.get("hours"))
                    .append("organiser", p.get("organiser"));
            case "TrainingCourseDetailsSetEvent" -> s.append("organiserTownship", p.get("organiserTownshipCode"))
                    .append("audience", p.get("audience")).append("format", p.get("format"))
                    .append("capacity", p.get("capacity")).append("passingScore", p.get("passingScore"));
            case "TrainingEnrolmentRecordedEvent" -> entry(s, "participants", "deputyId", p.getString("deputyId"))
                    .append("township", p.get("townshipCode")).append("enrolled", true);
            case "TrainingAttendanceRecordedEvent" -> entry(s, "participants", "deputyId", p.getString("deputyId"))
                    .append("township", p.get("townshipCode")).append("attended", true)
                    .append("hours", p.get("hours"));
            case "TrainingAbsenceRecordedEvent" -> entry(s, "participants", "deputyId", p.getString("deputyId"))
                    .append("township", p.get("townshipCode")).append("attended", false)
                    .append("absence", Boolean.TRUE.equals(p.get("excused")) ? "EXCUSED" : "ABSENT");
            case "TrainingLatenessRecordedEvent" -> entry(s, "participants", "deputyId", p.getString("deputyId"))
                    .append("late", true);
            case "TrainingAssessedEvent" -> entry(s, "participants", "deputyId", p.getString("deputyId"))
                    .append("score", p.get("score")).append("passed", p.get("passed"));
            case "TrainingCompletedEvent" -> entry(s, "participants", "deputyId", p.getString("deputyId"))
                    .append("certified", true);
            case "TrainingCertificateRevokedEvent" -> entry(s, "participants", "deputyId", p.getString("deputyId"))
                    .append("certified", false);
            default -> {
                // other event types change nothing in reporting's state
            }
        }
        return s;
    }

    /** The township a fact belongs to after the event (9-digit code), or the one it had. */
    public static String township(String kind, String previous, LoggedEvent e) {
        Document p = e.payload();
        if (FactKinds.TOWNSHIP.equals(kind)) {
            return e.aggregateId();
        }
        if (FactKinds.TRAINING.equals(kind)) {
            return "TrainingCourseDetailsSetEvent".equals(e.type()) ? p.getString("organiserTownshipCode") : previous;
        }
        Object t = p.get("townshipCode");
        return t instanceof String code && !code.isBlank() ? code : previous;
    }

    static String day(String instant) {
        return instant == null ? null : LocalDate.ofInstant(Instant.parse(instant), CHINA).toString();
    }

    private static int size(Document p, String field) {
        return p.get(field) instanceof List<?> l ? l.size() : 0;
    }

    private static List<String> strings(Document p, String field) {
        List<String> out = new ArrayList<>();
        if (p.get(field) instanceof List<?> l) {
            l.forEach(o -> out.add(String.valueOf(o)));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static List<Document> list(Document s, String field) {
        Object v = s.get(field);
        if (v instanceof List<?> l) {
            return (List<Document>) l;
        }
        List<Document> l = new ArrayList<>();
        s.append(field, l);
        return l;
    }

    /** The entry of a keyed list ({@code key == value}), added at the end when absent. */
    private static Document entry(Document s, String field, String key, String value) {
        List<Document> l = list(s, field);
        for (Document d : l) {
            if (value != null && value.equals(d.get(key))) {
                return d;
            }
        }
        Document d = new Document(key, value);
        l.add(d);
        return d;
    }

    @SuppressWarnings("unchecked")
    static Document copy(Document d) {
        Document out = new Document();
        for (Map.Entry<String, Object> e : d.entrySet()) {
            out.append(e.getKey(), copyValue(e.getValue()));
        }
        return out;
    }

    private static Object copyValue(Object v) {
        if (v instanceof Document d) {
            return copy(d);
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            l.forEach(o -> out.add(copyValue(o)));
            return out;
        }
        return v;
    }
}
