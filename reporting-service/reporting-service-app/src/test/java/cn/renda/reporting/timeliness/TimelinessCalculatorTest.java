package cn.renda.reporting.timeliness;

import cn.renda.reporting.analysis.CountyFixture;
import cn.renda.reporting.facts.LoggedEvent;
import cn.renda.reporting.facts.SampleEvents;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TimelinessCalculatorTest {

    /** The sample event recorded at the given instant. */
    static LoggedEvent recorded(String type, String id, String at, java.util.function.Consumer<org.bson.Document> c) {
        LoggedEvent e = SampleEvents.event(type, id, 0, c);
        return new LoggedEvent(e.eventId(), e.county(), e.topic(), e.aggregateType(), e.aggregateId(), e.seq(),
                e.type(), e.revision(), Instant.parse(at), e.payload(), e.partition(), e.offset());
    }

    @Test
    void delays_per_township_and_kind_with_median_p90_max_and_late_count() {
        List<LoggedEvent> events = new ArrayList<>();
        // reception days held 2024-03-05 in 城关镇, recorded 0, 1, 2, 3 and 20 days later (China time)
        int[] lateBy = {0, 1, 2, 3, 20};
        for (int i = 0; i < lateBy.length; i++) {
            events.add(recorded("ReceptionDayHeldEvent", "r-" + i,
                    LocalDate.parse("2024-03-05").plusDays(lateBy[i]) + "T02:00:00Z", p -> { }));
        }
        // an inspection of 2024-04-18 in 白鹤镇 recorded at 23:30 UTC on the 19th = the 20th in China: 2 days
        events.add(recorded("InspectionRecordedEvent", "i-9", "2024-04-19T23:30:00Z",
                p -> p.append("townshipCode", "410327101")));
        // training t-0001 held 2024-04-18 (from its fact), attendance recorded ten days later
        events.add(recorded("TrainingAttendanceRecordedEvent", "t-0001", "2024-04-28T02:00:00Z", p -> { }));
        // outside the period, and an event kind that names no activity day
        events.add(recorded("ReceptionDayHeldEvent", "r-old", "2023-12-01T02:00:00Z", p -> p.append("heldOn", "2023-11-30")));
        events.add(recorded("SuggestionSubmittedEvent", "sg-9", "2024-05-01T02:00:00Z", p -> { }));

        Timeliness t = TimelinessCalculator.compute("410327", events, CountyFixture.county(),
                LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31"), 7, null, true);
        Timeliness.Row receptions = row(t, "410327100", "RECEPTION_DAY");
        assertThat(receptions.townshipName()).isEqualTo("城关镇");
        assertThat(receptions.kindLabel()).isEqualTo("选民接待日");
        assertThat(receptions.records()).isEqualTo(5);
        assertThat(receptions.medianDays()).isEqualTo(2.0);
        assertThat(receptions.p90Days()).isEqualTo(20);
        assertThat(receptions.maxDays()).isEqualTo(20);
        assertThat(receptions.recordedLate()).isEqualTo(1);
        Timeliness.Row training = row(t, "410327100", "TRAINING_ATTENDANCE");
        assertThat(training.maxDays()).isEqualTo(10);
        Timeliness.Row all = row(t, "410327100", TimelinessCalculator.ALL);
        assertThat(all.records()).isEqualTo(6);
        assertThat(all.medianDays()).isEqualTo(2.5);
        assertThat(all.recordedLate()).isEqualTo(2);
        Timeliness.Row inspection = row(t, "410327101", "INSPECTION");
        assertThat(inspection.maxDays()).isEqualTo(2);
        assertThat(inspection.townshipName()).isEqualTo("白鹤镇");
        assertThat(t.rows()).extracting(Timeliness.Row::kind).doesNotContain("SUGGESTION");
    }

    static Timeliness.Row row(Timeliness t, String township, String kind) {
        return t.rows().stream().filter(r -> township.equals(r.township()) && kind.equals(r.kind())).findFirst()
                .orElseThrow();
    }
}
