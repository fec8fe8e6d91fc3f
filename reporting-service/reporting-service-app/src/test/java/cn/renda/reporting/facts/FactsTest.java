package cn.renda.reporting.facts;

import cn.renda.platform.events.EventHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static cn.renda.reporting.facts.SampleEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

class FactsTest {

    static Fact fold(String kind, String id, LoggedEvent... events) {
        return Fact.empty(kind, id, "410327").applyAll(List.of(events));
    }

    @Test
    void every_published_event_type_folds_into_its_fact_from_the_golden_sample() {
        for (String type : FactKinds.foldedEventTypes()) {
            if (type.equals("TermOpenedEvent") || type.equals("ElectoralDistrictRegisteredEvent")) {
                continue; // deputy-service has not published their golden samples yet: see the inline test below
            }
            LoggedEvent e = event(type, "x-1", 0);
            assertThat(e.kind()).as(type).isIn(FactKinds.ALL);
            Fact f = Fact.empty(e.kind(), "x-1", "410327").apply(e);
            assertThat(f.seq()).as(type).isZero();
            assertThat(f.id()).isEqualTo(e.kind() + ":x-1");
        }
    }

    @Test
    void a_rectification_item_belongs_to_the_aggregate_named_in_the_header() {
        assertThat(FactKinds.kindOf("RectificationItemAddedEvent", "WorkReport")).isEqualTo("WorkReport");
        assertThat(FactKinds.kindOf("RectificationItemAddedEvent", "EnforcementInspection"))
                .isEqualTo("EnforcementInspection");
        assertThat(FactKinds.kindOf("RectificationItemAddedEvent", "RectificationItemAdded")).isNull();
        assertThat(FactKinds.kindOf("SomethingNewEvent", "Deputy")).isNull();
    }

    @Test
    void a_deputy_is_serving_until_the_day_the_status_change_takes_effect() {
        Fact f = fold(FactKinds.DEPUTY, "d-0002", event("DeputyRegisteredEvent", "d-0002", 0),
                event("DeputyStatusChangedEvent", "d-0002", 1));
        Facts.Deputy d = new Facts(List.of(f)).deputies().get(0);
        assertThat(d.gender()).isEqualTo("MALE");
        assertThat(d.township()).isEqualTo("410327100");
        assertThat(d.servingOn(LocalDate.parse("2024-06-29"))).isTrue();
        assertThat(d.servingOn(LocalDate.parse("2024-06-30"))).isFalse();
        assertThat(d.status()).isEqualTo("RESIGNED");
        assertThat(f.firstRecordedAt()).isBefore(f.lastRecordedAt());
    }

    @Test
    void personal_data_never_reaches_the_log_or_the_facts() {
        byte[] json = EventRecordsSample.json("DeputyRegisteredEvent.v2.json");
        ConsumerRecord<String, byte[]> r = new ConsumerRecord<>("renda.deputy.events", 0, 7L, "d-0002", json);
        r.headers().add(EventHeaders.ID, "e-1".getBytes(StandardCharsets.UTF_8));
        r.headers().add(EventHeaders.TYPE, "cn.renda.deputy.api.events.DeputyRegisteredEvent".getBytes(StandardCharsets.UTF_8));
        r.headers().add(EventHeaders.AGGREGATE_TYPE, "Deputy".getBytes(StandardCharsets.UTF_8));
        r.headers().add(EventHeaders.AGGREGATE_ID, "d-0002".getBytes(StandardCharsets.UTF_8));
        r.headers().add(EventHeaders.AGGREGATE_SEQ, "0".getBytes(StandardCharsets.UTF_8));
        r.headers().add(EventHeaders.COUNTY, "410327".getBytes(StandardCharsets.UTF_8));
        r.headers().add(EventHeaders.TIME, "2024-01-15T02:00:00.123Z".getBytes(StandardCharsets.UTF_8));
        LoggedEvent e = LoggedEvent.from(r);
        assertThat(new String(json, StandardCharsets.UTF_8)).contains("personalData");
        assertThat(e.payload()).doesNotContainKey("personalData");
        assertThat(e.toDocument().toJson()).doesNotContain("personalData").doesNotContain("aesgcm");
        assertThat(e.recordedAt()).isEqualTo(Instant.parse("2024-01-15T02:00:00.123Z"));
        assertThat(e.factId()).isEqualTo("Deputy:d-0002");
        Fact f = Fact.empty("Deputy", "d-0002", "410327").apply(e);
        assertThat(f.toDocument().toJson()).doesNotContain("aesgcm");
        assertThat(LoggedEvent.fromDocument(e.toDocument())).isEqualTo(e);
    }

