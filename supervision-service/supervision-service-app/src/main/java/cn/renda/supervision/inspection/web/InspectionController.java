package cn.renda.supervision.inspection.web;

import cn.renda.deputy.replica.DeputyReplica;
import cn.renda.platform.problem.DomainException;
import cn.renda.platform.problem.ProblemAdvice;
import cn.renda.platform.web.Codes;
import cn.renda.platform.web.CommandSender;
import cn.renda.supervision.shared.Access;
import cn.renda.supervision.shared.Commands;
import cn.renda.platform.web.PageResponse;
import cn.renda.supervision.inspection.command.AssignInspectionFollowUpCommand;
import cn.renda.supervision.inspection.command.CloseInspectionCommand;
import cn.renda.supervision.inspection.command.CompleteInspectionFollowUpCommand;
import cn.renda.supervision.inspection.command.RecordInspectionCommand;
import cn.renda.supervision.inspection.query.InspectionQueries;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** 代表视察: record an inspection, assign and complete its follow-up items, close it; lists by township and period. */
@RestController
@RequestMapping("/api/counties/{county}/inspections")
class InspectionController {

    record RecordRequest(@NotBlank @Pattern(regexp = Codes.TOWNSHIP) String townshipCode,
                         @NotBlank @Size(max = 200) String topic,
                         @NotNull LocalDate date,
                         @NotEmpty @Size(max = 200) List<@NotBlank @Size(max = 64) String> deputyIds,
                         @Size(max = 5000) String findings) {
    }

    record FollowUpRequest(@NotBlank @Size(max = 1000) String description,
                           @NotBlank @Size(max = 40) String responsibleOfficial,
                           @NotNull LocalDate deadline) {
    }

    record CompleteRequest(@NotBlank @Size(max = 2000) String outcome) {
    }

    private final CommandSender commands;
    private final DeputyReplica deputies;
    private final InspectionQueries queries;
    private final Clock clock;

    InspectionController(CommandSender commands, DeputyReplica deputies, InspectionQueries queries, Clock clock) {
        this.commands = commands;
        this.deputies = deputies;
        this.queries = queries;
        this.clock = clock;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> record(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                               @Valid @RequestBody RecordRequest body, HttpServletRequest request) {
        if (!Codes.townshipInCounty(body.townshipCode(), county)) {
            throw new DomainException(422, "township-not-in-county", "乡镇不属于本县", "Township not in county",
                    "视察的乡镇须属于本县。", "The inspected township must be in the county.");
        }
        Access.clerk(county, body.townshipCode());
        deputies.requireServing(county, body.deputyIds());
        String id = Commands.send(commands, new RecordInspectionCommand(UUID.randomUUID().toString(), county,
                body.townshipCode(), body.topic().strip(), body.date(), body.deputyIds(),
                body.findings() == null ? null : body.findings().strip(), clock.instant()), request, county);
        return Map.of("id", id);
    }

    @PostMapping("/{id}/follow-ups")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> followUp(@PathVariable @Pattern(regexp = Codes.COUNTY) String county, @PathVariable String id,
                                 @Valid @RequestBody FollowUpRequest body, HttpServletRequest request) {
        Access.clerk(county, null);
        String itemId = UUID.randomUUID().toString();
        Commands.send(commands, new AssignInspectionFollowUpCommand(id, county, itemId, body.description().strip(),
                body.responsibleOfficial().strip(), body.deadline(), clock.instant()), request, county);
        return Map.of("id", id, "itemId", itemId);
    }

    @PostMapping("/{id}/follow-ups/{itemId}/completion")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> complete(@PathVariable @Pattern(regexp = Codes.COUNTY) String county, @PathVariable String id,
                                 @PathVariable String itemId, @Valid @RequestBody CompleteRequest body,
                                 HttpServletRequest request) {
        Access.clerk(county, null); // the congress records the outcome, not the unit or a deputy
        Commands.send(commands, new CompleteInspectionFollowUpCommand(id, county, itemId, body.outcome().strip(),
                clock.instant()), request, county);
        return Map.of("id", id, "itemId", itemId);
    }

    @PostMapping("/{id}/closure")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> close(@PathVariable @Pattern(regexp = Codes.COUNTY) String county, @PathVariable String id,
                              HttpServletRequest request) {
        Access.clerk(county, null);
        Commands.send(commands, new CloseInspectionCommand(id, county, clock.instant()), request, county);
        return Map.of("id", id);
    }

    @GetMapping
    PageResponse<InspectionQueries.InspectionView> list(
            @PathVariable @Pattern(regexp = Codes.COUNTY) String county,
            @RequestParam(required = false) @Pattern(regexp = Codes.TOWNSHIP) String township,
            @RequestParam(required = false) @Size(max = 64) String deputy,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
        return queries.find(county, filter(township, deputy, from, to), page, size);
    }

    /** Inspections and person-times, county-wide and per township, in a period (of what the caller may read). */
    @GetMapping("/totals")
    InspectionQueries.PeriodTotals totals(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                                          @RequestParam(required = false) @Pattern(regexp = Codes.TOWNSHIP) String township,
                                          @RequestParam(required = false) @Size(max = 64) String deputy,
                                          @RequestParam(required = false) LocalDate from,
                                          @RequestParam(required = false) LocalDate to) {
        return queries.totals(county, filter(township, deputy, from, to));
    }

    private static InspectionQueries.Filter filter(String township, String deputy, LocalDate from, LocalDate to) {
        Access.Listing l = Access.listed(Access.Records.INSPECTIONS, township, null, deputy);
        return new InspectionQueries.Filter(l.township(), l.deputy(), from, to, l.narrowing());
    }

    @GetMapping("/{id}")
    ResponseEntity<?> get(@PathVariable @Pattern(regexp = Codes.COUNTY) String county, @PathVariable String id) {
        return queries.get(county, id)
                .filter(i -> Access.mayRead(Access.Records.INSPECTIONS,
                        Map.of("townshipCode", i.townshipCode(), "deputyIds", i.deputyIds())))
                .<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(ProblemAdvice::notFound);
    }
}
