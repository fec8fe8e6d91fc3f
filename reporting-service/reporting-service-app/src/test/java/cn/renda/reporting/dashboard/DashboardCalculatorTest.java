package cn.renda.reporting.dashboard;

import cn.renda.reporting.facts.Fact;
import cn.renda.reporting.facts.FactKinds;
import cn.renda.reporting.facts.Facts;
import cn.renda.reporting.facts.LoggedEvent;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static cn.renda.reporting.facts.SampleEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

class DashboardCalculatorTest {

    static final LocalDate FROM = LocalDate.parse("2024-01-01");
    static final LocalDate TO = LocalDate.parse("2024-12-31");

    static Fact fold(String kind, String id, LoggedEvent... events) {
        return Fact.empty(kind, id, "410327").applyAll(List.of(events));
    }

    static Facts county() {
        List<Fact> facts = new ArrayList<>();
        facts.add(fold(FactKinds.TOWNSHIP, "410327100", event("TownshipRegisteredEvent", "410327100", 0)));
        facts.add(fold(FactKinds.TOWNSHIP, "410327101", event("TownshipRegisteredEvent", "410327101", 0,
                p -> p.append("townshipCode", "410327101").append("name", "白鹤镇"))));
        facts.add(fold(FactKinds.DEPUTY, "d-0001", event("DeputyRegisteredEvent", "d-0001", 0),
                event("DeputyStatusChangedEvent", "d-0001", 1)));
        facts.add(fold(FactKinds.DEPUTY, "d-0002", event("DeputyRegisteredEvent", "d-0002", 0,
                p -> p.append("deputyId", "d-0002").append("gender", "FEMALE").append("occupation", "CADRE")
                        .append("reElected", true))));
        facts.add(fold(FactKinds.DEPUTY, "d-0003", event("DeputyRegisteredEvent", "d-0003", 0,
                p -> p.append("deputyId", "d-0003").append("townshipCode", "410327101"))));
        facts.add(fold(FactKinds.PRESIDIUM, "410327100-13", event("PresidiumFormedEvent", "410327100-13", 0),
                event("PresidiumMemberAppointedEvent", "410327100-13", 1),
                event("PresidiumMemberAppointedEvent", "410327100-13", 2, p -> p.append("deputyId", "d-0002")
                        .append("role", "VICE_CHAIR").append("fullTime", true).append("governmentDuties", true)),
                event("PresidiumPostLostEvent", "410327100-13", 3)));
        facts.add(fold(FactKinds.INSPECTION, "i-0001", event("InspectionRecordedEvent", "i-0001", 0)));
        facts.add(fold(FactKinds.INSPECTION, "i-0002", event("InspectionRecordedEvent", "i-0002", 0,
                p -> p.append("date", "2023-12-31"))));
        facts.add(fold(FactKinds.SUGGESTION, "s-0001", event("SuggestionSubmittedEvent", "s-0001", 0),
                event("SuggestionAssignedEvent", "s-0001", 1), event("SuggestionRepliedEvent", "s-0001", 2),
                event("SuggestionRatedEvent", "s-0001", 3, p -> p.append("rating", "BASICALLY_SATISFIED"))));
        facts.add(fold(FactKinds.SUGGESTION, "s-0002", event("SuggestionSubmittedEvent", "s-0002", 0,
                        p -> p.append("townshipCode", "410327101")),
                event("SuggestionAssignedEvent", "s-0002", 1, p -> p.append("townshipCode", "410327101"))));
        facts.add(fold(FactKinds.TRAINING, "t-0001", event("TrainingPlannedEvent", "t-0001", 0),
                event("TrainingAttendanceRecordedEvent", "t-0001", 1),
                event("TrainingAttendanceRecordedEvent", "t-0001", 2, p -> p.append("deputyId", "d-0003")
                        .append("townshipCode", "410327101")),
                event("TrainingAbsenceRecordedEvent", "t-0001", 3, p -> p.append("deputyId", "d-0002")
                        .append("townshipCode", "410327100"))));
        facts.add(fold(FactKinds.SESSION, "s-0001", event("SessionConvenedEvent", "s-0001", 0),
                event("SessionDocumentsDistributedEvent", "s-0001", 1), event("SessionOpenedEvent", "s-0001", 2),
                event("SessionClosedEvent", "s-0001", 3)));
        return new Facts(facts);
    }

