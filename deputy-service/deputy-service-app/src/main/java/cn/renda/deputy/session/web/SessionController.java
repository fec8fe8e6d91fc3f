package cn.renda.deputy.session.web;

import cn.renda.deputy.api.SessionKind;
import cn.renda.deputy.api.VoteKind;
import cn.renda.deputy.configuration.query.CountyRules;
import cn.renda.deputy.roster.Roster;
import cn.renda.deputy.session.command.CloseSessionCommand;
import cn.renda.deputy.session.command.ConveneSessionCommand;
import cn.renda.deputy.session.command.DistributeDocumentsCommand;
import cn.renda.deputy.session.command.OpenSessionCommand;
import cn.renda.deputy.session.command.RecordVoteCommand;
import cn.renda.deputy.session.query.SessionQueries;
import cn.renda.deputy.term.query.TermDirectory;
import cn.renda.deputy.township.query.TownshipDirectory;
import cn.renda.platform.problem.DomainException;
import cn.renda.platform.problem.ProblemAdvice;
import cn.renda.platform.security.Permissions;
import cn.renda.platform.web.Codes;
import cn.renda.platform.web.CommandSender;
import cn.renda.platform.web.PageResponse;
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

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Sessions (人代会, {@code /sessions}) and presidium meetings ({@code /presidium-meetings}): the same aggregate, the
 * quorum applying to congress sessions only.
 */
@RestController
@RequestMapping("/api/counties/{county}")
class SessionController {

    record ConveneRequest(@NotBlank @Pattern(regexp = Codes.TOWNSHIP) String townshipCode,
                          @NotNull @Min(1) @Max(99) Integer term, @NotNull @Min(1) @Max(99) Integer number,
                          Boolean extraordinary, @NotNull LocalDate startsOn, @NotNull @Min(1) @Max(15) Integer days,
                          @Size(max = 40) List<@NotBlank @Size(max = 200) String> agenda,
                          @Size(max = 2000) List<@NotBlank String> proposerIds) {
    }

