package cn.renda.supervision.calendar.query;

import cn.renda.supervision.api.events.CalendarDayOverriddenEvent;
import cn.renda.supervision.api.events.SuggestionDeadlineRuleConfiguredEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

/** Keeps the county calendar tables in the same transaction as the events (subscribing {@code calendar-lookup}). */
@Component
@ProcessingGroup("calendar-lookup")
class CalendarLookupUpdater {

    private final CalendarDayOverrideRepository days;
    private final CountyDeadlineRuleRepository rules;

    CalendarLookupUpdater(CalendarDayOverrideRepository days, CountyDeadlineRuleRepository rules) {
        this.days = days;
        this.rules = rules;
    }

    @EventHandler
    void on(CalendarDayOverriddenEvent e) {
        days.save(new CalendarDayOverride(e.county(), e.date(), e.workingDay(), e.note()));
    }

    @EventHandler
    void on(SuggestionDeadlineRuleConfiguredEvent e) {
        rules.save(new CountyDeadlineRule(e.county(), e.unit(), e.amount(), e.dueSoonWorkingDays()));
    }

    @ResetHandler
    void reset() {
        days.deleteAll();
        rules.deleteAll();
    }
}
