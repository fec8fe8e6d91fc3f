package cn.renda.training.training.web;

import cn.renda.deputy.replica.DeputyReplica;
import cn.renda.platform.problem.ProblemAdvice;
import cn.renda.platform.web.Codes;
import cn.renda.platform.web.CommandSender;
import cn.renda.platform.web.PageResponse;
import cn.renda.training.api.AttendanceStatus;
import cn.renda.training.api.Audience;
import cn.renda.training.api.CourseFormat;
import cn.renda.training.api.LegalTopic;
import cn.renda.platform.security.Permissions;
import cn.renda.training.api.Organiser;
import cn.renda.training.training.command.AssessDeputyCommand;
import cn.renda.training.training.command.CompleteTrainingCommand;
import cn.renda.training.training.command.EnrolDeputiesCommand;
import cn.renda.training.training.command.PlanTrainingCommand;
import cn.renda.training.training.command.RecordAttendanceCommand;
import cn.renda.training.training.command.RevokeCertificateCommand;
import cn.renda.training.training.query.TrainingQueries;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
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

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Trainings as course sessions (a training = one course held on one date): planning with the course particulars,
 * enrolment, attendance, assessment, completion with its certificate, and revocation.
 */
@RestController
@RequestMapping("/api/counties/{county}/trainings")
class TrainingController {

    record PlanTrainingRequest(
            @NotBlank @Size(max = 200) String title,
            @NotNull LegalTopic topic,
            @NotNull LocalDate date,
            @Min(1) @Max(200) int hours,
            Organiser organiser,
            @Pattern(regexp = Codes.TOWNSHIP) String organiserTownshipCode,
            Audience audience,
            CourseFormat format,
            @Size(max = 200) String place,
            @Min(1) @Max(10_000) Integer capacity,
            @Min(0) @Max(100) Integer passingScore) {
    }

    record RecordAttendanceRequest(@NotBlank @Size(max = 64) String deputyId, AttendanceStatus status) {
    }

    record AttendanceSheetRequest(@NotEmpty @Size(max = 500) List<@Valid @NotNull RecordAttendanceRequest> entries) {
    }

    record EnrolRequest(@NotEmpty @Size(max = 500) List<@NotBlank @Size(max = 64) String> deputyIds) {
    }

    record AssessRequest(@NotBlank @Size(max = 64) String deputyId, @NotNull @Min(0) @Max(100) Integer score) {
    }

    record CompleteRequest(@NotBlank @Size(max = 64) String deputyId) {
    }

    record RevokeRequest(@NotBlank @Size(max = 500) String reason) {
    }

