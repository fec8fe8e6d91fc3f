package cn.renda.supervision.enforcement.web;

import cn.renda.deputy.replica.DeputyReplica;
import cn.renda.platform.problem.DomainException;
import cn.renda.platform.problem.ProblemAdvice;
import cn.renda.platform.web.Codes;
import cn.renda.platform.web.CommandSender;
import cn.renda.supervision.shared.Access;
import cn.renda.supervision.shared.Commands;
import cn.renda.platform.web.PageResponse;
import cn.renda.supervision.enforcement.command.AddEnforcementRectificationCommand;
import cn.renda.supervision.enforcement.command.CloseEnforcementInspectionCommand;
import cn.renda.supervision.enforcement.command.CompleteEnforcementRectificationCommand;
import cn.renda.supervision.enforcement.command.RecordEnforcementInspectionCommand;
import cn.renda.supervision.enforcement.query.EnforcementInspectionProjection;
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

/** 执法检查: the law, scope, findings, rectification items and closure. */
@RestController
@RequestMapping("/api/counties/{county}/enforcement-inspections")
class EnforcementInspectionController {

    record RecordRequest(@Pattern(regexp = Codes.TOWNSHIP) String townshipCode,
                         @NotBlank @Size(max = 200) String law,
                         @NotBlank @Size(max = 1000) String scope,
                         @NotNull LocalDate startedOn,
                         @Size(max = 200) List<@NotBlank @Size(max = 64) String> deputyIds,
                         @Size(max = 5000) String findings) {
    }

    record RectificationRequest(@NotBlank @Size(max = 1000) String description,
                                @NotBlank @Size(max = 100) String responsibleUnit,
                                @NotNull LocalDate deadline) {
    }

    record CompleteRequest(@NotBlank @Size(max = 2000) String outcome) {
    }

    private final CommandSender commands;
    private final DeputyReplica deputies;
    private final EnforcementInspectionProjection projection;
    private final Clock clock;

    EnforcementInspectionController(CommandSender commands, DeputyReplica deputies,
                                    EnforcementInspectionProjection projection, Clock clock) {
        this.commands = commands;
        this.deputies = deputies;
        this.projection = projection;
        this.clock = clock;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> record(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                               @Valid @RequestBody RecordRequest body, HttpServletRequest request) {
        if (body.townshipCode() != null && !Codes.townshipInCounty(body.townshipCode(), county)) {
            throw new DomainException(422, "township-not-in-county", "乡镇不属于本县", "Township not in county",
                    "检查的乡镇须属于本县。", "The township must be in the county.");
        }
        Access.clerk(county, body.townshipCode());
        List<String> ids = body.deputyIds() == null ? List.of() : body.deputyIds();
        if (!ids.isEmpty()) {
            deputies.requireServing(county, ids);
        }
        String id = Commands.send(commands, new RecordEnforcementInspectionCommand(UUID.randomUUID().toString(), county,
                body.townshipCode(), body.law().strip(), body.scope().strip(), body.startedOn(), ids,
                body.findings() == null ? null : body.findings().strip(), clock.instant()), request, county);
        return Map.of("id", id);
    }

    @PostMapping("/{id}/rectification")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> rectification(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                                      @PathVariable String id, @Valid @RequestBody RectificationRequest body,
                                      HttpServletRequest request) {
        Access.clerk(county, null);
        String itemId = UUID.randomUUID().toString();
        Commands.send(commands, new AddEnforcementRectificationCommand(id, county, itemId, body.description().strip(),
                body.responsibleUnit().strip(), body.deadline(), clock.instant()), request, county);
        return Map.of("id", id, "itemId", itemId);
    }

    @PostMapping("/{id}/rectification/{itemId}/completion")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> complete(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                                 @PathVariable String id, @PathVariable String itemId,
                                 @Valid @RequestBody CompleteRequest body, HttpServletRequest request) {
        Access.clerk(county, null);
        Commands.send(commands, new CompleteEnforcementRectificationCommand(id, county, itemId, body.outcome().strip(),
                clock.instant()), request, county);
        return Map.of("id", id, "itemId", itemId);
    }

    @PostMapping("/{id}/closure")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> close(@PathVariable @Pattern(regexp = Codes.COUNTY) String county, @PathVariable String id,
                              HttpServletRequest request) {
        Access.clerk(county, null);
        Commands.send(commands, new CloseEnforcementInspectionCommand(id, county, clock.instant()), request, county);
        return Map.of("id", id);
    }

    @GetMapping
    PageResponse<Map<String, Object>> list(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                                           @RequestParam(required = false) @Pattern(regexp = Codes.TOWNSHIP) String township,
                                           @RequestParam(required = false) @Size(max = 64) String deputy,
                                           @RequestParam(required = false) LocalDate from,
                                           @RequestParam(required = false) LocalDate to,
                                           @RequestParam(defaultValue = "0") @Min(0) int page,
                                           @RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
        Access.Listing l = Access.listed(Access.Records.ENFORCEMENT_INSPECTIONS, township, null, deputy);
        return projection.documents().find(county, l.township(), l.deputy(), from, to, l.narrowing(), page, size);
    }

    @GetMapping("/{id}")
    ResponseEntity<?> get(@PathVariable @Pattern(regexp = Codes.COUNTY) String county, @PathVariable String id) {
        return projection.documents().get(county, id).filter(d -> Access.mayRead(Access.Records.ENFORCEMENT_INSPECTIONS, d))
                .<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(ProblemAdvice::notFound);
    }
}