    @Test
    void the_county_dashboard_counts_the_period_and_the_state_on_its_last_day() {
        Dashboard d = DashboardCalculator.compute(county(), "410327", null, FROM, TO, TO);
        Figures f = d.figures();
        assertThat(f.townships()).isEqualTo(2);
        assertThat(f.deputies()).as("d-0001 resigned on 2024-06-30").isEqualTo(2);
        assertThat(f.chairs()).as("the chair's post was lost").isZero();
        assertThat(f.viceChairs()).isEqualTo(1);
        assertThat(f.fullTimeViceChairs()).isEqualTo(1);
        assertThat(f.viceChairsWithGovernmentDuties()).isEqualTo(1);
        assertThat(f.inspections()).as("one of the two in 2024").isEqualTo(1);
        assertThat(f.inspectionPersonTimes()).isEqualTo(2);
        assertThat(f.suggestions()).isEqualTo(2);
        assertThat(f.suggestionsAssigned()).isEqualTo(2);
        assertThat(f.suggestionsAnswered()).isEqualTo(1);
        assertThat(f.suggestionsAnsweredOnTime()).isEqualTo(1);
        assertThat(f.suggestionsOverdue()).as("s-0002's deadline 2024-06-03 passed unanswered").isEqualTo(1);
        assertThat(f.suggestionsRated()).isEqualTo(1);
        assertThat(f.suggestionSatisfactionRate()).isEqualTo(100.0);
        assertThat(f.trainings()).isEqualTo(1);
        assertThat(f.trainingPersonTimes()).isEqualTo(2);
        assertThat(f.trainingCoverageRate()).as("d-0003 of the two serving").isEqualTo(50.0);
        assertThat(f.sessionsHeld()).isEqualTo(1);
        assertThat(f.sessionAttendanceRate()).isEqualTo(66.7);
        assertThat(d.composition().byGender()).containsEntry("FEMALE", 1L).containsEntry("MALE", 1L);
        assertThat(d.composition().cadreShare()).isEqualTo(50.0);
        assertThat(d.suggestionsByResult()).containsEntry("PLANNED", 1L);
        assertThat(d.trainingTopics()).containsEntry("DEPUTIES_LAW", 1L);
        assertThat(d.perTownship()).extracting(Dashboard.TownshipEntry::township)
                .containsExactly("410327100", "410327101");
        assertThat(d.perTownship().get(1).name()).isEqualTo("白鹤镇");
        assertThat(d.perTownship().get(1).figures().deputies()).isEqualTo(1);
        assertThat(d.perTownship().get(1).figures().trainingPersonTimes()).isEqualTo(1);
        assertThat(d.perTownship().get(0).figures().trainingPersonTimes()).isEqualTo(1);
        assertThat(d.perTownship().get(0).figures().suggestionsOverdue()).isZero();
    }

    @Test
    void an_earlier_reference_date_leaves_out_what_happened_after_it() {
        Dashboard d = DashboardCalculator.compute(county(), "410327", null, FROM, TO, LocalDate.parse("2024-04-01"));
        assertThat(d.figures().suggestionsAnswered()).as("the reply came on 2024-04-10").isZero();
        assertThat(d.figures().suggestionsOverdue()).as("no deadline had passed").isZero();
        assertThat(d.figures().trainings()).as("the training was on 2024-04-18").isZero();
        Dashboard earlier = DashboardCalculator.compute(county(), "410327", null, FROM,
                LocalDate.parse("2024-06-29"), LocalDate.parse("2024-06-29"));
        assertThat(earlier.figures().deputies()).isEqualTo(3);
        assertThat(earlier.figures().chairs()).isEqualTo(1);
        assertThat(earlier.figures().chairsConcurrentPartySecretary()).isEqualTo(1);
    }

