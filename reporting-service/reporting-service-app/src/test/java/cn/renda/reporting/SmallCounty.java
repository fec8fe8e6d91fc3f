package cn.renda.reporting;

import cn.renda.deputy.api.DeputyTopic;
import cn.renda.deputy.api.events.DeputyRegisteredEvent;
import cn.renda.deputy.api.events.DeputyStatusChangedEvent;
import cn.renda.deputy.api.events.PresidiumFormedEvent;
import cn.renda.deputy.api.events.PresidiumMemberAppointedEvent;
import cn.renda.deputy.api.events.TownshipRegisteredEvent;
import cn.renda.supervision.api.SupervisionTopic;
import cn.renda.supervision.api.events.InspectionRecordedEvent;
import cn.renda.supervision.api.events.RectificationItemAddedEvent;
import cn.renda.supervision.api.events.EnforcementInspectionRecordedEvent;
import cn.renda.supervision.api.events.SuggestionAssignedEvent;
import cn.renda.supervision.api.events.SuggestionRepliedEvent;
import cn.renda.supervision.api.events.SuggestionSubmittedEvent;
import cn.renda.training.api.TrainingTopic;
import cn.renda.training.api.events.TrainingAttendanceRecordedEvent;
import cn.renda.training.api.events.TrainingPlannedEvent;

/** A small county's events (golden samples with the county's ids): two townships, deputies, records of 2024. */
final class SmallCounty {

    private SmallCounty() {
    }

    static void publish(Publish p, String county) {
        String a = county + "100";
        String b = county + "101";
        p.event(DeputyTopic.NAME, TownshipRegisteredEvent.class, "Township", a, 0, county,
                j -> j.put("townshipCode", a));
        p.event(DeputyTopic.NAME, TownshipRegisteredEvent.class, "Township", b, 0, county,
                j -> j.put("townshipCode", b).put("name", "白鹤镇"));
        for (int i = 1; i <= 3; i++) {
            String id = county + "-d" + i;
            String t = i < 3 ? a : b;
            p.event(DeputyTopic.NAME, DeputyRegisteredEvent.class, "Deputy", id, 0, county,
                    j -> j.put("deputyId", id).put("townshipCode", t));
        }
        p.event(DeputyTopic.NAME, DeputyStatusChangedEvent.class, "Deputy", county + "-d1", 1, county,
                j -> j.put("deputyId", county + "-d1").put("townshipCode", a));
        String presidium = a + "-13";
        p.event(DeputyTopic.NAME, PresidiumFormedEvent.class, "Presidium", presidium, 0, county,
                j -> j.put("presidiumId", presidium).put("townshipCode", a));
        p.event(DeputyTopic.NAME, PresidiumMemberAppointedEvent.class, "Presidium", presidium, 1, county,
                j -> j.put("presidiumId", presidium).put("townshipCode", a).put("deputyId", county + "-d2"));
        p.event(SupervisionTopic.NAME, InspectionRecordedEvent.class, "Inspection", county + "-i1", 0, county,
                j -> j.put("inspectionId", county + "-i1").put("townshipCode", a));
        p.event(SupervisionTopic.NAME, EnforcementInspectionRecordedEvent.class, "EnforcementInspection",
                county + "-e1", 0, county, j -> j.put("inspectionId", county + "-e1"));
        p.event(SupervisionTopic.NAME, RectificationItemAddedEvent.class, "EnforcementInspection",
                county + "-e1", 1, county, j -> j.put("subjectId", county + "-e1"));
        String s = county + "-s1";
        p.event(SupervisionTopic.NAME, SuggestionSubmittedEvent.class, "Suggestion", s, 0, county,
                j -> j.put("suggestionId", s).put("townshipCode", b));
        p.event(SupervisionTopic.NAME, SuggestionAssignedEvent.class, "Suggestion", s, 1, county,
                j -> j.put("suggestionId", s).put("townshipCode", b));
        p.event(SupervisionTopic.NAME, SuggestionRepliedEvent.class, "Suggestion", s, 2, county,
                j -> j.put("suggestionId", s).put("townshipCode", b));
        String t = county + "-t1";
        p.event(TrainingTopic.NAME, TrainingPlannedEvent.class, "Training", t, 0, county,
                j -> j.put("trainingId", t));
        for (int i = 1; i <= 3; i++) {
            String d = county + "-d" + i;
            String town = i < 3 ? a : b;
            p.event(TrainingTopic.NAME, TrainingAttendanceRecordedEvent.class, "Training", t, i, county,
                    j -> j.put("trainingId", t).put("deputyId", d).put("townshipCode", town));
        }
    }
}
