package cn.renda.deputy.district.web;

import cn.renda.deputy.district.command.RegisterElectoralDistrictCommand;
import cn.renda.deputy.district.query.DistrictDirectory;
import cn.renda.deputy.district.query.DistrictQueries;
import cn.renda.deputy.township.query.TownshipDirectory;
import cn.renda.platform.problem.DomainException;
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

import java.util.List;
import java.util.Map;

/** Electoral districts (选区) of the townships, with the deputies serving for each. */
@RestController
@RequestMapping("/api/counties/{county}/districts")
class DistrictController {

    record RegisterDistrictRequest(@NotBlank @Pattern(regexp = Codes.TOWNSHIP) String townshipCode,
                                   @NotBlank @Pattern(regexp = "[0-9A-Za-z-]{1,20}") String code,
                                   @NotBlank @Size(max = 40) String name,
                                   @NotNull @Min(1) @Max(99) Integer seats,
                                   @NotNull @Min(1) @Max(10_000_000) Integer voters) {
    }

    private final CommandSender commands;
    private final TownshipDirectory townships;
    private final DistrictDirectory directory;
    private final DistrictQueries queries;

    DistrictController(CommandSender commands, TownshipDirectory townships, DistrictDirectory directory,
                       DistrictQueries queries) {
        this.commands = commands;
        this.townships = townships;
        this.directory = directory;
        this.queries = queries;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> register(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                                 @Valid @RequestBody RegisterDistrictRequest body, HttpServletRequest request) {
        Permissions.requireStaff(county, body.townshipCode());
        if (!townships.exists(body.townshipCode(), county)) {
            throw new DomainException(422, "unknown-township", "乡镇不存在", "Unknown township",
                    "本县没有代码为 " + body.townshipCode() + " 的乡镇。",
                    "County " + county + " has no township " + body.townshipCode() + ".");
        }
        String name = body.name().strip();
        String id = commands.send(new RegisterElectoralDistrictCommand(
                RegisterElectoralDistrictCommand.idOf(body.townshipCode(), body.code()), county, body.townshipCode(),
                body.code(), name, body.seats(), body.voters(), directory.nameTaken(body.townshipCode(), name)),
                request, county);
        return Map.of("id", id);
    }

    @GetMapping
    PageResponse<DistrictQueries.DistrictView> list(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                                                    @RequestParam(required = false) @Pattern(regexp = Codes.TOWNSHIP) String township) {
        List<DistrictQueries.DistrictView> items = queries.list(county, township);
        return new PageResponse<>(items, items.size(), 0, Math.max(1, items.size()));
    }
}