    private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

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
        Permissions.requireStaff(county, body.organiser() == Organiser.TOWNSHIP ? body.organiserTownshipCode() : null);
        String id = commands.send(new PlanTrainingCommand(UUID.randomUUID().toString(), county, body.title().strip(),
                body.topic(), body.date(), body.hours(), body.organiser() == null ? Organiser.COUNTY : body.organiser(),
                body.organiserTownshipCode(), body.audience(), body.format(),
                body.place() == null || body.place().isBlank() ? null : body.place().strip(), body.capacity(),
                body.passingScore()), request, county);
        return Map.of("id", id);
    }

    @PostMapping("/{id}/enrolments")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> enrol(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                              @PathVariable @Size(max = 64) String id,
                              @Valid @RequestBody EnrolRequest body, HttpServletRequest request) {
        List<EnrolDeputiesCommand.Participant> participants = deputies.requireServing(county, body.deputyIds()).stream()
                .map(d -> new EnrolDeputiesCommand.Participant(d.id(), d.townshipCode())).toList();
        participants.forEach(p -> Permissions.requireStaff(county, p.townshipCode()));
        commands.send(new EnrolDeputiesCommand(id, county, participants, clock.instant()), request, county);
        return Map.of("id", id, "enrolled", participants.size());
    }

    /** One deputy's attendance; without a status, present. A deputy not enrolled attends as a walk-in. */
    @PostMapping("/{id}/attendance")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> attend(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                               @PathVariable @Size(max = 64) String id,
                               @Valid @RequestBody RecordAttendanceRequest body, HttpServletRequest request) {
        recordSheet(county, id, List.of(body), request);
        return Map.of("id", id, "deputyId", body.deputyId());
    }

    /** A whole attendance sheet (签到表), recorded all or none. */
    @PostMapping("/{id}/attendance-sheet")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> attendanceSheet(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                                        @PathVariable @Size(max = 64) String id,
                                        @Valid @RequestBody AttendanceSheetRequest body, HttpServletRequest request) {
        recordSheet(county, id, body.entries(), request);
        return Map.of("id", id, "recorded", body.entries().size());
    }

    private void recordSheet(String county, String id, List<RecordAttendanceRequest> entries,
                             HttpServletRequest request) {
        List<DeputyReplica.ReplicatedDeputy> known = deputies.requireServing(county,
                entries.stream().map(RecordAttendanceRequest::deputyId).toList());
        Map<String, String> townships = new java.util.HashMap<>();
        known.forEach(d -> townships.put(d.id(), d.townshipCode()));
        known.forEach(d -> Permissions.requireStaff(county, d.townshipCode()));
        List<RecordAttendanceCommand.Entry> sheet = new ArrayList<>();
        for (RecordAttendanceRequest e : entries) {
            sheet.add(new RecordAttendanceCommand.Entry(e.deputyId(), townships.get(e.deputyId()),
                    e.status() == null ? AttendanceStatus.PRESENT : e.status()));
        }
        commands.send(new RecordAttendanceCommand(id, county, sheet, clock.instant()), request, county);
    }

    @PostMapping("/{id}/assessments")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> assess(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                               @PathVariable @Size(max = 64) String id,
                               @Valid @RequestBody AssessRequest body, HttpServletRequest request) {
        DeputyReplica.ReplicatedDeputy deputy = deputies.requireServing(county, List.of(body.deputyId())).get(0);
        Permissions.requireStaff(county, deputy.townshipCode());
        commands.send(new AssessDeputyCommand(id, county, deputy.id(), body.score(), clock.instant()), request, county);
        return Map.of("id", id, "deputyId", deputy.id(), "score", body.score());
    }

    /** Completes a deputy's training and issues the certificate; answers its verification code. */
    @PostMapping("/{id}/completions")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> complete(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                                 @PathVariable @Size(max = 64) String id,
                                 @Valid @RequestBody CompleteRequest body, HttpServletRequest request) {
        DeputyReplica.ReplicatedDeputy deputy = deputies.requireServing(county, List.of(body.deputyId())).get(0);
        Permissions.requireStaff(county, deputy.townshipCode());
        String code = commands.send(new CompleteTrainingCommand(id, county, deputy.id(), deputy.name(), newCode(),
                clock.instant()), request, county);
        return Map.of("id", id, "deputyId", deputy.id(), "certificateCode", code);
    }

    /** Revokes a completion's certificate. The deputy need not be serving any more. */
    @PostMapping("/{id}/completions/{deputyId}/revocation")
    Map<String, String> revoke(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                               @PathVariable @Size(max = 64) String id,
                               @PathVariable @Size(max = 64) String deputyId,
                               @Valid @RequestBody RevokeRequest body, HttpServletRequest request) {
        Permissions.requireStaff(county, null);
        commands.send(new RevokeCertificateCommand(id, county, deputyId, body.reason().strip(), clock.instant()),
                request, county);
        return Map.of("id", id, "deputyId", deputyId, "status", "REVOKED");
    }

    @GetMapping
    PageResponse<TrainingQueries.TrainingSummary> list(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                                                       @RequestParam(required = false) LegalTopic topic,
                                                       @RequestParam(defaultValue = "0") @Min(0) int page,
                                                       @RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
        return queries.find(county, topic, page, size);
    }

    @GetMapping("/{id}")
    ResponseEntity<?> get(@PathVariable @Pattern(regexp = Codes.COUNTY) String county, @PathVariable String id) {
        return queries.get(county, id).<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(ProblemAdvice::notFound);
    }

    /** Each deputy's enrolment, attendance, score and certificate at this training. */
    @GetMapping("/{id}/participants")
    ResponseEntity<?> participants(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                                   @PathVariable String id) {
        if (queries.get(county, id).isEmpty()) {
            return ProblemAdvice.notFound();
        }
        return ResponseEntity.ok(Map.of("items", queries.participants(county, id)));
    }

    /** A deputy's trainings in a period (default: all), with person-times and hours attended. */
    @GetMapping("/by-deputy/{deputyId}")
    TrainingQueries.DeputyRecord byDeputy(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                                          @PathVariable @Size(max = 64) String deputyId,
                                          @RequestParam(required = false)
                                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                          LocalDate since,
                                          @RequestParam(required = false)
                                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                          LocalDate until) {
        return queries.deputyRecord(county, deputyId, since == null ? "0000-01-01" : since.toString(),
                until == null ? "9999-12-31" : until.toString());
    }

    private static String newCode() {
        char[] code = new char[12];
        for (int i = 0; i < code.length; i++) {
            code[i] = CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)];
        }
        return new String(code);
    }
}