    @Test
    void events_at_or_below_the_applied_sequence_change_nothing_and_the_given_state_is_never_changed() {
        LoggedEvent submitted = event("SuggestionSubmittedEvent", "s-0001", 0);
        LoggedEvent replied = event("SuggestionRepliedEvent", "s-0001", 1);
        Fact one = fold(FactKinds.SUGGESTION, "s-0001", submitted);
        Document before = Document.parse(one.state().toJson());
        Fact two = one.apply(replied);
        assertThat(one.state()).isEqualTo(before);
        assertThat(two.apply(replied)).isEqualTo(two);
        assertThat(two.apply(submitted)).isEqualTo(two);
        // any order of delivery within a batch gives the same fact
        assertThat(Fact.empty(FactKinds.SUGGESTION, "s-0001", "410327").applyAll(List.of(replied, submitted)))
                .isEqualTo(two);
    }

    @Test
    void a_suggestion_keeps_replies_ratings_and_re_handling() {
        Fact f = fold(FactKinds.SUGGESTION, "s-0001", event("SuggestionSubmittedEvent", "s-0001", 0),
                event("SuggestionMadeDuringSessionEvent", "s-0001", 1),
                event("SuggestionAssignedEvent", "s-0001", 2), event("SuggestionFlaggedEvent", "s-0001", 3),
                event("SuggestionRepliedEvent", "s-0001", 4), event("SuggestionRatedEvent", "s-0001", 5),
                event("SuggestionReHandlingStartedEvent", "s-0001", 6),
                event("SuggestionRepliedEvent", "s-0001", 7, p -> p.append("round", 2).append("result", "RESOLVED")),
                event("SuggestionRatedEvent", "s-0001", 8, p -> p.append("round", 2).append("rating", "SATISFIED")),
                event("SuggestionClosedEvent", "s-0001", 9));
        Facts.Suggestion s = new Facts(List.of(f)).suggestions().get(0);
        assertThat(s.submittedOn()).isEqualTo(LocalDate.parse("2024-03-01"));
        assertThat(s.duringSession()).isTrue();
        assertThat(s.flagged()).isTrue();
        assertThat(s.leadUnitId()).isEqualTo("u-0001");
        assertThat(s.replies()).extracting(Facts.Reply::result).containsExactly("PLANNED", "RESOLVED");
        assertThat(s.ratings()).extracting(Facts.SuggestionRating::rating).containsExactly("DISSATISFIED", "SATISFIED");
        assertThat(s.reHandlings()).isEqualTo(1);
        assertThat(s.closedOn()).isNotNull();
        assertThat(s.category()).isEqualTo("ROADS_TRANSPORT_WATER");
    }

    @Test
    void a_presidium_post_is_held_until_it_is_lost() {
        Fact f = fold(FactKinds.PRESIDIUM, "410327100-13", event("PresidiumFormedEvent", "410327100-13", 0),
                event("PresidiumMemberAppointedEvent", "410327100-13", 1),
                event("PresidiumMemberAppointedEvent", "410327100-13", 2, p -> p.append("deputyId", "d-0002")
                        .append("role", "VICE_CHAIR").append("fullTime", true)),
                event("PresidiumPostLostEvent", "410327100-13", 3));
        Facts.Presidium p = new Facts(List.of(f)).presidiums().get(0);
        assertThat(p.term()).isEqualTo(13);
        assertThat(p.members()).hasSize(2);
        assertThat(p.members().get(0).holdsOn(LocalDate.parse("2024-06-29"))).isTrue();
        assertThat(p.members().get(0).holdsOn(LocalDate.parse("2024-06-30"))).isFalse();
        assertThat(p.members().get(0).partySecretary()).isTrue();
        assertThat(p.members().get(1).holdsOn(LocalDate.parse("2024-06-30"))).isTrue();
    }

