package cn.renda.supervision.calendar.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The working-day calendar of each county and its suggestion deadline rule, for controllers and the sweep. */
@Component
public class WorkingDayCalendar {

    /** One day as the calendar endpoint shows it. */
    public record Day(LocalDate date, boolean workingDay, String holiday, boolean makeUpWorkingDay,
                      Boolean countyOverride, String countyNote) {
    }

    private final NationalCalendar national;
    private final CalendarDayOverrideRepository overrides;
    private final CountyDeadlineRuleRepository rules;

    WorkingDayCalendar(ObjectMapper mapper, CalendarDayOverrideRepository overrides, CountyDeadlineRuleRepository rules) {
        this.national = NationalCalendar.load(mapper);
        this.overrides = overrides;
        this.rules = rules;
    }

    public WorkingDays forCounty(String county) {
        Map<LocalDate, Boolean> own = new HashMap<>();
        overrides.findByCounty(county).forEach(o -> own.put(o.day(), o.workingDay()));
        return new WorkingDays(national, own);
    }

    public DeadlineRule rule(String county) {
        return rules.findById(county).map(CountyDeadlineRule::toRule).orElse(DeadlineRule.DEFAULT);
    }

    /** The deadline of a suggestion assigned on the day, by the county's rule and calendar. */
    public LocalDate suggestionDeadline(String county, LocalDate assignedOn) {
        DeadlineRule rule = rule(county);
        return forCounty(county).deadline(assignedOn, rule.unit(), rule.amount());
    }

    public List<Day> days(String county, LocalDate from, LocalDate to) {
        Map<LocalDate, CalendarDayOverride> own = new HashMap<>();
        overrides.findByCounty(county).forEach(o -> own.put(o.day(), o));
        WorkingDays calendar = forCounty(county);
        List<Day> result = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            CalendarDayOverride o = own.get(d);
            result.add(new Day(d, calendar.isWorkingDay(d), national.holiday(d), national.makeUpWorkingDay(d),
                    o == null ? null : o.workingDay(), o == null ? null : o.note()));
        }
        return result;
    }

    public NationalCalendar national() {
        return national;
    }
}
