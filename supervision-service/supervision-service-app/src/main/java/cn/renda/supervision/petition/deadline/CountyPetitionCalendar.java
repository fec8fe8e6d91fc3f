package cn.renda.supervision.petition.deadline;

import cn.renda.supervision.calendar.query.WorkingDayCalendar;
import cn.renda.supervision.petition.command.PetitionCalendar;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/** Petition periods on the county's working-day calendar. */
@Component
class CountyPetitionCalendar implements PetitionCalendar {

    private final WorkingDayCalendar calendar;

    CountyPetitionCalendar(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public LocalDate afterDays(String county, LocalDate start, int days) {
        return calendar.forCounty(county).afterDays(start, days);
    }
}
