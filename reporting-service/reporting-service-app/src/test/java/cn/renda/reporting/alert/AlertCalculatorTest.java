package cn.renda.reporting.alert;

import cn.renda.reporting.analysis.AlertRules;
import cn.renda.reporting.analysis.CountyFixture;
import cn.renda.reporting.facts.Facts;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AlertCalculatorTest {

    static final AlertRules DEFAULTS = new AlertRules(5, 10, 6, 40.0, 2, 1);

    static List<Alert> of(List<Alert> alerts, AlertRule rule) {
        return alerts.stream().filter(a -> a.rule() == rule).toList();
    }

    @Test
    void each_rule_names_its_threshold_the_township_the_records_and_the_figures() {
        Facts facts = CountyFixture.county();
        List<Alert> alerts = AlertCalculator.compute(facts, "410327", DEFAULTS, LocalDate.parse("2024-06-28"), true);

        Alert overdue = of(alerts, AlertRule.OVERDUE_SUGGESTION).get(0);
        assertThat(overdue.label()).isEqualTo("建议超期未答复");
        assertThat(overdue.township()).isEqualTo("410327100");
        assertThat(overdue.townshipName()).isEqualTo("城关镇");
        assertThat(overdue.subjects()).extracting(Alert.Subject::link)
                .containsExactly("/api/counties/410327/suggestions/sg-1");
        assertThat(overdue.figures()).containsEntry("suggestions", 1).containsEntry("maxDaysOverdue", 25L);

        Alert flagged = of(alerts, AlertRule.FLAGGED_SUGGESTION_DUE_SOON).get(0);
        assertThat(flagged.threshold()).containsEntry("flaggedDueWithinDays", 10);
        assertThat(flagged.subjects()).extracting(Alert.Subject::id).containsExactly("sg-2");
        assertThat(flagged.figures()).containsEntry("minDaysLeft", 7L);
        assertThat(of(alerts, AlertRule.SUGGESTION_DUE_SOON)).as("sg-2 is flagged, counted there").isEmpty();

        assertThat(of(alerts, AlertRule.NO_FULL_TIME_VICE_CHAIR)).extracting(Alert::township)
                .containsExactly("410327101");
        Alert cadres = of(alerts, AlertRule.CADRE_SHARE_HIGH).get(0);
        assertThat(cadres.township()).isEqualTo("410327101");
        assertThat(cadres.figures()).containsEntry("cadreShare", 100.0).containsEntry("servingDeputies", 1);
        assertThat(cadres.threshold()).containsEntry("cadreShareMaxPercent", 40.0);

        Alert session = of(alerts, AlertRule.SHORT_SESSION).get(0);
        assertThat(session.subjects()).extracting(Alert.Subject::link).containsExactly("/api/counties/410327/sessions/s-0001");
        assertThat(session.figures()).containsEntry("shortestDays", 1);

        assertThat(of(alerts, AlertRule.NO_RECEPTION_DAY_THIS_MONTH)).extracting(Alert::township)
                .containsExactly("410327100", "410327101");
        assertThat(of(alerts, AlertRule.DORMANT_DEPUTIES)).as("nobody idle six months by June 28").isEmpty();
        assertThat(AlertCalculator.text(overdue)).isEqualTo("城关镇：建议超期未答复（件数 1，最长超期天数 25）");
    }

    @Test
    void thresholds_and_the_reference_day_change_what_is_raised() {
        Facts facts = CountyFixture.county();
        List<Alert> march = AlertCalculator.compute(facts, "410327", new AlertRules(5, 3, 6, 100.0, 1, 1),
                LocalDate.parse("2024-03-20"), true);
        assertThat(of(march, AlertRule.OVERDUE_SUGGESTION)).isEmpty();
        assertThat(of(march, AlertRule.FLAGGED_SUGGESTION_DUE_SOON)).isEmpty();
        assertThat(of(march, AlertRule.CADRE_SHARE_HIGH)).isEmpty();
        assertThat(of(march, AlertRule.SHORT_SESSION)).isEmpty();
        assertThat(of(march, AlertRule.NO_RECEPTION_DAY_THIS_MONTH)).as("城关镇 received voters on March 5")
                .extracting(Alert::township).containsExactly("410327101");

        List<Alert> december = AlertCalculator.compute(facts, "410327", DEFAULTS, LocalDate.parse("2024-12-31"), true);
        Alert dormant = of(december, AlertRule.DORMANT_DEPUTIES).stream()
                .filter(a -> "410327100".equals(a.township())).findFirst().orElseThrow();
        assertThat(dormant.subjects()).extracting(Alert.Subject::link)
                .containsExactly("/api/counties/410327/records/d-0002");
        assertThat(dormant.figures()).containsEntry("dormantDeputies", 1).containsEntry("servingDeputies", 2L);
        assertThat(of(december, AlertRule.OVERDUE_SUGGESTION).get(0).subjects()).hasSize(2);
        assertThat(of(december, AlertRule.SHORT_SESSION)).as("the session was in January of the same year")
                .hasSize(1);
    }
}
