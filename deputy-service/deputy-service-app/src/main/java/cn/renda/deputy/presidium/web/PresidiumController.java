package cn.renda.deputy.presidium.web;

import cn.renda.deputy.api.PresidiumRole;
import cn.renda.deputy.configuration.query.CountyRules;
import cn.renda.deputy.presidium.command.AppointPresidiumMemberCommand;
import cn.renda.deputy.presidium.command.FormPresidiumCommand;
import cn.renda.deputy.presidium.query.PresidiumQueries;
import cn.renda.deputy.roster.Roster;
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
import java.util.Map;

@RestController
@RequestMapping("/api/counties/{county}/presidium")
class PresidiumController {

    record FormRequest(@NotBlank @Pattern(regexp = Codes.TOWNSHIP) String townshipCode,
                       @NotNull @Min(1) @Max(99) Integer term, @NotNull LocalDate formedOn) {
    }

    record AppointRequest(@NotBlank @Size(max = 64) String deputyId, @NotNull PresidiumRole role,
                          boolean fullTime, boolean partySecretary, boolean governmentDuties,
                          @NotNull LocalDate appointedOn) {
    }

    private final CommandSender commands;
    private final TownshipDirectory townships;
    private final CountyRules rules;
    private final Roster roster;
    private final PresidiumQueries queries;
    private final TermDirectory terms;

    PresidiumController(CommandSender commands, TownshipDirectory townships, CountyRules rules, Roster roster,
                        PresidiumQueries queries, TermDirectory terms) {
        this.terms = terms;
        this.commands = commands;
        this.townships = townships;
        this.rules = rules;
        this.roster = roster;
        this.queries = queries;
    }

    /** Forms a township's presidium for a term, sized by the county's configuration (5 to 9 by default). */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> form(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                             @Valid @RequestBody FormRequest body, HttpServletRequest request) {
        Permissions.requireStaff(county, body.townshipCode());
        if (!townships.exists(body.townshipCode(), county)) {
            throw new DomainException(422, "unknown-township", "乡镇不存在", "Unknown township",
                    "本县没有代码为 " + body.townshipCode() + " 的乡镇。",
                    "County " + county + " has no township " + body.townshipCode() + ".");
        }
        terms.resolve(county, body.townshipCode(), body.term(), null);
        CountyRules.Rules r = rules.of(county);
        String id = commands.send(new FormPresidiumCommand(FormPresidiumCommand.idOf(body.townshipCode(), body.term()),
                county, body.townshipCode(), body.term(), r.presidiumMinSize(), r.presidiumMaxSize(), body.formedOn()),
                request, county);
        return Map.of("id", id);
    }

    @PostMapping("/{id}/members")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> appoint(@PathVariable @Pattern(regexp = Codes.COUNTY) String county, @PathVariable String id,
                                @Valid @RequestBody AppointRequest body, HttpServletRequest request) {
        Permissions.requireStaff(county, Permissions.townshipOf(id));
        Roster.RosterDeputy deputy = roster.requireServing(county, body.deputyId());
        commands.send(new AppointPresidiumMemberCommand(id, county, deputy.id(), deputy.name(), deputy.townshipCode(),
                body.role(), body.fullTime(), body.partySecretary(), body.governmentDuties(), body.appointedOn()),
                request, county);
        return Map.of("id", id);
    }

    @GetMapping
    PageResponse<PresidiumQueries.PresidiumView> list(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                                                      @RequestParam(required = false) @Pattern(regexp = Codes.TOWNSHIP) String township,
                                                      @RequestParam(required = false) @Min(1) @Max(99) Integer term) {
        return queries.find(county, township, term);
    }

    @GetMapping("/{id}")
    ResponseEntity<?> get(@PathVariable @Pattern(regexp = Codes.COUNTY) String county, @PathVariable String id) {
        return queries.get(county, id).<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(ProblemAdvice::notFound);
    }
}