    @Test
    void a_training_keeps_one_entry_per_participant() {
        Fact f = fold(FactKinds.TRAINING, "t-0001", event("TrainingPlannedEvent", "t-0001", 0),
                event("TrainingCourseDetailsSetEvent", "t-0001", 1),
                event("TrainingEnrolmentRecordedEvent", "t-0001", 2),
                event("TrainingAttendanceRecordedEvent", "t-0001", 3),
                event("TrainingAttendanceRecordedEvent", "t-0001", 4),
                event("TrainingAbsenceRecordedEvent", "t-0001", 5),
                event("TrainingAssessedEvent", "t-0001", 6), event("TrainingCompletedEvent", "t-0001", 7));
        Facts.Training t = new Facts(List.of(f)).trainings().get(0);
        assertThat(t.topic()).isEqualTo("DEPUTIES_LAW");
        assertThat(t.date()).isEqualTo(LocalDate.parse("2024-04-18"));
        assertThat(t.organiserTownship()).isNull();
        assertThat(t.participants()).extracting(Facts.Participant::deputyId).containsExactly("d-0001", "d-0003");
        assertThat(t.participants().get(0).attended()).isTrue();
        assertThat(t.participants().get(0).score()).isEqualTo(86);
        assertThat(t.participants().get(0).certified()).isTrue();
        assertThat(t.participants().get(1).absence()).isEqualTo("EXCUSED");
    }

    @Test
    void the_other_kinds_keep_what_the_dashboards_count() {
        List<Fact> facts = new ArrayList<>();
        facts.add(fold(FactKinds.TOWNSHIP, "410327100", event("TownshipRegisteredEvent", "410327100", 0)));
        facts.add(fold(FactKinds.SESSION, "s-0001", event("SessionConvenedEvent", "s-0001", 0),
                event("SessionDocumentsDistributedEvent", "s-0001", 1), event("SessionOpenedEvent", "s-0001", 2),
                event("SessionVoteRecordedEvent", "s-0001", 3), event("SessionClosedEvent", "s-0001", 4)));
        facts.add(fold(FactKinds.INSPECTION, "i-0001", event("InspectionRecordedEvent", "i-0001", 0),
                event("InspectionFollowUpAssignedEvent", "i-0001", 1),
                event("InspectionFollowUpCompletedEvent", "i-0001", 2), event("InspectionClosedEvent", "i-0001", 3)));
        facts.add(fold(FactKinds.ENFORCEMENT_INSPECTION, "e-0001",
                event("EnforcementInspectionRecordedEvent", "e-0001", 0),
                event("RectificationItemAddedEvent", "e-0001", 1),
                event("RectificationItemCompletedEvent", "e-0001", 2),
                event("EnforcementInspectionClosedEvent", "e-0001", 3)));
        facts.add(fold(FactKinds.PETITION, "p-0001", event("PetitionReceivedEvent", "p-0001", 0),
                event("PetitionAcceptedEvent", "p-0001", 1), event("PetitionExtendedEvent", "p-0001", 2),
                event("PetitionRepliedEvent", "p-0001", 3)));
        facts.add(fold(FactKinds.DEPUTY_GROUP, "g-0001", event("DeputyGroupFormedEvent", "g-0001", 0),
                event("GroupLeaderAppointedEvent", "g-0001", 1), event("GroupActivityPlannedEvent", "g-0001", 2),
                event("GroupActivityHeldEvent", "g-0001", 3)));
        facts.add(fold(FactKinds.WORK_REPORT, "w-0001", event("WorkReportDeliveredEvent", "w-0001", 0),
                event("WorkReportDeliberatedEvent", "w-0001", 1),
                event("WorkReportSatisfactionVotedEvent", "w-0001", 2)));
        Facts all = new Facts(facts);
        assertThat(all.townships().get(0).name()).isEqualTo("城关镇");
        Facts.Session s = all.sessions().get(0);
        assertThat(s.kind()).isEqualTo("REGULAR");
        assertThat(s.present()).isEqualTo(2);
        assertThat(s.servingDeputies()).isEqualTo(3);
        assertThat(s.documents()).hasSize(1);
        assertThat(s.votes().get(0).passed()).isTrue();
        assertThat(s.daysActual()).isEqualTo(1);
        Facts.Inspection i = all.inspections().get(0);
        assertThat(i.participants()).isEqualTo(2);
        assertThat(i.followUps()).hasSize(1);
        assertThat(i.followUps().get(0).completedOn()).isNotNull();
        assertThat(all.enforcementInspections().get(0).rectificationItems().get(0).onTime()).isTrue();
        Facts.Petition p = all.petitions().get(0);
        assertThat(p.handleBy()).isEqualTo(LocalDate.parse("2025-01-08"));
        assertThat(p.repliedOn()).isNotNull();
        Facts.DeputyGroup g = all.deputyGroups().get(0);
        assertThat(g.leaderId()).isEqualTo("d-0001");
        assertThat(g.activities()).hasSize(1);
        assertThat(g.activities().get(0).heldOn()).isNotNull();
        assertThat(g.activities().get(0).plannedOn()).isNotNull();
        assertThat(all.workReports().get(0).vote().satisfied()).isEqualTo(38);
        assertThat(all.inTownship("410327100").all()).hasSize(facts.size() - 1); // the enforcement inspection is county-wide
    }

