package cn.renda.supervision.workreport.web;

import cn.renda.platform.problem.DomainException;
import cn.renda.platform.problem.ProblemAdvice;
import cn.renda.platform.web.Codes;
import cn.renda.platform.web.CommandSender;
import cn.renda.supervision.shared.Access;
import cn.renda.supervision.shared.Commands;
import cn.renda.platform.web.PageResponse;
import cn.renda.supervision.api.ReportingBody;
import cn.renda.supervision.workreport.command.AddWorkReportRectificationCommand;
import cn.renda.supervision.workreport.command.CloseWorkReportCommand;
import cn.renda.supervision.workreport.command.CompleteWorkReportRectificationCommand;
import cn.renda.supervision.workreport.command.RecordDeliberationOpinionsCommand;
import cn.renda.supervision.workreport.command.RecordSatisfactionVoteCommand;
import cn.renda.supervision.workreport.command.RecordWorkReportCommand;
import cn.renda.supervision.workreport.query.WorkReportProjection;
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

/** 专项工作报告: delivery, deliberation opinions, optional satisfaction vote, rectification follow-up, closure. */
@RestController
@RequestMapping("/api/counties/{county}/work-reports")
class WorkReportController {

    record RecordRequest(@NotBlank @Pattern(regexp = Codes.TOWNSHIP) String townshipCode,
                         @NotBlank @Size(max = 100) String office,
                         @NotBlank @Size(max = 200) String subject,
                         @NotNull ReportingBody body,
                         @NotNull LocalDate deliveredOn) {
    }

    record OpinionsRequest(@NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 1000) String> opinions) {
    }

    record VoteRequest(@NotNull @Min(0) Integer satisfied, @NotNull @Min(0) Integer basicallySatisfied,
                       @NotNull @Min(0) Integer dissatisfied, @NotNull @Min(0) Integer abstained) {
    }

    record RectificationRequest(@NotBlank @Size(max = 1000) String description,
                                @NotBlank @Size(max = 100) String responsibleUnit,
                                @NotNull LocalDate deadline) {
    }

    record CompleteRequest(@NotBlank @Size(max = 2000) String outcome) {
    }

    private final CommandSender commands;
    private final WorkReportProjection projection;
    private final Clock clock;

    WorkReportController(CommandSender commands, WorkReportProjection projection, Clock clock) {
        this.commands = commands;
        this.projection = projection;
        this.clock = clock;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> record(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                               @Valid @RequestBody RecordRequest body, HttpServletRequest request) {
        if (!Codes.townshipInCounty(body.townshipCode(), county)) {
            throw new DomainException(422, "township-not-in-county", "乡镇不属于本县", "Township not in county",
                    "报告所属乡镇须属于本县。", "The report's township must be in the county.");
        }
        Access.clerk(county, body.townshipCode());
        String id = Commands.send(commands, new RecordWorkReportCommand(UUID.randomUUID().toString(), county,
                body.townshipCode(), body.office().strip(), body.subject().strip(), body.body(), body.deliveredOn(),
                clock.instant()), request, county);
        return Map.of("id", id);
    }

    @PostMapping("/{id}/deliberation")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> deliberate(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                                   @PathVariable String id, @Valid @RequestBody OpinionsRequest body,
                                   HttpServletRequest request) {
        Access.clerk(county, null);
        Commands.send(commands, new RecordDeliberationOpinionsCommand(id, county,
                body.opinions().stream().map(String::strip).toList(), clock.instant()), request, county);
        return Map.of("id", id);
    }

    @PostMapping("/{id}/satisfaction-vote")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> vote(@PathVariable @Pattern(regexp = Codes.COUNTY) String county, @PathVariable String id,
                             @Valid @RequestBody VoteRequest body, HttpServletRequest request) {
        Access.clerk(county, null);
        Commands.send(commands, new RecordSatisfactionVoteCommand(id, county, body.satisfied(), body.basicallySatisfied(),
                body.dissatisfied(), body.abstained(), clock.instant()), request, county);
        return Map.of("id", id);
    }

    @PostMapping("/{id}/rectification")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> rectification(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                                      @PathVariable String id, @Valid @RequestBody RectificationRequest body,
                                      HttpServletRequest request) {
        Access.clerk(county, null);
        String itemId = UUID.randomUUID().toString();
        Commands.send(commands, new AddWorkReportRectificationCommand(id, county, itemId, body.description().strip(),
                body.responsibleUnit().strip(), body.deadline(), clock.instant()), request, county);
        return Map.of("id", id, "itemId", itemId);
    }

    @PostMapping("/{id}/rectification/{itemId}/completion")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> complete(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                                 @PathVariable String id, @PathVariable String itemId,
                                 @Valid @RequestBody CompleteRequest body, HttpServletRequest request) {
        Access.clerk(county, null);
        Commands.send(commands, new CompleteWorkReportRectificationCommand(id, county, itemId, body.outcome().strip(),
                clock.instant()), request, county);
        return Map.of("id", id, "itemId", itemId);
    }

    @PostMapping("/{id}/closure")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> close(@PathVariable @Pattern(regexp = Codes.COUNTY) String county, @PathVariable String id,
                              HttpServletRequest request) {
        Access.clerk(county, null);
        Commands.send(commands, new CloseWorkReportCommand(id, county, clock.instant()), request, county);
        return Map.of("id", id);
    }

    @GetMapping
    PageResponse<Map<String, Object>> list(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                                           @RequestParam(required = false) @Pattern(regexp = Codes.TOWNSHIP) String township,
                                           @RequestParam(required = false) LocalDate from,
                                           @RequestParam(required = false) LocalDate to,
                                           @RequestParam(defaultValue = "0") @Min(0) int page,
                                           @RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
        Access.Listing l = Access.listed(Access.Records.WORK_REPORTS, township, null, null);
        return projection.documents().find(county, l.township(), l.deputy(), from, to, l.narrowing(), page, size);
    }

    @GetMapping("/{id}")
    ResponseEntity<?> get(@PathVariable @Pattern(regexp = Codes.COUNTY) String county, @PathVariable String id) {
        return projection.documents().get(county, id).filter(d -> Access.mayRead(Access.Records.WORK_REPORTS, d))
                .<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(ProblemAdvice::notFound);
    }
}
