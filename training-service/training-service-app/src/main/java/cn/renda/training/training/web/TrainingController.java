package cn.renda.training.training.web;

import cn.renda.deputy.replica.DeputyReplica;
import cn.renda.platform.problem.ProblemAdvice;
import cn.renda.platform.web.Codes;
import cn.renda.platform.web.CommandSender;
import cn.renda.platform.web.PageResponse;
import cn.renda.training.api.LegalTopic;
import cn.renda.training.api.Organiser;
import cn.renda.training.training.command.PlanTrainingCommand;
import cn.renda.training.training.command.RecordAttendanceCommand;
import cn.renda.training.training.query.TrainingQueries;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/api/counties/{county}/trainings")
class TrainingController {

    record PlanTrainingRequest(
            @NotBlank @Size(max = 200) String title,
            @NotNull LegalTopic topic,
            @NotNull LocalDate date,
            @Min(1) @Max(200) int hours,
            Organiser organiser) {
    }

    record RecordAttendanceRequest(@NotBlank @Size(max = 64) String deputyId) {
    }

    private final CommandSender commands;
    private final DeputyReplica deputies;
    private final TrainingQueries queries;
    private final Clock clock;

    TrainingController(CommandSender commands, DeputyReplica deputies, TrainingQueries queries, Clock clock) {
        this.commands = commands;
        this.deputies = deputies;
        this.queries = queries;
        this.clock = clock;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> plan(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                             @Valid @RequestBody PlanTrainingRequest body, HttpServletRequest request) {
        String id = commands.send(new PlanTrainingCommand(UUID.randomUUID().toString(), county, body.title().strip(),
                body.topic(), body.date(), body.hours(), body.organiser() == null ? Organiser.COUNTY : body.organiser()),
                request, county);
        return Map.of("id", id);
    }

    @PostMapping("/{id}/attendance")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> attend(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                               @PathVariable @Size(max = 64) String id,
                               @Valid @RequestBody RecordAttendanceRequest body, HttpServletRequest request) {
        DeputyReplica.ReplicatedDeputy deputy = deputies.requireServing(county, List.of(body.deputyId())).get(0);
        commands.send(new RecordAttendanceCommand(id, county, deputy.id(), deputy.townshipCode(), clock.instant()),
                request, county);
        return Map.of("id", id, "deputyId", deputy.id());
    }

    @GetMapping
    PageResponse<TrainingQueries.TrainingSummary> list(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                                                       @RequestParam(defaultValue = "0") @Min(0) int page,
                                                       @RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
        return queries.find(county, page, size);
    }

    @GetMapping("/{id}")
    ResponseEntity<?> get(@PathVariable @Pattern(regexp = Codes.COUNTY) String county, @PathVariable String id) {
        return queries.get(county, id).<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(ProblemAdvice::notFound);
    }
}
