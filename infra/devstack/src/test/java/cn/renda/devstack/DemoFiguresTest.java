package cn.renda.devstack;

import cn.renda.devstack.demo.CountyProfile;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DemoFiguresTest {

    @Test
    void reportings_demo_configuration_names_every_demo_county_as_the_figures_do() throws Exception {
        // ./renda start gives reporting-service this file: export and report titles carry the county's name
        String yml = java.nio.file.Files.readString(java.nio.file.Path.of("config/reporting-demo.yml"),
                java.nio.charset.StandardCharsets.UTF_8);
        for (DemoFigures.County c : DemoFigures.ALL) {
            assertThat(yml).contains("\"" + c.code() + "\": " + c.name());
        }
        assertThat(yml.lines().filter(l -> l.matches("\\s+\"\\d{6}\": .+"))).hasSize(DemoFigures.ALL.size());
    }

    @Test
    void the_first_county_holds_the_first_reports_figures() {
        assertThat(DemoFigures.COUNTY).isEqualTo("410327");
        assertThat(DemoFigures.TOWNSHIPS).isEqualTo(16);
        assertThat(DemoFigures.CHAIRS).isEqualTo(16);
        assertThat(DemoFigures.CHAIRS_PARTY_SECRETARIES).isEqualTo(16);
        assertThat(DemoFigures.VICE_CHAIRS).isEqualTo(16);
        assertThat(DemoFigures.FULL_TIME_VICE_CHAIRS).isEqualTo(11);
        assertThat(DemoFigures.DEPUTIES).isEqualTo(1062);
        assertThat(DemoFigures.INSPECTIONS).isEqualTo(27);
        assertThat(DemoFigures.INSPECTION_PERSON_TIMES).isGreaterThan(320);
        assertThat(DemoFigures.YIYANG.inspectionsFrom()).hasToString("2024-01-01");
        assertThat(DemoFigures.YIYANG.inspectionsTo()).hasToString("2024-06-30");
        assertThat(DemoFigures.SUGGESTIONS).isEqualTo(395);
        assertThat(DemoFigures.TRAININGS).isEqualTo(21);
        assertThat(DemoFigures.TRAINING_PERSON_TIMES).isGreaterThan(900);
        assertThat(DemoFigures.YIYANG.trainingYear()).isEqualTo(2024);
    }

    @Test
    void five_counties_the_gateways_dev_login_knows_each_with_a_profile_that_matches_its_figures() {
        assertThat(DemoFigures.ALL).extracting(DemoFigures.County::code)
                .containsExactly("410327", "610822", "410322", "410323", "610823");
        for (DemoFigures.County c : DemoFigures.ALL) {
            CountyProfile p = CountyProfile.of(c.code());
            assertThat(p.figures()).isSameAs(c);
            assertThat(p.townships()).hasSize(c.townships());
            Set<String> codes = new HashSet<>();
            for (String[] t : p.townships()) {
                assertThat(t[0]).matches(c.code() + "\\d{3}");
                assertThat(codes.add(t[0])).as(t[0]).isTrue();
            }
            assertThat(c.chairs()).isEqualTo(c.townships());
            assertThat(c.viceChairs()).isEqualTo(c.townships());
            assertThat(c.fullTimeViceChairs()).isBetween(0, c.townships());
            // every township is large enough for a presidium of up to 7 (members at 0, 1, 2, 5, 8, 11, 14)
            assertThat(c.deputies() / c.townships() - Math.min(12, c.deputies() / c.townships() / 4))
                    .isGreaterThanOrEqualTo(15);
            // an inspection or a training never needs more deputies than a township or the county has
            assertThat(c.inspectionPersonTimes() / c.inspections() * 5 / 4 + 1)
                    .isLessThan(c.deputies() / c.townships() * 3 / 4);
            assertThat(c.trainingPersonTimes() / c.trainings() * 5 / 4 + 5).isLessThanOrEqualTo(c.deputies());
        }
    }

    @Test
    void the_suggestion_states_of_the_first_county_add_up_to_its_395() {
        int[] counts = cn.renda.devstack.demo.SupervisionDemo.stateCounts(CountyProfile.YIYANG);
        // SUBMITTED, DUE_SOON, OVERDUE, PLANNED, BEING_RESOLVED, RESOLVED, REOPENED, RE_HANDLED, CARRIED_OVER
        assertThat(counts).containsExactly(15, 15, 23, 39, 47, 179, 19, 27, 31);
        for (CountyProfile p : CountyProfile.ALL) {
            assertThat(java.util.Arrays.stream(cn.renda.devstack.demo.SupervisionDemo.stateCounts(p)).sum())
                    .isEqualTo(p.figures().suggestions());
        }
    }

    @Test
    void the_counties_differ_where_the_alerts_and_comparisons_look() {
        List<CountyProfile> all = CountyProfile.ALL;
        assertThat(all).extracting(CountyProfile::cadrePercent).contains(48, 16);
        assertThat(all).extracting(CountyProfile::sessionDays).contains(1, 2);
        assertThat(all).extracting(CountyProfile::receptionThisMonth).contains(true, false);
        assertThat(all).extracting(p -> p.figures().fullTimeViceChairs() * 100 / p.figures().townships())
                .contains(100, 33);
        assertThat(CountyProfile.HENGSHAN.suggestionStates()[2]).isGreaterThan(CountyProfile.MENGJIN.suggestionStates()[2] * 5);
    }
}
