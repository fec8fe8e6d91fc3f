package cn.renda.reporting.facts;

import java.util.Map;
import java.util.Set;

/**
 * Which fact (source aggregate type) each published event type belongs to. The kind is the producer's aggregate
 * class name ({@code ce_axonmessageaggregatetype}); it is derived from the event type, which names it without doubt
 * except for rectification items, which belong to an enforcement inspection or a work report: for those the header
 * decides. Event types not listed here are kept in the log and folded by no fact.
 */
public final class FactKinds {

    public static final String TOWNSHIP = "Township";
    public static final String COUNTY_CONFIGURATION = "CountyConfiguration";
    public static final String DEPUTY = "Deputy";
    public static final String DEPUTY_GROUP = "DeputyGroup";
    public static final String PRESIDIUM = "Presidium";
    public static final String SESSION = "Session";
    public static final String RECEPTION_DAY = "ReceptionDay";
    public static final String HOME_VISIT = "HomeVisit";
    public static final String VOTER_REPORT = "VoterReport";
    public static final String SUGGESTION = "Suggestion";
    public static final String INSPECTION = "Inspection";
    public static final String ENFORCEMENT_INSPECTION = "EnforcementInspection";
    public static final String WORK_REPORT = "WorkReport";
    public static final String PETITION = "Petition";
    public static final String HANDLING_UNIT = "HandlingUnit";
    public static final String COUNTY_CALENDAR = "CountyCalendar";
    public static final String TRAINING = "Training";
    public static final String TERM = "Term";
    public static final String ELECTORAL_DISTRICT = "ElectoralDistrict";

    public static final Set<String> ALL = Set.of(TOWNSHIP, COUNTY_CONFIGURATION, DEPUTY, DEPUTY_GROUP, PRESIDIUM,
            SESSION, RECEPTION_DAY, HOME_VISIT, VOTER_REPORT, SUGGESTION, INSPECTION, ENFORCEMENT_INSPECTION,
            WORK_REPORT, PETITION, HANDLING_UNIT, COUNTY_CALENDAR, TRAINING, TERM, ELECTORAL_DISTRICT);

