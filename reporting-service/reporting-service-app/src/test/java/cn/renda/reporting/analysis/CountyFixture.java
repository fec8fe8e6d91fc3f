package cn.renda.reporting.analysis;

import cn.renda.reporting.facts.Fact;
import cn.renda.reporting.facts.FactKinds;
import cn.renda.reporting.facts.Facts;
import cn.renda.reporting.facts.LoggedEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static cn.renda.reporting.facts.SampleEvents.event;

/**
 * A small county folded from the producers' golden samples, shared by the analysis tests: two townships
 * (410327100 城关镇 with a full-time vice chair, 410327101 白鹤镇 without a presidium), deputies d-0001 (active all
 * year), d-0002 (active until May), d-0003 (never active, 白鹤镇, a cadre), a one-day session, an inspection, an
 * overdue suggestion, a flagged one due soon, a reception day in March, a group activity, a training, a report to
 * voters in November.
 */
public final class CountyFixture {

    private CountyFixture() {
    }

    public static Fact fold(String kind, String id, LoggedEvent... events) {
        return Fact.empty(kind, id, "410327").applyAll(List.of(events));
    }

    public static Facts county() {
        return new Facts(facts());
    }

    public static List<Fact> facts() {
        List<Fact> f = new ArrayList<>();
        f.add(fold(FactKinds.TOWNSHIP, "410327100", event("TownshipRegisteredEvent", "410327100", 0)));
        f.add(fold(FactKinds.TOWNSHIP, "410327101", event("TownshipRegisteredEvent", "410327101", 0,
                p -> p.append("townshipCode", "410327101").append("name", "白鹤镇"))));
        f.add(fold(FactKinds.DEPUTY, "d-0001", event("DeputyRegisteredEvent", "d-0001", 0)));
        f.add(fold(FactKinds.DEPUTY, "d-0002", event("DeputyRegisteredEvent", "d-0002", 0,
                p -> p.append("deputyId", "d-0002").append("name", "李秀英").append("gender", "FEMALE"))));
        f.add(fold(FactKinds.DEPUTY, "d-0003", event("DeputyRegisteredEvent", "d-0003", 0,
                p -> p.append("deputyId", "d-0003").append("townshipCode", "410327101").append("name", "张三")
                        .append("occupation", "CADRE"))));
        f.add(fold(FactKinds.PRESIDIUM, "410327100-13", event("PresidiumFormedEvent", "410327100-13", 0),
                event("PresidiumMemberAppointedEvent", "410327100-13", 1),
                event("PresidiumMemberAppointedEvent", "410327100-13", 2, p -> p.append("deputyId", "d-0002")
                        .append("role", "VICE_CHAIR").append("fullTime", true))));
        f.add(fold(FactKinds.SESSION, "s-0001", event("SessionConvenedEvent", "s-0001", 0),
                event("SessionOpenedEvent", "s-0001", 1), event("SessionClosedEvent", "s-0001", 2)));
        f.add(fold(FactKinds.INSPECTION, "i-0001", event("InspectionRecordedEvent", "i-0001", 0)));
        f.add(fold(FactKinds.SUGGESTION, "sg-1", event("SuggestionSubmittedEvent", "sg-1", 0),
                event("SuggestionAssignedEvent", "sg-1", 1)));
        f.add(fold(FactKinds.SUGGESTION, "sg-2", event("SuggestionSubmittedEvent", "sg-2", 0,
                        p -> p.append("deputyIds", List.of("d-0002")).append("title", "关于增设路灯的建议")),
                event("SuggestionAssignedEvent", "sg-2", 1, p -> p.append("deadline", "2024-07-05")),
                event("SuggestionFlaggedEvent", "sg-2", 2)));
        f.add(fold(FactKinds.RECEPTION_DAY, "r-0001", event("ReceptionDayHeldEvent", "r-0001", 0)));
        f.add(fold(FactKinds.DEPUTY_GROUP, "g-0001", event("DeputyGroupFormedEvent", "g-0001", 0),
                event("GroupActivityPlannedEvent", "g-0001", 1), event("GroupActivityHeldEvent", "g-0001", 2)));
        f.add(fold(FactKinds.TRAINING, "t-0001", event("TrainingPlannedEvent", "t-0001", 0),
                event("TrainingAttendanceRecordedEvent", "t-0001", 1)));
        f.add(fold(FactKinds.VOTER_REPORT, "p-0001", event("DeputyReportedToVotersEvent", "p-0001", 0)));
        return f;
    }

    public static void with(List<Fact> facts, String kind, String id, String type, Consumer<org.bson.Document> change) {
        facts.add(fold(kind, id, event(type, id, 0, change)));
    }
}
