package cn.renda.supervision.calendar.web;

import cn.renda.platform.problem.DomainException;
import cn.renda.platform.web.Codes;
import cn.renda.platform.web.CommandSender;
import cn.renda.supervision.shared.Access;
import cn.renda.supervision.shared.Commands;
import cn.renda.supervision.api.DeadlineUnit;
import cn.renda.supervision.calendar.command.ConfigureSuggestionDeadlineRuleCommand;
import cn.renda.supervision.calendar.command.OverrideCalendarDayCommand;
import cn.renda.supervision.calendar.query.DeadlineRule;
import cn.renda.supervision.calendar.query.WorkingDayCalendar;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** A county's working-day calendar (national holidays and 调休 plus its own overrides) and its deadline rule. */
@RestController
@RequestMapping("/api/counties/{county}/calendar")
class CalendarController {

    record OverrideRequest(@NotNull LocalDate date, @NotNull Boolean workingDay, @Size(max = 200) String note) {
    }

    record DeadlineRuleRequest(@NotNull DeadlineUnit unit, @NotNull @Min(1) @Max(126) Integer amount,
                               @NotNull @Min(1) @Max(30) Integer dueSoonWorkingDays) {
    }

    private final CommandSender commands;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    CalendarController(CommandSender commands, WorkingDayCalendar calendar, Clock clock) {
        this.commands = commands;
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping
    Map<String, Object> days(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                             @RequestParam LocalDate from, @RequestParam LocalDate to) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > 366) {
            throw new DomainException(400, "invalid-period", "时间段无效", "Invalid period",
                    "结束日期不能早于开始日期，且时间段不超过一年。", "The period must run forwards and be at most a year.");
        }
        List<WorkingDayCalendar.Day> days = calendar.days(county, from, to);
        return Map.of("county", county, "from", from, "to", to,
                "workingDays", days.stream().filter(WorkingDayCalendar.Day::workingDay).count(), "days", days);
    }

    @PostMapping("/overrides")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> override(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                                 @Valid @RequestBody OverrideRequest body, HttpServletRequest request) {
        Access.clerk(county, null);
        Commands.send(commands, new OverrideCalendarDayCommand(county, body.date(), body.workingDay(),
                body.note() == null ? null : body.note().strip(), clock.instant()), request, county);
        return Map.of("id", county, "date", body.date().toString());
    }

    @GetMapping("/deadline-rule")
    DeadlineRule rule(@PathVariable @Pattern(regexp = Codes.COUNTY) String county) {
        return calendar.rule(county);
    }

    @PostMapping("/deadline-rule")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> configure(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                                  @Valid @RequestBody DeadlineRuleRequest body, HttpServletRequest request) {
        Access.clerk(county, null);
        Commands.send(commands, new ConfigureSuggestionDeadlineRuleCommand(county, body.unit(), body.amount(),
                body.dueSoonWorkingDays(), clock.instant()), request, county);
        return Map.of("id", county);
    }

    /** What deadline a suggestion assigned on the day would get. */
    @GetMapping("/suggestion-deadline")
    Map<String, Object> preview(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                                @RequestParam LocalDate assignedOn) {
        return Map.of("assignedOn", assignedOn, "deadline", calendar.suggestionDeadline(county, assignedOn),
                "rule", calendar.rule(county));
    }
}
