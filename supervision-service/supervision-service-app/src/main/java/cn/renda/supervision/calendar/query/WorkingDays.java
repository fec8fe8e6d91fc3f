package cn.renda.supervision.calendar.query;

import cn.renda.supervision.api.DeadlineUnit;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * One county's working-day calendar: the national one with the county's own overrides on top. A day is a working
 * day if the county says so, else if it is a make-up working day, else if it is a weekday outside public holidays.
 */
public final class WorkingDays {

    private final NationalCalendar national;
    private final Map<LocalDate, Boolean> overrides;

    public WorkingDays(NationalCalendar national, Map<LocalDate, Boolean> overrides) {
        this.national = national;
        this.overrides = Map.copyOf(overrides);
    }

    public boolean isWorkingDay(LocalDate day) {
        Boolean own = overrides.get(day);
        if (own != null) {
            return own;
        }
        if (national.makeUpWorkingDay(day)) {
            return true;
        }
        if (national.holiday(day) != null) {
            return false;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The day itself if it is a working day, else the next working day. */
    public LocalDate onOrNextWorkingDay(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The {@code n}th working day after {@code day} (the day itself does not count). */
    public LocalDate plusWorkingDays(LocalDate day, int n) {
        LocalDate d = day;
        for (int counted = 0; counted < n; ) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /** The {@code n}th working day before {@code day}. */
    public LocalDate minusWorkingDays(LocalDate day, int n) {
        LocalDate d = day;
        for (int counted = 0; counted < n; ) {
            d = d.minusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /**
     * The deadline of something assigned on {@code assignedOn}: calendar months (a last day that is not a working
     * day moves to the next working day, as periods in Chinese law do) or working days after the day of assignment.
     */
    public LocalDate deadline(LocalDate assignedOn, DeadlineUnit unit, int amount) {
        return unit == DeadlineUnit.WORKING_DAYS
                ? plusWorkingDays(assignedOn, amount)
                : onOrNextWorkingDay(assignedOn.plusMonths(amount));
    }

    /** A period of calendar days (petitions: 15, 60, 30 more), its last day moved to the next working day. */
    public LocalDate afterDays(LocalDate start, int days) {
        return onOrNextWorkingDay(start.plusDays(days));
    }

    /** The first day on which something due on {@code deadline} counts as due soon. */
    public LocalDate dueSoonFrom(LocalDate deadline, int workingDays) {
        return minusWorkingDays(deadline, workingDays);
    }
}
