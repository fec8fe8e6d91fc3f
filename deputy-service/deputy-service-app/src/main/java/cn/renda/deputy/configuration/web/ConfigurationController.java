package cn.renda.deputy.configuration.web;

import cn.renda.deputy.configuration.command.ConfigureCountyCommand;
import cn.renda.deputy.configuration.query.CountyRules;
import cn.renda.platform.security.Permissions;
import cn.renda.platform.web.Codes;
import cn.renda.platform.web.CommandSender;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/counties/{county}/configuration")
class ConfigurationController {

    record ConfigureRequest(@NotNull @Min(3) @Max(25) Integer presidiumMinSize,
                            @NotNull @Min(3) @Max(25) Integer presidiumMaxSize,
                            @NotNull @Min(1) @Max(100) Integer quorumNumerator,
                            @NotNull @Min(1) @Max(100) Integer quorumDenominator) {
    }

    private final CommandSender commands;
    private final CountyRules rules;

    ConfigurationController(CommandSender commands, CountyRules rules) {
        this.commands = commands;
        this.rules = rules;
    }

    @GetMapping
    CountyRules.Rules get(@PathVariable @Pattern(regexp = Codes.COUNTY) String county) {
        return rules.of(county);
    }

    @PutMapping
    CountyRules.Rules put(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                          @Valid @RequestBody ConfigureRequest body, HttpServletRequest request) {
        Permissions.requireCountyAdmin(county);
        commands.send(new ConfigureCountyCommand(county, body.presidiumMinSize(), body.presidiumMaxSize(),
                body.quorumNumerator(), body.quorumDenominator()), request, county);
        return rules.of(county);
    }
}