    @Test
    void terms_and_electoral_districts_are_folded_from_their_events() {
        LoggedEvent term = new LoggedEvent("e-t", "410327", "renda.deputy.events", "Term", "410327100-13", 0,
                "TermOpenedEvent", "1", Instant.parse("2021-11-20T01:00:00Z"), Document.parse(
                "{\"termId\":\"410327100-13\",\"county\":\"410327\",\"townshipCode\":\"410327100\","
                        + "\"number\":13,\"startsOn\":\"2021-11-20\",\"endsOn\":\"2026-11-19\"}"), 0, 1);
        LoggedEvent district = new LoggedEvent("e-d", "410327", "renda.deputy.events", "ElectoralDistrict",
                "410327100-03", 0, "ElectoralDistrictRegisteredEvent", "1", Instant.parse("2021-10-01T01:00:00Z"),
                Document.parse("{\"districtId\":\"410327100-03\",\"county\":\"410327\",\"townshipCode\":"
                        + "\"410327100\",\"code\":\"03\",\"name\":\"第三选区\",\"seats\":4,\"voters\":2850}"), 0, 2);
        Facts facts = new Facts(List.of(Fact.empty(term.kind(), term.aggregateId(), "410327").apply(term),
                Fact.empty(district.kind(), district.aggregateId(), "410327").apply(district)));
        assertThat(facts.terms()).singleElement().satisfies(t -> {
            assertThat(t.number()).isEqualTo(13);
            assertThat(t.township()).isEqualTo("410327100");
            assertThat(t.covers(LocalDate.parse("2026-11-19"))).isTrue();
            assertThat(t.covers(LocalDate.parse("2026-11-20"))).isFalse();
        });
        assertThat(facts.electoralDistricts()).singleElement().satisfies(d -> {
            assertThat(d.seats()).isEqualTo(4);
            assertThat(d.voters()).isEqualTo(2850);
            assertThat(d.name()).isEqualTo("第三选区");
        });
        assertThat(facts.inTownship("410327100").terms()).hasSize(1);
    }
}