    @Test
    void a_township_dashboard_counts_its_own_records_and_its_deputies_at_county_trainings() {
        Dashboard d = DashboardCalculator.compute(county(), "410327", "410327101", FROM, TO, TO);
        assertThat(d.townshipName()).isEqualTo("白鹤镇");
        assertThat(d.perTownship()).isNull();
        assertThat(d.figures().townships()).isEqualTo(1);
        assertThat(d.figures().deputies()).isEqualTo(1);
        assertThat(d.figures().suggestions()).isEqualTo(1);
        assertThat(d.figures().trainings()).isEqualTo(1);
        assertThat(d.figures().trainingPersonTimes()).isEqualTo(1);
        assertThat(d.figures().inspections()).isZero();
    }

    @Test
    void every_number_has_a_chinese_and_an_english_label() {
        List<String> names = new ArrayList<>();
        for (RecordComponent c : Figures.class.getRecordComponents()) {
            names.add(c.getName());
        }
        for (RecordComponent c : Composition.class.getRecordComponents()) {
            names.add(c.getName());
        }
        names.addAll(List.of("composition", "suggestionsByResult", "trainingTopics", "perTownship"));
        for (String n : names) {
            assertThat(DashboardLabels.has(n)).as(n).isTrue();
            assertThat(DashboardLabels.all(true).get(n)).as(n).isNotEqualTo(DashboardLabels.all(false).get(n));
        }
        assertThat(DashboardLabels.all(true).get("deputies")).isEqualTo("在任代表数");
    }

    @Test
    void the_same_facts_give_the_same_dashboard() {
        assertThat(DashboardCalculator.compute(county(), "410327", null, FROM, TO, TO))
                .isEqualTo(DashboardCalculator.compute(county(), "410327", null, FROM, TO, TO));
    }

    @Test
    void a_county_of_thousands_of_facts_is_calculated_in_one_pass_per_township() {
        List<Fact> facts = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
            String code = "410327" + (100 + t);
            facts.add(fold(FactKinds.TOWNSHIP, code, event("TownshipRegisteredEvent", code, 0,
                    p -> p.append("townshipCode", code))));
        }
        for (int i = 0; i < 1062; i++) {
            String id = "d-" + i;
            String code = "410327" + (100 + i % 16);
            facts.add(fold(FactKinds.DEPUTY, id, event("DeputyRegisteredEvent", id, 0,
                    p -> p.append("deputyId", id).append("townshipCode", code))));
        }
        for (int i = 0; i < 2000; i++) {
            String id = "s-" + i;
            String code = "410327" + (100 + i % 16);
            facts.add(fold(FactKinds.SUGGESTION, id, event("SuggestionSubmittedEvent", id, 0,
                    p -> p.append("townshipCode", code)), event("SuggestionAssignedEvent", id, 1,
                    p -> p.append("townshipCode", code)), event("SuggestionRepliedEvent", id, 2,
                    p -> p.append("townshipCode", code))));
        }
        DashboardCalculator.compute(new Facts(facts), "410327", null, FROM, TO, TO); // warm up
        long started = System.nanoTime();
        Dashboard d = DashboardCalculator.compute(new Facts(facts), "410327", null, FROM, TO, TO);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("dashboard over " + facts.size() + " facts: " + millis + " ms");
        assertThat(d.figures().deputies()).isEqualTo(1062);
        assertThat(d.figures().suggestionsAnswered()).isEqualTo(2000);
        assertThat(d.perTownship()).hasSize(16);
        assertThat(d.perTownship().stream().mapToLong(t -> t.figures().suggestions()).sum()).isEqualTo(2000);
    }
}
