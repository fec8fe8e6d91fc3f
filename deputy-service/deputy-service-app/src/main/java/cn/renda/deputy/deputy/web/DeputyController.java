package cn.renda.deputy.deputy.web;

import cn.renda.deputy.api.Gender;
import cn.renda.deputy.api.Occupation;
import cn.renda.deputy.deputy.command.RegisterDeputyCommand;
import cn.renda.deputy.deputy.query.DeputyQueries;
import cn.renda.deputy.township.query.TownshipDirectory;
import cn.renda.platform.problem.DomainException;
import cn.renda.platform.problem.ProblemAdvice;
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

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/api/counties/{county}/deputies")
class DeputyController {

    record RegisterDeputyRequest(
            @NotBlank @Pattern(regexp = Codes.TOWNSHIP) String townshipCode,
            @NotBlank @Size(max = 40) String name,
            @NotNull Gender gender,
            @Min(1900) @Max(2100) Integer birthYear,
            @NotNull Occupation occupation) {
    }

    private final CommandSender commands;
    private final TownshipDirectory townships;
    private final DeputyQueries queries;
    private final Clock clock;

    DeputyController(CommandSender commands, TownshipDirectory townships, DeputyQueries queries, Clock clock) {
        this.commands = commands;
        this.townships = townships;
        this.queries = queries;
        this.clock = clock;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> register(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                                 @Valid @RequestBody RegisterDeputyRequest body, HttpServletRequest request) {
        if (!townships.exists(body.townshipCode(), county)) {
            throw new DomainException(422, "unknown-township", "乡镇不存在", "Unknown township",
                    "本县没有代码为 " + body.townshipCode() + " 的乡镇，请先登记乡镇。",
                    "County " + county + " has no township " + body.townshipCode() + "; register it first.");
        }
        String id = commands.send(new RegisterDeputyCommand(UUID.randomUUID().toString(), county, body.townshipCode(),
                body.name().strip(), body.gender(), body.birthYear(), body.occupation(), clock.instant()), request, county);
        return Map.of("id", id);
    }

    @GetMapping
    PageResponse<DeputyQueries.DeputySummary> list(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                                                   @RequestParam(required = false) @Pattern(regexp = Codes.TOWNSHIP) String township,
                                                   @RequestParam(defaultValue = "0") @Min(0) int page,
                                                   @RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
        return queries.find(county, township, page, size);
    }

    @GetMapping("/{id}")
    ResponseEntity<?> get(@PathVariable @Pattern(regexp = Codes.COUNTY) String county, @PathVariable String id) {
        return queries.get(county, id).<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(ProblemAdvice::notFound);
    }
}