    record DocumentsRequest(@NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 200) String> titles,
                            @NotNull LocalDate distributedOn) {
    }

    record OpenRequest(@NotNull LocalDate openedOn, @NotNull @Size(max = 2000) List<@NotBlank String> presentDeputyIds,
                       @Size(max = 2000) List<@NotBlank String> excusedDeputyIds) {
    }

    record VoteRequest(@NotBlank @Size(max = 200) String item, @NotNull VoteKind kind, @NotNull @Min(0) Integer votesFor,
                       @NotNull @Min(0) Integer votesAgainst, @NotNull @Min(0) Integer abstentions) {
    }

    record CloseRequest(@NotNull LocalDate closedOn) {
    }

    private final CommandSender commands;
    private final TownshipDirectory townships;
    private final Roster roster;
    private final CountyRules rules;
    private final SessionQueries queries;
    private final TermDirectory terms;

    SessionController(CommandSender commands, TownshipDirectory townships, Roster roster, CountyRules rules,
                      SessionQueries queries, TermDirectory terms) {
        this.terms = terms;
        this.commands = commands;
        this.townships = townships;
        this.roster = roster;
        this.rules = rules;
        this.queries = queries;
    }

    @PostMapping({"/sessions", "/presidium-meetings"})
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> convene(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                                @Valid @RequestBody ConveneRequest body, HttpServletRequest request) {
        Permissions.requireStaff(county, body.townshipCode());
        if (!townships.exists(body.townshipCode(), county)) {
            throw new DomainException(422, "unknown-township", "乡镇不存在", "Unknown township",
                    "本县没有代码为 " + body.townshipCode() + " 的乡镇。",
                    "County " + county + " has no township " + body.townshipCode() + ".");
        }
        Optional<TermDirectory.TermPeriod> term = terms.resolve(county, body.townshipCode(), body.term(), null);
        SessionKind kind = request.getRequestURI().endsWith("/presidium-meetings") ? SessionKind.PRESIDIUM_MEETING
                : Boolean.TRUE.equals(body.extraordinary()) ? SessionKind.EXTRAORDINARY : SessionKind.REGULAR;
        String id = commands.send(new ConveneSessionCommand(body.townshipCode() + "-" + UUID.randomUUID(), county, body.townshipCode(),
                body.term(), body.number(), kind, body.startsOn(), body.days(),
                body.agenda() == null ? List.of() : body.agenda().stream().map(String::strip).toList(),
                body.proposerIds() == null ? List.of() : body.proposerIds(),
                kind == SessionKind.EXTRAORDINARY ? roster.servingIds(county, body.townshipCode()) : List.of(),
                term.map(TermDirectory.TermPeriod::startsOn).orElse(null),
                term.map(TermDirectory.TermPeriod::until).orElse(null)), request, county);
        return Map.of("id", id);
    }

    @PostMapping({"/sessions/{id}/documents", "/presidium-meetings/{id}/documents"})
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> documents(@PathVariable @Pattern(regexp = Codes.COUNTY) String county, @PathVariable String id,
                                  @Valid @RequestBody DocumentsRequest body, HttpServletRequest request) {
        Permissions.requireStaff(county, Permissions.townshipOf(id));
        commands.send(new DistributeDocumentsCommand(id, county, body.titles(), body.distributedOn()), request, county);
        return Map.of("id", id);
    }

    /** Opens with the attendance list; refused (422 {@code no-quorum}) below the county's quorum of serving deputies. */
    @PostMapping({"/sessions/{id}/opening", "/presidium-meetings/{id}/opening"})
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> open(@PathVariable @Pattern(regexp = Codes.COUNTY) String county, @PathVariable String id,
                             @Valid @RequestBody OpenRequest body, HttpServletRequest request) {
        Permissions.requireStaff(county, Permissions.townshipOf(id));
        if (!id.matches("\\d{9}-[0-9a-f-]{36}")) {
            throw new DomainException(404, "not-found", "未找到", "Not found", "本县没有该会议。",
                    "This county has no such session.");
        }
        CountyRules.Rules r = rules.of(county);
        commands.send(new OpenSessionCommand(id, county, body.openedOn(),
                roster.servingIds(county, id.substring(0, 9)), body.presentDeputyIds(),
                body.excusedDeputyIds() == null ? List.of() : body.excusedDeputyIds(), r.quorumNumerator(),
                r.quorumDenominator()), request, county);
        return Map.of("id", id);
    }

    @PostMapping({"/sessions/{id}/votes", "/presidium-meetings/{id}/votes"})
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> vote(@PathVariable @Pattern(regexp = Codes.COUNTY) String county, @PathVariable String id,
                             @Valid @RequestBody VoteRequest body, HttpServletRequest request) {
        Permissions.requireStaff(county, Permissions.townshipOf(id));
        commands.send(new RecordVoteCommand(id, county, body.item().strip(), body.kind(), body.votesFor(),
                body.votesAgainst(), body.abstentions()), request, county);
        return Map.of("id", id);
    }

    @PostMapping({"/sessions/{id}/closing", "/presidium-meetings/{id}/closing"})
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> close(@PathVariable @Pattern(regexp = Codes.COUNTY) String county, @PathVariable String id,
                              @Valid @RequestBody CloseRequest body, HttpServletRequest request) {
        Permissions.requireStaff(county, Permissions.townshipOf(id));
        commands.send(new CloseSessionCommand(id, county, body.closedOn()), request, county);
        return Map.of("id", id);
    }

    @GetMapping("/sessions")
    PageResponse<SessionQueries.SessionView> sessions(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                                                      @RequestParam(required = false) @Pattern(regexp = Codes.TOWNSHIP) String township,
                                                      @RequestParam(defaultValue = "0") @Min(0) int page,
                                                      @RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
        return queries.find(county, township, null, page, size);
    }

    @GetMapping("/presidium-meetings")
    PageResponse<SessionQueries.SessionView> meetings(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                                                      @RequestParam(required = false) @Pattern(regexp = Codes.TOWNSHIP) String township,
                                                      @RequestParam(defaultValue = "0") @Min(0) int page,
                                                      @RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
        return queries.find(county, township, SessionKind.PRESIDIUM_MEETING.name(), page, size);
    }

    @GetMapping({"/sessions/{id}", "/presidium-meetings/{id}"})
    ResponseEntity<?> get(@PathVariable @Pattern(regexp = Codes.COUNTY) String county, @PathVariable String id) {
        return queries.get(county, id).<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(ProblemAdvice::notFound);
    }
}
