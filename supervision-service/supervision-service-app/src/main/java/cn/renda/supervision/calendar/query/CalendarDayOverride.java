package cn.renda.supervision.calendar.query;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A county's override of one day (table {@code county_calendar_day}), written with the event that set it. */
@Entity
@Table(name = "county_calendar_day")
public class CalendarDayOverride {

    @Id
    private String id;
    private String county;
    @Column(name = "calendar_day")
    private LocalDate day;
    private boolean workingDay;
    private String note;

    protected CalendarDayOverride() {
    }

    CalendarDayOverride(String county, LocalDate day, boolean workingDay, String note) {
        this.id = county + ":" + day;
        this.county = county;
        this.day = day;
        this.workingDay = workingDay;
        this.note = note;
    }

    public String county() {
        return county;
    }

    public LocalDate day() {
        return day;
    }

    public boolean workingDay() {
        return workingDay;
    }

    public String note() {
        return note;
    }
}
