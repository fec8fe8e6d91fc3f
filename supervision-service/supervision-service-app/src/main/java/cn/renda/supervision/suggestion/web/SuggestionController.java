package cn.renda.supervision.suggestion.web;

import cn.renda.deputy.replica.DeputyReplica;
import cn.renda.platform.problem.DomainException;
import cn.renda.platform.problem.ProblemAdvice;
import cn.renda.platform.web.Codes;
import cn.renda.platform.web.CommandSender;
import cn.renda.supervision.shared.Access;
import cn.renda.supervision.shared.Commands;
import cn.renda.platform.web.PageResponse;
import cn.renda.supervision.api.Rating;
import cn.renda.supervision.api.ReplyResult;
import cn.renda.supervision.api.SuggestionCategory;
import cn.renda.supervision.api.events.SuggestionAssignedEvent;
import cn.renda.supervision.api.events.SuggestionSubmittedEvent;
import cn.renda.supervision.calendar.query.WorkingDayCalendar;
import cn.renda.supervision.shared.ChinaTime;
import cn.renda.supervision.suggestion.command.AssignSuggestionCommand;
import cn.renda.supervision.suggestion.command.CarryOverSuggestionCommand;
import cn.renda.supervision.suggestion.command.CloseSuggestionCommand;
import cn.renda.supervision.suggestion.command.FlagSuggestionCommand;
import cn.renda.supervision.suggestion.command.RateSuggestionCommand;
import cn.renda.supervision.suggestion.command.ReplyToSuggestionCommand;
import cn.renda.supervision.suggestion.command.StartReHandlingCommand;
import cn.renda.supervision.suggestion.command.SubmitSuggestionCommand;
import cn.renda.supervision.suggestion.query.HandlingReport;
import cn.renda.supervision.suggestion.query.SuggestionHistory;
import cn.renda.supervision.suggestion.query.SuggestionQueries;
import cn.renda.supervision.unit.query.HandlingUnitDirectory;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Deputies' written suggestions: submission, then each step of handling as a POST on a named sub-resource. */
@RestController
@RequestMapping("/api/counties/{county}/suggestions")
class SuggestionController {

