package cn.renda.deputy.township.web;

import cn.renda.deputy.township.command.RegisterTownshipCommand;
import cn.renda.deputy.township.query.TownshipDirectory;
import cn.renda.platform.security.Permissions;
import cn.renda.platform.web.Codes;
import cn.renda.platform.web.CommandSender;
import cn.renda.platform.web.PageResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

@RestController
@RequestMapping("/api/counties/{county}/townships")
class TownshipController {

    record RegisterTownshipRequest(
            @NotBlank @Pattern(regexp = Codes.TOWNSHIP) String code,
            @NotBlank @Size(max = 40) String name) {
    }

    private final CommandSender commands;
    private final TownshipDirectory directory;

    TownshipController(CommandSender commands, TownshipDirectory directory) {
        this.commands = commands;
        this.directory = directory;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> register(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                                 @Valid @RequestBody RegisterTownshipRequest body, HttpServletRequest request) {
        Permissions.requireStaff(county, null);
        String id = commands.send(new RegisterTownshipCommand(body.code(), county, body.name().strip()), request, county);
        return Map.of("id", id);
    }

    @GetMapping
    PageResponse<TownshipDirectory.TownshipSummary> list(@PathVariable @Pattern(regexp = Codes.COUNTY) String county) {
        return directory.townships(county);
    }
}
