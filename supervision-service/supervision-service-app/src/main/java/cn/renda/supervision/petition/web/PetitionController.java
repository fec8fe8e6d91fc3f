package cn.renda.supervision.petition.web;

import cn.renda.platform.problem.DomainException;
import cn.renda.platform.problem.ProblemAdvice;
import cn.renda.platform.web.Codes;
import cn.renda.platform.web.CommandSender;
import cn.renda.supervision.shared.Access;
import cn.renda.supervision.shared.Commands;
import cn.renda.platform.web.PageResponse;
import cn.renda.supervision.api.PetitionChannel;
import cn.renda.supervision.calendar.query.WorkingDayCalendar;
import cn.renda.supervision.petition.command.AcceptPetitionCommand;
import cn.renda.supervision.petition.command.ExtendPetitionCommand;
import cn.renda.supervision.petition.command.ReceivePetitionCommand;
import cn.renda.supervision.petition.command.RefusePetitionCommand;
import cn.renda.supervision.petition.command.ReplyToPetitionCommand;
import cn.renda.supervision.petition.query.PetitionQueries;
import cn.renda.supervision.shared.ChinaTime;
import cn.renda.supervision.unit.query.HandlingUnitDirectory;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** 信访: receive, accept (assign) or refuse within 15 days, handle within 60 (extendable once by 30), reply. */
@RestController
@RequestMapping("/api/counties/{county}/petitions")
class PetitionController {

    static final int ACCEPT_DAYS = 15;
    static final int HANDLE_DAYS = 60;

    record ReceiveRequest(@NotBlank @Pattern(regexp = Codes.TOWNSHIP) String townshipCode,
                          @NotNull PetitionChannel channel,
                          @NotBlank @Size(max = 200) String subject,
                          @NotBlank @Size(max = 5000) String content,
                          LocalDate receivedOn) {
    }

    record AcceptRequest(@NotBlank @Size(max = 64) String unitId) {
    }

    record ReasonRequest(@NotBlank @Size(max = 1000) String reason) {
    }

    record ReplyRequest(@NotBlank @Size(max = 64) String unitId, @NotBlank @Size(max = 5000) String content) {
    }

    private final CommandSender commands;
    private final HandlingUnitDirectory units;
    private final WorkingDayCalendar calendar;
    private final PetitionQueries queries;
    private final Clock clock;

    PetitionController(CommandSender commands, HandlingUnitDirectory units, WorkingDayCalendar calendar,
                       PetitionQueries queries, Clock clock) {
        this.commands = commands;
        this.units = units;
        this.calendar = calendar;
        this.queries = queries;
        this.clock = clock;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> receive(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                                @Valid @RequestBody ReceiveRequest body, HttpServletRequest request) {
        if (!Codes.townshipInCounty(body.townshipCode(), county)) {
            throw new DomainException(422, "township-not-in-county", "乡镇不属于本县", "Township not in county",
                    "信访事项所属乡镇须属于本县。", "The petition's township must be in the county.");
        }
        Access.clerk(county, body.townshipCode());
        Instant now = clock.instant();
        LocalDate receivedOn = body.receivedOn() != null ? body.receivedOn() : ChinaTime.dateOf(now);
        LocalDate acceptBy = calendar.forCounty(county).afterDays(receivedOn, ACCEPT_DAYS);
        String id = Commands.send(commands, new ReceivePetitionCommand(UUID.randomUUID().toString(), county,
                body.townshipCode(), body.channel(), body.subject().strip(), body.content().strip(), receivedOn,
                acceptBy, now), request, county);
        return Map.of("id", id, "acceptBy", acceptBy.toString());
    }

    @PostMapping("/{id}/acceptance")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> accept(@PathVariable @Pattern(regexp = Codes.COUNTY) String county, @PathVariable String id,
                               @Valid @RequestBody AcceptRequest body, HttpServletRequest request) {
        Access.clerk(county, null);
        units.requireKnown(county, List.of(body.unitId()));
        Instant now = clock.instant();
        LocalDate handleBy = calendar.forCounty(county).afterDays(ChinaTime.dateOf(now), HANDLE_DAYS);
        Commands.send(commands, new AcceptPetitionCommand(id, county, body.unitId(), handleBy, now), request, county);
        return Map.of("id", id, "handleBy", handleBy.toString());
    }

    @PostMapping("/{id}/refusal")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> refuse(@PathVariable @Pattern(regexp = Codes.COUNTY) String county, @PathVariable String id,
                               @Valid @RequestBody ReasonRequest body, HttpServletRequest request) {
        Access.clerk(county, null);
        Commands.send(commands, new RefusePetitionCommand(id, county, body.reason().strip(), clock.instant()), request, county);
        return Map.of("id", id);
    }

    @PostMapping("/{id}/extension")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> extend(@PathVariable @Pattern(regexp = Codes.COUNTY) String county, @PathVariable String id,
                               @Valid @RequestBody ReasonRequest body, HttpServletRequest request) {
        Access.clerk(county, null);
        Commands.send(commands, new ExtendPetitionCommand(id, county, body.reason().strip(), clock.instant()), request, county);
        return Map.of("id", id);
    }

    @PostMapping("/{id}/replies")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> reply(@PathVariable @Pattern(regexp = Codes.COUNTY) String county, @PathVariable String id,
                              @Valid @RequestBody ReplyRequest body, HttpServletRequest request) {
        Access.unit(body.unitId());
        Commands.send(commands, new ReplyToPetitionCommand(id, county, body.unitId(), body.content().strip(), clock.instant()),
                request, county);
        return Map.of("id", id);
    }

    @GetMapping
    PageResponse<Map<String, Object>> list(
            @PathVariable @Pattern(regexp = Codes.COUNTY) String county,
            @RequestParam(required = false) @Pattern(regexp = Codes.TOWNSHIP) String township,
            @RequestParam(required = false) @Pattern(regexp = "RECEIVED|ACCEPTED|REFUSED|REPLIED") String status,
            @RequestParam(required = false) @Size(max = 64) String unit,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
        Access.Listing l = Access.listed(Access.Records.PETITIONS, township, unit, null);
        return queries.find(county, new PetitionQueries.Filter(l.township(), status, l.unit(), overdue, from, to,
                l.narrowing()), page, size);
    }

    @GetMapping("/{id}")
    ResponseEntity<?> get(@PathVariable @Pattern(regexp = Codes.COUNTY) String county, @PathVariable String id) {
        return queries.get(county, id).filter(p -> Access.mayRead(Access.Records.PETITIONS, p))
                .<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(ProblemAdvice::notFound);
    }
}
