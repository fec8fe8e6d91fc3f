package cn.renda.supervision.calendar.command;

import cn.renda.platform.problem.DomainException;
import cn.renda.supervision.api.DeadlineUnit;
import cn.renda.supervision.api.events.CalendarDayOverriddenEvent;
import cn.renda.supervision.api.events.SuggestionDeadlineRuleConfiguredEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A county's own calendar settings (id = county code): days that differ from the national calendar, and the rule
 * for suggestion deadlines. Created by its first command.
 */
@Aggregate
class CountyCalendar {

    /** A deadline may be at most six months after assignment; 126 working days is about six months. */
    static final int MAX_MONTHS = 6;
    static final int MAX_WORKING_DAYS = 126;

    @AggregateIdentifier
    private String county;

    CountyCalendar() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OverrideCalendarDayCommand c) {
        if (c.date() == null || c.date().getYear() < 2000 || c.date().getYear() > 2100) {
            throw new DomainException(422, "invalid-date", "日期无效", "Invalid date",
                    "请给出2000年至2100年之间的日期。", "Give a date between 2000 and 2100.");
        }
        apply(new CalendarDayOverriddenEvent(c.county(), c.date(), c.workingDay(), c.note(), c.overriddenAt()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ConfigureSuggestionDeadlineRuleCommand c) {
        int max = c.unit() == DeadlineUnit.CALENDAR_MONTHS ? MAX_MONTHS : MAX_WORKING_DAYS;
        if (c.amount() < 1 || c.amount() > max) {
            throw new DomainException(422, "deadline-rule-out-of-range", "办理期限超出范围", "Deadline out of range",
                    "建议办理期限最长为6个月（" + MAX_MONTHS + "个月或" + MAX_WORKING_DAYS + "个工作日）。",
                    "A suggestion's deadline is at most 6 months (" + MAX_MONTHS + " months or " + MAX_WORKING_DAYS
                            + " working days).");
        }
        if (c.dueSoonWorkingDays() < 1 || c.dueSoonWorkingDays() > 30) {
            throw new DomainException(422, "due-soon-out-of-range", "临期提醒天数超出范围", "Due-soon days out of range",
                    "临期提醒应在到期前1至30个工作日。", "Due soon is 1 to 30 working days before the deadline.");
        }
        apply(new SuggestionDeadlineRuleConfiguredEvent(c.county(), c.unit(), c.amount(), c.dueSoonWorkingDays(),
                c.configuredAt()));
    }

    @EventSourcingHandler
    void on(CalendarDayOverriddenEvent e) {
        county = e.county();
    }

    @EventSourcingHandler
    void on(SuggestionDeadlineRuleConfiguredEvent e) {
        county = e.county();
    }
}
