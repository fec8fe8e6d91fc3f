package cn.renda.supervision.calendar.query;

import cn.renda.supervision.api.DeadlineUnit;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingDaysTest {

    static final NationalCalendar NATIONAL = NationalCalendar.load(new ObjectMapper());
    static final WorkingDays CN = new WorkingDays(NATIONAL, Map.of());

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void the_shipped_data_covers_2024_to_2026() {
        assertThat(NATIONAL.years()).containsExactly(2024, 2025, 2026);
    }

    @Test
    void national_day_2024_is_seven_rest_days_with_two_make_up_working_days() {
        for (LocalDate day = d("2024-10-01"); !day.isAfter(d("2024-10-07")); day = day.plusDays(1)) {
            assertThat(CN.isWorkingDay(day)).as(day.toString()).isFalse();
        }
        assertThat(CN.isWorkingDay(d("2024-09-29"))).as("Sunday 29 Sep 2024 is worked").isTrue();
        assertThat(CN.isWorkingDay(d("2024-10-12"))).as("Saturday 12 Oct 2024 is worked").isTrue();
        assertThat(CN.isWorkingDay(d("2024-10-08"))).isTrue();
        assertThat(CN.isWorkingDay(d("2024-10-13"))).isFalse();
    }

    @Test
    void the_spring_festivals_follow_the_state_council_notices() {
        assertThat(CN.isWorkingDay(d("2024-02-09"))).as("2024 eve was a working day").isTrue();
        assertThat(CN.isWorkingDay(d("2024-02-10"))).isFalse();
        assertThat(CN.isWorkingDay(d("2024-02-17"))).isFalse();
        assertThat(CN.isWorkingDay(d("2024-02-18"))).as("Sunday make-up day").isTrue();
        assertThat(CN.isWorkingDay(d("2025-01-28"))).as("2025 eve is a holiday").isFalse();
        assertThat(CN.isWorkingDay(d("2025-02-04"))).isFalse();
        assertThat(CN.isWorkingDay(d("2025-01-26"))).isTrue();
        assertThat(CN.isWorkingDay(d("2025-02-08"))).isTrue();
        assertThat(CN.isWorkingDay(d("2026-02-23"))).as("nine days in 2026").isFalse();
        assertThat(CN.isWorkingDay(d("2026-02-14"))).isTrue();
        assertThat(CN.isWorkingDay(d("2026-02-28"))).isTrue();
    }

    @Test
    void national_day_2025_runs_to_october_8_with_mid_autumn() {
        assertThat(CN.isWorkingDay(d("2025-10-08"))).isFalse();
        assertThat(CN.isWorkingDay(d("2025-09-28"))).isTrue();
        assertThat(CN.isWorkingDay(d("2025-10-11"))).isTrue();
        assertThat(CN.isWorkingDay(d("2025-10-09"))).isTrue();
    }

    @Test
    void five_working_days_from_friday_27_september_2024_end_on_10_october() {
        // Sun 29 Sep (make-up) 1, Mon 30 Sep 2, 1-7 Oct holiday, Tue 8 Oct 3, Wed 9 Oct 4, Thu 10 Oct 5
        assertThat(CN.deadline(d("2024-09-27"), DeadlineUnit.WORKING_DAYS, 5)).isEqualTo(d("2024-10-10"));
    }

    @Test
    void a_month_based_deadline_landing_in_the_holidays_moves_to_the_next_working_day() {
        assertThat(CN.deadline(d("2024-07-01"), DeadlineUnit.CALENDAR_MONTHS, 3)).isEqualTo(d("2024-10-08"));
        assertThat(CN.deadline(d("2024-03-04"), DeadlineUnit.CALENDAR_MONTHS, 3)).isEqualTo(d("2024-06-04"));
        // 2024-06-08 is a Saturday, 06-10 Dragon Boat: next working day Tuesday 06-11
        assertThat(CN.deadline(d("2024-03-08"), DeadlineUnit.CALENDAR_MONTHS, 3)).isEqualTo(d("2024-06-11"));
    }

    @Test
    void a_county_override_beats_the_national_calendar() {
        WorkingDays county = new WorkingDays(NATIONAL, Map.of(d("2024-09-30"), false, d("2024-10-05"), true));
        assertThat(county.isWorkingDay(d("2024-09-30"))).isFalse();
        assertThat(county.isWorkingDay(d("2024-10-05"))).isTrue();
        // Sun 29 Sep 1, (30 Sep off), Sat 5 Oct 2, Tue 8 Oct 3, 9 Oct 4, 10 Oct 5
        assertThat(county.deadline(d("2024-09-27"), DeadlineUnit.WORKING_DAYS, 5)).isEqualTo(d("2024-10-10"));
        assertThat(county.deadline(d("2024-09-27"), DeadlineUnit.WORKING_DAYS, 3)).isEqualTo(d("2024-10-08"));
    }

    @Test
    void due_soon_counts_working_days_back_from_the_deadline() {
        assertThat(CN.dueSoonFrom(d("2024-10-10"), 5)).isEqualTo(d("2024-09-27"));
        assertThat(CN.dueSoonFrom(d("2024-10-10"), 4)).isEqualTo(d("2024-09-29"));
        assertThat(CN.minusWorkingDays(d("2024-10-08"), 1)).isEqualTo(d("2024-09-30"));
    }

    @Test
    void years_without_data_count_weekends_only() {
        assertThat(CN.isWorkingDay(d("2027-10-01"))).isTrue();   // a Friday; no notice shipped for 2027
        assertThat(CN.isWorkingDay(d("2027-10-02"))).isFalse();  // Saturday
    }

    @Test
    void petition_periods_are_calendar_days_ending_on_a_working_day() {
        // received 16 Sep 2024 (Mid-Autumn), 15 days -> 1 Oct, a holiday -> 8 Oct
        assertThat(CN.afterDays(d("2024-09-16"), 15)).isEqualTo(d("2024-10-08"));
    }
}
