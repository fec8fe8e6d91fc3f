package cn.renda.supervision.suggestion.web;

import cn.renda.deputy.replica.DeputyReplica;
import cn.renda.platform.problem.ProblemAdvice;
import cn.renda.platform.web.Codes;
import cn.renda.platform.web.CommandSender;
import cn.renda.platform.web.PageResponse;
import cn.renda.supervision.api.SuggestionCategory;
import cn.renda.supervision.suggestion.command.SubmitSuggestionCommand;
import cn.renda.supervision.suggestion.query.SuggestionQueries;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/api/counties/{county}/suggestions")
class SuggestionController {

    record SubmitSuggestionRequest(
            @NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 64) String> deputyIds,
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 5000) String content,
            @NotNull SuggestionCategory category) {
    }

    private final CommandSender commands;
    private final DeputyReplica deputies;
    private final SuggestionQueries queries;
    private final Clock clock;

    SuggestionController(CommandSender commands, DeputyReplica deputies, SuggestionQueries queries, Clock clock) {
        this.commands = commands;
        this.deputies = deputies;
        this.queries = queries;
        this.clock = clock;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> submit(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                               @Valid @RequestBody SubmitSuggestionRequest body, HttpServletRequest request) {
        List<DeputyReplica.ReplicatedDeputy> submitters = deputies.requireServing(county, body.deputyIds());
        String id = commands.send(new SubmitSuggestionCommand(UUID.randomUUID().toString(), county,
                submitters.get(0).townshipCode(), body.deputyIds(), body.title().strip(), body.content().strip(),
                body.category(), clock.instant()), request, county);
        return Map.of("id", id);
    }

    @GetMapping
    PageResponse<SuggestionQueries.SuggestionSummary> list(
            @PathVariable @Pattern(regexp = Codes.COUNTY) String county,
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
