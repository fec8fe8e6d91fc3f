package cn.renda.reporting.performance;

import cn.renda.reporting.analysis.CountyFixture;
import cn.renda.reporting.facts.FactKinds;
import cn.renda.reporting.facts.Facts;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PerformanceRecordsTest {

    static final LocalDate FROM = LocalDate.parse("2024-01-01");
    static final LocalDate TO = LocalDate.parse("2024-12-31");

    @Test
    void the_record_lists_everything_the_deputy_took_part_in_with_links_and_counts_per_kind() {
        PerformanceRecord r = PerformanceRecords.record(CountyFixture.county(), "410327", "d-0001", FROM, TO, TO, true);
        assertThat(r.name()).isEqualTo("王建华");
        assertThat(r.township()).isEqualTo("410327100");
        assertThat(r.townshipName()).isEqualTo("城关镇");
        assertThat(r.items()).extracting(PerformanceRecord.Item::kind).containsExactly(ActivityKind.SESSION,
                ActivityKind.SUGGESTION, ActivityKind.RECEPTION_DAY, ActivityKind.INSPECTION, ActivityKind.TRAINING,
                ActivityKind.GROUP_ACTIVITY, ActivityKind.VOTER_REPORT);
        assertThat(r.items()).extracting(PerformanceRecord.Item::date).isSorted();
        assertThat(r.items().get(0).title()).isEqualTo("第13届人民代表大会第3次会议");
        assertThat(r.items().get(0).kindLabel()).isEqualTo("出席人代会");
        assertThat(r.items().get(0).link()).isEqualTo("/api/counties/410327/sessions/s-0001");
        assertThat(r.items().get(1).title()).isEqualTo("关于修缮村组道路的建议");
        assertThat(r.items().get(1).link()).isEqualTo("/api/counties/410327/suggestions/sg-1");
        assertThat(r.items().get(3).link()).isEqualTo("/api/counties/410327/inspections/i-0001");
        assertThat(r.items().get(4).link()).isEqualTo("/api/counties/410327/trainings/t-0001");
        assertThat(r.items().get(5).link()).isEqualTo("/api/counties/410327/groups/g-0001");
        assertThat(r.total()).isEqualTo(7);
        assertThat(r.counts()).hasSize(ActivityKind.values().length);
        assertThat(r.counts()).filteredOn(c -> c.kind() == ActivityKind.SESSION).singleElement()
                .extracting(PerformanceRecord.Count::count).isEqualTo(1L);
        assertThat(r.counts()).filteredOn(c -> c.kind() == ActivityKind.HOME_VISIT).singleElement()
                .extracting(PerformanceRecord.Count::count).isEqualTo(0L);
    }

    @Test
    void the_period_and_the_reference_day_cut_the_record() {
        Facts facts = CountyFixture.county();
        PerformanceRecord spring = PerformanceRecords.record(facts, "410327", "d-0001", LocalDate.parse("2024-04-01"),
                TO, TO, false);
        assertThat(spring.items()).extracting(PerformanceRecord.Item::kind).containsExactly(ActivityKind.INSPECTION,
                ActivityKind.TRAINING, ActivityKind.GROUP_ACTIVITY, ActivityKind.VOTER_REPORT);
        assertThat(spring.items().get(0).kindLabel()).isEqualTo("took part in an inspection");
        PerformanceRecord asOfJune = PerformanceRecords.record(facts, "410327", "d-0001", FROM, TO,
                LocalDate.parse("2024-06-30"), true);
        assertThat(asOfJune.items()).extracting(PerformanceRecord.Item::kind).doesNotContain(ActivityKind.VOTER_REPORT);
        assertThat(asOfJune.total()).isEqualTo(6);
        PerformanceRecord other = PerformanceRecords.record(facts, "410327", "d-0002", FROM, TO, TO, true);
        assertThat(other.items()).extracting(PerformanceRecord.Item::kind).containsExactly(ActivityKind.SESSION,
                ActivityKind.SUGGESTION, ActivityKind.RECEPTION_DAY, ActivityKind.INSPECTION,
                ActivityKind.GROUP_ACTIVITY);
        assertThat(PerformanceRecords.record(facts, "410327", "nobody", FROM, TO, TO, true)).isNull();
    }

    @Test
    void dormant_deputies_are_serving_ones_without_activity_in_the_last_months() {
        List<cn.renda.reporting.facts.Fact> facts = CountyFixture.facts();
        CountyFixture.with(facts, FactKinds.DEPUTY, "d-0004", "DeputyRegisteredEvent",
                p -> p.append("deputyId", "d-0004").append("registeredAt", "2024-10-01T02:00:00Z"));
        Facts county = new Facts(facts);
        List<DormantDeputy> dormant = PerformanceRecords.dormant(county, "410327", null, TO, 6);
        assertThat(dormant).extracting(DormantDeputy::deputyId)
                .as("d-0001 reported to voters in November; d-0004 was elected less than six months ago")
                .containsExactly("d-0002", "d-0003");
        assertThat(dormant.get(0).lastActivityOn()).isEqualTo(LocalDate.parse("2024-05-12"));
        assertThat(dormant.get(0).lastActivityKind()).isEqualTo(ActivityKind.GROUP_ACTIVITY);
        assertThat(dormant.get(0).inactiveSince()).isEqualTo(LocalDate.parse("2024-06-30"));
        assertThat(dormant.get(0).record()).isEqualTo("/api/counties/410327/records/d-0002");
        assertThat(dormant.get(1).lastActivityOn()).isNull();
        assertThat(dormant.get(1).townshipName()).isEqualTo("白鹤镇");
        assertThat(PerformanceRecords.dormant(county, "410327", null, TO, 8)).extracting(DormantDeputy::deputyId)
                .containsExactly("d-0003");
        assertThat(PerformanceRecords.dormant(county, "410327", "410327100", TO, 6)).extracting(DormantDeputy::deputyId)
                .containsExactly("d-0002");
    }
}
