package cn.renda.supervision.unit.web;

import cn.renda.platform.problem.ProblemAdvice;
import cn.renda.platform.web.Codes;
import cn.renda.platform.web.CommandSender;
import cn.renda.supervision.shared.Access;
import cn.renda.supervision.shared.Commands;
import cn.renda.platform.web.PageResponse;
import cn.renda.supervision.shared.NotFound;
import cn.renda.supervision.unit.command.ChangeHandlingUnitContactCommand;
import cn.renda.supervision.unit.command.RegisterHandlingUnitCommand;
import cn.renda.supervision.unit.query.HandlingUnitDirectory;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
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
@Validated
@RequestMapping("/api/counties/{county}/handling-units")
class HandlingUnitController {

    record RegisterHandlingUnitRequest(
            @Pattern(regexp = Codes.TOWNSHIP) String townshipCode,
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Size(max = 40) String contactPerson,
            @NotBlank @Pattern(regexp = "[0-9+\\- ]{5,20}") String contactPhone,
            @NotBlank @Size(max = 40) String responsibleLeader) {
    }

    record ChangeContactRequest(
            @NotBlank @Size(max = 40) String contactPerson,
            @NotBlank @Pattern(regexp = "[0-9+\\- ]{5,20}") String contactPhone,
            @NotBlank @Size(max = 40) String responsibleLeader) {
    }

    private final CommandSender commands;
    private final HandlingUnitDirectory directory;
    private final Clock clock;

    HandlingUnitController(CommandSender commands, HandlingUnitDirectory directory, Clock clock) {
        this.commands = commands;
        this.directory = directory;
        this.clock = clock;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> register(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                                 @Valid @RequestBody RegisterHandlingUnitRequest body, HttpServletRequest request) {
        Access.clerk(county, body.townshipCode());
        String id = Commands.send(commands, new RegisterHandlingUnitCommand(UUID.randomUUID().toString(), county,
                body.townshipCode(), body.name().strip(), body.contactPerson().strip(), body.contactPhone().strip(),
                body.responsibleLeader().strip(), clock.instant()), request, county);
        return Map.of("id", id);
    }

    @PostMapping("/{id}/contact")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> changeContact(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                                      @PathVariable String id, @Valid @RequestBody ChangeContactRequest body,
                                      HttpServletRequest request) {
        Access.clerk(county, null);
        if (directory.find(county, id).isEmpty()) {
            throw NotFound.of("承办单位");
        }
        Commands.send(commands, new ChangeHandlingUnitContactCommand(id, county, body.contactPerson().strip(),
                body.contactPhone().strip(), body.responsibleLeader().strip(), clock.instant()), request, county);
        return Map.of("id", id);
    }

    @GetMapping
    PageResponse<HandlingUnitDirectory.HandlingUnitView> list(
            @PathVariable @Pattern(regexp = Codes.COUNTY) String county,
            @RequestParam(required = false) @Pattern(regexp = Codes.TOWNSHIP) String township,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
        return directory.list(county, township, page, size);
    }

    @GetMapping("/{id}")
    ResponseEntity<?> get(@PathVariable @Pattern(regexp = Codes.COUNTY) String county, @PathVariable String id) {
        return directory.find(county, id).<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(ProblemAdvice::notFound);
    }
}
