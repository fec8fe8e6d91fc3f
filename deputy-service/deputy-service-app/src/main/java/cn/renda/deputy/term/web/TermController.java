package cn.renda.deputy.term.web;

import cn.renda.deputy.term.command.OpenTermCommand;
import cn.renda.deputy.term.query.TermDirectory;
import cn.renda.deputy.term.query.TermYears;
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
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Terms (届) of the township congresses, and the sessions held in each year of a term. */
@RestController
@RequestMapping("/api/counties/{county}/terms")
class TermController {

    record OpenTermRequest(@NotBlank @Pattern(regexp = Codes.TOWNSHIP) String townshipCode,
                           @NotNull @Min(1) @Max(99) Integer number, @NotNull LocalDate startsOn) {
    }

    private final CommandSender commands;
    private final TownshipDirectory townships;
    private final TermDirectory terms;
    private final TermYears years;
    private final Clock clock;

    TermController(CommandSender commands, TownshipDirectory townships, TermDirectory terms, TermYears years,
                   Clock clock) {
        this.commands = commands;
        this.townships = townships;
        this.terms = terms;
        this.years = years;
        this.clock = clock;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> open(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                             @Valid @RequestBody OpenTermRequest body, HttpServletRequest request) {
        Permissions.requireStaff(county, body.townshipCode());
        if (!townships.exists(body.townshipCode(), county)) {
            throw new DomainException(422, "unknown-township", "乡镇不存在", "Unknown township",
                    "本县没有代码为 " + body.townshipCode() + " 的乡镇。",
                    "County " + county + " has no township " + body.townshipCode() + ".");
        }
        return Map.of("id", open(commands, terms, county, body.townshipCode(), body.number(), body.startsOn(),
                request));
    }

    /** Sends {@link OpenTermCommand} with the township's latest term so far; also used when a township registers. */
    static String open(CommandSender commands, TermDirectory terms, String county, String townshipCode, int number,
                       LocalDate startsOn, HttpServletRequest request) {
        var latest = terms.latest(county, townshipCode);
        return commands.send(new OpenTermCommand(OpenTermCommand.idOf(townshipCode, number), county, townshipCode,
                number, startsOn, latest.map(TermDirectory.TermPeriod::number).orElse(null),
                latest.map(TermDirectory.TermPeriod::startsOn).orElse(null)), request, county);
    }

    /** The terms with, for each calendar year, the sessions held and a flag for a year over without one. */
    @GetMapping
    PageResponse<TermYears.TermView> list(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                                          @RequestParam(required = false) @Pattern(regexp = Codes.TOWNSHIP) String township) {
        List<TermYears.TermView> items = years.list(county, township, today());
        return new PageResponse<>(items, items.size(), 0, Math.max(1, items.size()));
    }

    @GetMapping("/{id}")
    ResponseEntity<?> get(@PathVariable @Pattern(regexp = Codes.COUNTY) String county, @PathVariable String id) {
        return years.get(county, id, today()).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(ProblemAdvice::notFound);
    }

    private LocalDate today() {
        return clock.instant().atZone(ZoneOffset.ofHours(8)).toLocalDate();
    }
}
