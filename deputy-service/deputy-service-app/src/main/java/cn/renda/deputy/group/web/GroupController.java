package cn.renda.deputy.group.web;

import cn.renda.deputy.group.command.AppointGroupLeaderCommand;
import cn.renda.deputy.group.command.FormDeputyGroupCommand;
import cn.renda.deputy.group.command.PlanGroupActivityCommand;
import cn.renda.deputy.group.command.RecordGroupActivityHeldCommand;
import cn.renda.deputy.group.query.GroupQueries;
import cn.renda.deputy.roster.Roster;
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

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/api/counties/{county}/groups")
class GroupController {

    record FormRequest(@NotBlank @Pattern(regexp = Codes.TOWNSHIP) String townshipCode,
                       @NotBlank @Size(max = 40) String name, @Size(max = 40) String village,
                       @Size(max = 60) String room) {
    }

    record LeaderRequest(@NotBlank @Size(max = 64) String deputyId) {
    }

    record PlanRequest(@NotBlank @Size(max = 200) String topic, @NotNull LocalDate plannedOn) {
    }

    record HeldRequest(@NotNull LocalDate heldOn, @NotEmpty @Size(max = 200) List<@NotBlank String> attendeeIds,
                       @Size(max = 2000) String summary) {
    }

    private final CommandSender commands;
    private final TownshipDirectory townships;
    private final Roster roster;
    private final GroupQueries queries;

    GroupController(CommandSender commands, TownshipDirectory townships, Roster roster, GroupQueries queries) {
        this.commands = commands;
        this.townships = townships;
        this.roster = roster;
        this.queries = queries;
    }

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
        String id = commands.send(new FormDeputyGroupCommand(body.townshipCode() + "-" + UUID.randomUUID(), county,
                body.townshipCode(), body.name().strip(), body.village(), body.room()), request, county);
        return Map.of("id", id);
    }

    /** The leader must be a serving deputy of this group. */
    @PostMapping("/{id}/leader")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> leader(@PathVariable @Pattern(regexp = Codes.COUNTY) String county, @PathVariable String id,
                               @Valid @RequestBody LeaderRequest body, HttpServletRequest request) {
        Permissions.requireStaff(county, Permissions.townshipOf(id));
        Roster.RosterDeputy deputy = roster.requireServing(county, body.deputyId());
        commands.send(new AppointGroupLeaderCommand(id, county, deputy.id(), deputy.groupId()), request, county);
        return Map.of("id", id);
    }

    @PostMapping("/{id}/activities")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> plan(@PathVariable @Pattern(regexp = Codes.COUNTY) String county, @PathVariable String id,
                             @Valid @RequestBody PlanRequest body, HttpServletRequest request) {
        Permissions.requireStaff(county, Permissions.townshipOf(id));
        String activityId = UUID.randomUUID().toString();
        commands.send(new PlanGroupActivityCommand(id, county, activityId, body.topic().strip(), body.plannedOn()),
                request, county);
        return Map.of("id", activityId);
    }

    /** Records a planned activity as held, with the group's serving deputies who attended. */
    @PostMapping("/{id}/activities/{activityId}/held")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> held(@PathVariable @Pattern(regexp = Codes.COUNTY) String county, @PathVariable String id,
                             @PathVariable String activityId, @Valid @RequestBody HeldRequest body,
                             HttpServletRequest request) {
        Permissions.requireStaff(county, Permissions.townshipOf(id));
        List<String> groups = body.attendeeIds().stream().map(a -> roster.requireServing(county, a).groupId()).toList();
        commands.send(new RecordGroupActivityHeldCommand(id, county, activityId, body.heldOn(), body.attendeeIds(),
                groups, body.summary()), request, county);
        return Map.of("id", activityId);
    }

    @GetMapping
    PageResponse<GroupQueries.GroupView> list(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                                              @RequestParam(required = false) @Pattern(regexp = Codes.TOWNSHIP) String township,
                                              @RequestParam(defaultValue = "0") @Min(0) int page,
                                              @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return queries.find(county, township, page, size);
    }

    /** The group with its roster of members (serving or not). */
    @GetMapping("/{id}")
    ResponseEntity<?> get(@PathVariable @Pattern(regexp = Codes.COUNTY) String county, @PathVariable String id) {
        return queries.get(county, id).<ResponseEntity<?>>map(g -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("group", g);
            body.put("members", roster.members(county, id));
            return ResponseEntity.ok(body);
        }).orElseGet(ProblemAdvice::notFound);
    }
}