    record SubmitSuggestionRequest(
            @NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 64) String> deputyIds,
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 5000) String content,
            @NotNull SuggestionCategory category,
            LocalDate submittedOn,
            @Size(max = 64) String sessionId) {
    }

    /**
     * {@code deadline} is optional: by default the county's rule and working-day calendar set it. {@code assignedOn}
     * records an assignment made earlier on paper (default: now).
     */
    record AssignRequest(@NotBlank @Size(max = 64) String leadUnitId,
                         @Size(max = 10) List<@NotBlank @Size(max = 64) String> coUnitIds,
                         @NotBlank @Size(max = 40) String responsibleLeader,
                         LocalDate deadline,
                         LocalDate assignedOn) {
    }

    record FlagRequest(@NotBlank @Size(max = 500) String reason) {
    }

    record ReplyRequest(@NotBlank @Size(max = 64) String unitId, @NotNull ReplyResult result,
                        @NotBlank @Size(max = 5000) String content, @Size(max = 2000) String reasons) {
    }

    record RatingRequest(@NotBlank @Size(max = 64) String deputyId, @NotNull Rating rating,
                         @Size(max = 1000) String comment) {
    }

    record ReHandlingRequest(@NotBlank @Size(max = 1000) String reason, LocalDate deadline) {
    }

    record CarryOverRequest(@NotNull @Min(2000) @Max(2100) Integer toYear) {
    }

    private final CommandSender commands;
    private final DeputyReplica deputies;
    private final HandlingUnitDirectory units;
    private final WorkingDayCalendar calendar;
    private final SuggestionQueries queries;
    private final SuggestionHistory history;
    private final HandlingReport handlingReport;
    private final Clock clock;

    SuggestionController(CommandSender commands, DeputyReplica deputies, HandlingUnitDirectory units,
                         WorkingDayCalendar calendar, SuggestionQueries queries, SuggestionHistory history,
                         HandlingReport handlingReport, Clock clock) {
        this.handlingReport = handlingReport;
        this.commands = commands;
        this.deputies = deputies;
        this.units = units;
        this.calendar = calendar;
        this.queries = queries;
        this.history = history;
        this.clock = clock;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> submit(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                               @Valid @RequestBody SubmitSuggestionRequest body, HttpServletRequest request) {
        Access.deputy(body.deputyIds());
        List<DeputyReplica.ReplicatedDeputy> submitters = deputies.requireServing(county, body.deputyIds());
        Access.township(county, submitters.get(0).townshipCode());
        String id = Commands.send(commands, new SubmitSuggestionCommand(UUID.randomUUID().toString(), county,
                submitters.get(0).townshipCode(), body.deputyIds(), body.title().strip(), body.content().strip(),
                body.category(), when(body.submittedOn()),
                body.sessionId() == null || body.sessionId().isBlank() ? null : body.sessionId().strip()), request,
                county);
        return Map.of("id", id);
    }

    /**
     * The time of a step: now, or 09:00 China time of an earlier day when a record kept on paper is entered later;
     * a day in the future is refused.
     */
    private Instant when(LocalDate day) {
        Instant now = clock.instant();
        if (day == null || day.equals(ChinaTime.dateOf(now))) {
            return now;
        }
        if (day.isAfter(ChinaTime.dateOf(now))) {
            throw new DomainException(422, "date-in-future", "日期在未来", "Date in the future",
                    "不能登记未来日期的办理记录。", "A step cannot be recorded for a day in the future.");
        }
        return day.atTime(9, 0).atZone(ChinaTime.ZONE).toInstant();
    }

    @PostMapping("/{id}/assignment")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> assign(@PathVariable @Pattern(regexp = Codes.COUNTY) String county, @PathVariable String id,
                               @Valid @RequestBody AssignRequest body, HttpServletRequest request) {
        Access.clerk(county, null);
        List<String> co = body.coUnitIds() == null ? List.of() : body.coUnitIds();
        List<String> all = new ArrayList<>(co);
        all.add(0, body.leadUnitId());
        units.requireKnown(county, all);
        Instant now = when(body.assignedOn());
        LocalDate deadline = body.deadline() != null ? body.deadline()
                : calendar.suggestionDeadline(county, ChinaTime.dateOf(now));
        Commands.send(commands, new AssignSuggestionCommand(id, county, body.leadUnitId(), co, body.responsibleLeader().strip(),
                deadline, now), request, county);
        return Map.of("id", id, "deadline", deadline.toString());
    }

    @PostMapping("/{id}/flag")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> flag(@PathVariable @Pattern(regexp = Codes.COUNTY) String county, @PathVariable String id,
                             @Valid @RequestBody FlagRequest body, HttpServletRequest request) {
        Access.clerk(county, null);
        Commands.send(commands, new FlagSuggestionCommand(id, county, body.reason().strip(), clock.instant()), request, county);
        return Map.of("id", id);
    }

    @PostMapping("/{id}/replies")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> reply(@PathVariable @Pattern(regexp = Codes.COUNTY) String county, @PathVariable String id,
                              @Valid @RequestBody ReplyRequest body, HttpServletRequest request) {
        Access.unit(body.unitId());
        Commands.send(commands, new ReplyToSuggestionCommand(id, county, body.unitId(), body.result(), body.content().strip(),
                body.reasons() == null ? null : body.reasons().strip(), clock.instant()), request, county);
        return Map.of("id", id);
    }

    @PostMapping("/{id}/ratings")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> rate(@PathVariable @Pattern(regexp = Codes.COUNTY) String county, @PathVariable String id,
                             @Valid @RequestBody RatingRequest body, HttpServletRequest request) {
        Access.deputy(List.of(body.deputyId()));
        Commands.send(commands, new RateSuggestionCommand(id, county, body.deputyId(), body.rating(),
                body.comment() == null ? null : body.comment().strip(), clock.instant()), request, county);
        return Map.of("id", id);
    }

    @PostMapping("/{id}/re-handling")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> reHandle(@PathVariable @Pattern(regexp = Codes.COUNTY) String county, @PathVariable String id,
                                 @Valid @RequestBody ReHandlingRequest body, HttpServletRequest request) {
        Access.clerk(county, null);
        Instant now = clock.instant();
        LocalDate deadline = body.deadline() != null ? body.deadline()
                : calendar.suggestionDeadline(county, ChinaTime.dateOf(now));
        Commands.send(commands, new StartReHandlingCommand(id, county, body.reason().strip(), deadline, now), request, county);
        return Map.of("id", id, "deadline", deadline.toString());
    }

    @PostMapping("/{id}/carry-over")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> carryOver(@PathVariable @Pattern(regexp = Codes.COUNTY) String county, @PathVariable String id,
                                  @Valid @RequestBody CarryOverRequest body, HttpServletRequest request) {
        Access.clerk(county, null);
        Commands.send(commands, new CarryOverSuggestionCommand(id, county, body.toYear(), clock.instant()), request, county);
        return Map.of("id", id);
    }

    @PostMapping("/{id}/closure")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> close(@PathVariable @Pattern(regexp = Codes.COUNTY) String county, @PathVariable String id,
                              HttpServletRequest request) {
        Access.clerk(county, null);
        Commands.send(commands, new CloseSuggestionCommand(id, county, clock.instant()), request, county);
        return Map.of("id", id);
    }

    @GetMapping
    PageResponse<SuggestionQueries.SuggestionSummary> list(
            @PathVariable @Pattern(regexp = Codes.COUNTY) String county,
            @RequestParam(required = false) @Pattern(regexp = Codes.TOWNSHIP) String township,
            @RequestParam(required = false) @Pattern(regexp = "SUBMITTED|ASSIGNED|REPLIED|RE_HANDLING|CLOSED")
            String status,
            @RequestParam(required = false) @Size(max = 64) String unit,
            @RequestParam(required = false) SuggestionCategory category,
            @RequestParam(required = false) Boolean flagged,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) Boolean dueSoon,
            @RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
            @RequestParam(required = false) @Size(max = 64) String deputy,
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
        Access.Listing l = Access.listed(Access.Records.SUGGESTIONS, township, unit, deputy);
        return queries.find(county, new SuggestionQueries.Filter(l.township(), status, l.unit(),
                category == null ? null : category.name(), flagged, overdue, dueSoon, year, l.deputy(), q),
                l.narrowing(), page, size);
    }

    /**
     * 代表建议办理情况报告 for a township (or the county) and the suggestions submitted in a period: figures and a
     * Chinese text for the next session. {@code townshipName} is only used in the text. {@code unit}: only the
     * suggestions assigned to that unit (a handling unit always gets its own lines, a clerk the clerk's township).
     */
    @GetMapping("/handling-report")
    HandlingReport.Report report(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                                 @RequestParam(required = false) @Pattern(regexp = Codes.TOWNSHIP) String township,
                                 @RequestParam(required = false) @Size(max = 40) String townshipName,
                                 @RequestParam(required = false) @Size(max = 64) String unit,
                                 @RequestParam LocalDate from, @RequestParam LocalDate to) {
        if (to.isBefore(from)) {
            throw new DomainException(400, "invalid-period", "时间段无效", "Invalid period",
                    "结束日期不能早于开始日期。", "The period must run forwards.");
        }
        Access.Listing l = Access.listed(Access.Records.HANDLING_REPORT, township, unit, null);
        return handlingReport.of(county, l.township(), l.township() == null ? null
                : townshipName == null ? l.township() : townshipName, l.unit(), from, to, l.narrowing());
    }

    @GetMapping("/{id}")
    ResponseEntity<?> get(@PathVariable @Pattern(regexp = Codes.COUNTY) String county, @PathVariable String id) {
        return readable(county, id).<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(ProblemAdvice::notFound);
    }

    /** Readable as the suggestion is, judged on its own events: right after a step, before the list shows it. */
    @GetMapping("/{id}/history")
    ResponseEntity<?> history(@PathVariable @Pattern(regexp = Codes.COUNTY) String county, @PathVariable String id) {
        return history.of(county, id).filter(entries -> Access.mayRead(Access.Records.SUGGESTIONS, fields(entries)))
                .<ResponseEntity<?>>map(entries -> {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("id", id);
                    body.put("events", entries);
                    return ResponseEntity.ok(body);
                }).orElseGet(ProblemAdvice::notFound);
    }

    /** What the read rules look at (township, deputies, units), from the suggestion's events. */
    private static Map<String, Object> fields(List<SuggestionHistory.Entry> entries) {
        Map<String, Object> fields = new LinkedHashMap<>();
        List<String> units = new ArrayList<>();
        for (SuggestionHistory.Entry e : entries) {
            if (e.payload() instanceof SuggestionSubmittedEvent s) {
                fields.put("townshipCode", s.townshipCode());
                fields.put("deputyIds", s.deputyIds());
            } else if (e.payload() instanceof SuggestionAssignedEvent a) {
                units.add(a.leadUnitId());
                units.addAll(a.coUnitIds() == null ? List.of() : a.coUnitIds());
            }
        }
        fields.put("unitIds", units);
        return fields;
    }

    /**
     * The suggestion if the caller may read it: a clerk one of the clerk's township, a handling unit one assigned to
     * it, a deputy one he or she signed.
     */
    private Optional<SuggestionQueries.SuggestionSummary> readable(String county, String id) {
        return queries.get(county, id).filter(s -> {
            List<String> units = new ArrayList<>(s.coUnitIds() == null ? List.of() : s.coUnitIds());
            if (s.leadUnitId() != null) {
                units.add(s.leadUnitId());
            }
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("townshipCode", s.townshipCode());
            fields.put("unitIds", units);
            fields.put("deputyIds", s.deputyIds() == null ? List.of() : s.deputyIds());
            return Access.mayRead(Access.Records.SUGGESTIONS, fields);
        });
    }
}
