package cn.renda.reporting.dashboard.web;

import cn.renda.platform.problem.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DashboardControllerTest {

    @Test
    void as_of_a_date_means_the_end_of_that_day_in_china_and_an_instant_is_taken_as_given() {
        assertThat(DashboardController.instant("2024-06-30")).isEqualTo(Instant.parse("2024-06-30T15:59:59.999999999Z"));
        assertThat(DashboardController.instant("2024-06-30T02:00:00Z")).isEqualTo(Instant.parse("2024-06-30T02:00:00Z"));
        assertThat(DashboardController.instant("2024-06-30T10:00:00+08:00"))
                .isEqualTo(Instant.parse("2024-06-30T02:00:00Z"));
        assertThatThrownBy(() -> DashboardController.instant("yesterday")).isInstanceOf(DomainException.class);
    }
}