    private static final Map<String, String> BY_EVENT = Map.ofEntries(
            Map.entry("TownshipRegisteredEvent", TOWNSHIP),
            Map.entry("TermOpenedEvent", TERM),
            Map.entry("ElectoralDistrictRegisteredEvent", ELECTORAL_DISTRICT),
            Map.entry("CountyConfiguredEvent", COUNTY_CONFIGURATION),
            Map.entry("DeputyRegisteredEvent", DEPUTY),
            Map.entry("DeputyStatusChangedEvent", DEPUTY),
            Map.entry("DeputyPersonalDataErasedEvent", DEPUTY),
            Map.entry("DeputyGroupFormedEvent", DEPUTY_GROUP),
            Map.entry("GroupLeaderAppointedEvent", DEPUTY_GROUP),
            Map.entry("GroupActivityPlannedEvent", DEPUTY_GROUP),
            Map.entry("GroupActivityHeldEvent", DEPUTY_GROUP),
            Map.entry("PresidiumFormedEvent", PRESIDIUM),
            Map.entry("PresidiumMemberAppointedEvent", PRESIDIUM),
            Map.entry("PresidiumPostLostEvent", PRESIDIUM),
            Map.entry("SessionConvenedEvent", SESSION),
            Map.entry("SessionDocumentsDistributedEvent", SESSION),
            Map.entry("SessionOpenedEvent", SESSION),
            Map.entry("SessionVoteRecordedEvent", SESSION),
            Map.entry("SessionClosedEvent", SESSION),
            Map.entry("ReceptionDayHeldEvent", RECEPTION_DAY),
            Map.entry("HomeVisitMadeEvent", HOME_VISIT),
            Map.entry("DeputyReportedToVotersEvent", VOTER_REPORT),
            Map.entry("SuggestionSubmittedEvent", SUGGESTION),
            Map.entry("SuggestionMadeDuringSessionEvent", SUGGESTION),
            Map.entry("SuggestionAssignedEvent", SUGGESTION),
            Map.entry("SuggestionRepliedEvent", SUGGESTION),
            Map.entry("SuggestionRatedEvent", SUGGESTION),
            Map.entry("SuggestionReHandlingStartedEvent", SUGGESTION),
            Map.entry("SuggestionCarriedOverEvent", SUGGESTION),
            Map.entry("SuggestionFlaggedEvent", SUGGESTION),
            Map.entry("SuggestionDueSoonEvent", SUGGESTION),
            Map.entry("SuggestionOverdueEvent", SUGGESTION),
            Map.entry("SuggestionClosedEvent", SUGGESTION),
            Map.entry("InspectionRecordedEvent", INSPECTION),
            Map.entry("InspectionFollowUpAssignedEvent", INSPECTION),
            Map.entry("InspectionFollowUpCompletedEvent", INSPECTION),
            Map.entry("InspectionClosedEvent", INSPECTION),
            Map.entry("EnforcementInspectionRecordedEvent", ENFORCEMENT_INSPECTION),
            Map.entry("EnforcementInspectionClosedEvent", ENFORCEMENT_INSPECTION),
            Map.entry("WorkReportDeliveredEvent", WORK_REPORT),
            Map.entry("WorkReportDeliberatedEvent", WORK_REPORT),
            Map.entry("WorkReportSatisfactionVotedEvent", WORK_REPORT),
            Map.entry("WorkReportClosedEvent", WORK_REPORT),
            Map.entry("PetitionReceivedEvent", PETITION),
            Map.entry("PetitionAcceptedEvent", PETITION),
            Map.entry("PetitionExtendedEvent", PETITION),
            Map.entry("PetitionRefusedEvent", PETITION),
            Map.entry("PetitionRepliedEvent", PETITION),
            Map.entry("PetitionOverdueEvent", PETITION),
            Map.entry("HandlingUnitRegisteredEvent", HANDLING_UNIT),
            Map.entry("HandlingUnitContactChangedEvent", HANDLING_UNIT),
            Map.entry("CalendarDayOverriddenEvent", COUNTY_CALENDAR),
            Map.entry("SuggestionDeadlineRuleConfiguredEvent", COUNTY_CALENDAR),
            Map.entry("TrainingPlannedEvent", TRAINING),
            Map.entry("TrainingCourseDetailsSetEvent", TRAINING),
            Map.entry("TrainingEnrolmentRecordedEvent", TRAINING),
            Map.entry("TrainingAttendanceRecordedEvent", TRAINING),
            Map.entry("TrainingAbsenceRecordedEvent", TRAINING),
            Map.entry("TrainingLatenessRecordedEvent", TRAINING),
            Map.entry("TrainingAssessedEvent", TRAINING),
            Map.entry("TrainingCompletedEvent", TRAINING),
            Map.entry("TrainingCertificateRevokedEvent", TRAINING));

    private static final Set<String> RECTIFICATION = Set.of("RectificationItemAddedEvent",
            "RectificationItemCompletedEvent");

    private FactKinds() {
    }

    /** The fact kind of an event type (simple class name), or null when no fact folds it. */
    public static String kindOf(String eventType, String aggregateTypeHeader) {
        if (RECTIFICATION.contains(eventType)) {
            return ENFORCEMENT_INSPECTION.equals(aggregateTypeHeader) || WORK_REPORT.equals(aggregateTypeHeader)
                    ? aggregateTypeHeader : null;
        }
        return BY_EVENT.get(eventType);
    }

    /** Every event type some fact folds (the rectification events included). */
    public static Set<String> foldedEventTypes() {
        var all = new java.util.HashSet<>(BY_EVENT.keySet());
        all.addAll(RECTIFICATION);
        return all;
    }
}
