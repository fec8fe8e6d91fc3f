package cn.renda.deputy.contact.web;

import cn.renda.deputy.contact.command.RecordHomeVisitCommand;
import cn.renda.deputy.contact.command.RecordReceptionDayCommand;
import cn.renda.deputy.contact.command.RecordVoterReportCommand;
import cn.renda.deputy.contact.query.ContactQueries;
import cn.renda.deputy.roster.Roster;
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

/** Constituent contact: reception days, home visits, deputies' reports to voters (述职). */
@RestController
@RequestMapping("/api/counties/{county}")
class ContactController {

    record ReceptionRequest(@NotBlank @Pattern(regexp = Codes.TOWNSHIP) String townshipCode, @NotNull LocalDate heldOn,
                            @Size(max = 60) String place, @NotEmpty @Size(max = 200) List<@NotBlank String> deputyIds,
                            @NotNull @Min(0) @Max(100000) Integer visitors,
                            @Size(max = 200) List<@NotBlank @Size(max = 500) String> issues) {
    }

    record HomeVisitRequest(@NotBlank @Pattern(regexp = Codes.TOWNSHIP) String townshipCode,
                            @NotNull LocalDate visitedOn, @NotEmpty @Size(max = 200) List<@NotBlank String> deputyIds,
                            @NotNull @Min(1) @Max(100000) Integer households,
                            @Size(max = 200) List<@NotBlank @Size(max = 500) String> issues) {
    }

    record VoterReportRequest(@NotBlank String deputyId, @NotNull LocalDate reportedOn,
                              @NotNull @Min(1) @Max(100000) Integer voters, @NotNull @Min(0) Integer satisfied,
                              @NotNull @Min(0) Integer basicallySatisfied, @NotNull @Min(0) Integer dissatisfied) {
    }

    private final CommandSender commands;
    private final Roster roster;
    private final ContactQueries queries;
    private final Clock clock;

    ContactController(CommandSender commands, Roster roster, ContactQueries queries, Clock clock) {
        this.commands = commands;
        this.roster = roster;
        this.queries = queries;
        this.clock = clock;
    }

    @PostMapping("/receptions")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> reception(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                                  @Valid @RequestBody ReceptionRequest body, HttpServletRequest request) {
        Permissions.requireStaff(county, body.townshipCode());
        roster.requireServing(county, body.townshipCode(), body.deputyIds());
        String id = commands.send(new RecordReceptionDayCommand(UUID.randomUUID().toString(), county,
                body.townshipCode(), body.heldOn(), body.place(), body.deputyIds(), body.visitors(),
                body.issues() == null ? List.of() : body.issues(), clock.instant()), request, county);
        return Map.of("id", id);
    }

    @PostMapping("/home-visits")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> homeVisit(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                                  @Valid @RequestBody HomeVisitRequest body, HttpServletRequest request) {
        Permissions.requireStaff(county, body.townshipCode());
        roster.requireServing(county, body.townshipCode(), body.deputyIds());
        String id = commands.send(new RecordHomeVisitCommand(UUID.randomUUID().toString(), county, body.townshipCode(),
                body.visitedOn(), body.deputyIds(), body.households(),
                body.issues() == null ? List.of() : body.issues(), clock.instant()), request, county);
        return Map.of("id", id);
    }

    @PostMapping("/voter-reports")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> voterReport(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                                    @Valid @RequestBody VoterReportRequest body, HttpServletRequest request) {
        Roster.RosterDeputy deputy = roster.requireServing(county, body.deputyId());
        Permissions.requireStaff(county, deputy.townshipCode());
        String id = commands.send(new RecordVoterReportCommand(UUID.randomUUID().toString(), county,
                deputy.townshipCode(), deputy.id(), body.reportedOn(), body.voters(), body.satisfied(),
                body.basicallySatisfied(), body.dissatisfied(), clock.instant()), request, county);
        return Map.of("id", id);
    }

    @GetMapping("/receptions")
    PageResponse<ContactQueries.ContactView> receptions(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
            @RequestParam(required = false) @Pattern(regexp = Codes.TOWNSHIP) String township,
            @RequestParam(required = false) @Pattern(regexp = "\\d{4}-\\d{2}") String month,
            @RequestParam(required = false) String deputy,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
        return queries.find(county, "RECEPTION_DAY", township, month, deputy, page, size);
    }

    @GetMapping("/home-visits")
    PageResponse<ContactQueries.ContactView> homeVisits(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
            @RequestParam(required = false) @Pattern(regexp = Codes.TOWNSHIP) String township,
            @RequestParam(required = false) @Pattern(regexp = "\\d{4}-\\d{2}") String month,
            @RequestParam(required = false) String deputy,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
        return queries.find(county, "HOME_VISIT", township, month, deputy, page, size);
    }

    @GetMapping("/voter-reports")
    PageResponse<ContactQueries.ContactView> voterReports(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
            @RequestParam(required = false) @Pattern(regexp = Codes.TOWNSHIP) String township,
            @RequestParam(required = false) @Pattern(regexp = "\\d{4}-\\d{2}") String month,
            @RequestParam(required = false) String deputy,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
        return queries.find(county, "VOTER_REPORT", township, month, deputy, page, size);
    }
}
