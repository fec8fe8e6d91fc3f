package cn.renda.deputy.configuration.query;

import cn.renda.deputy.api.events.CountyConfiguredEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** The county's rules, defaults where never configured (subscribing processor {@code county-settings}). */
@Component
@ProcessingGroup("county-settings")
public class CountyRules {

    public record Rules(String county, int presidiumMinSize, int presidiumMaxSize, int quorumNumerator,
                        int quorumDenominator, boolean configured) {
    }

    private final CountySettingsRepository settings;

    CountyRules(CountySettingsRepository settings) {
        this.settings = settings;
    }

    public Rules of(String county) {
        return settings.findById(county)
                .map(s -> new Rules(county, s.presidiumMinSize(), s.presidiumMaxSize(), s.quorumNumerator(),
                        s.quorumDenominator(), true))
                .orElse(new Rules(county, CountySettings.DEFAULTS.presidiumMinSize(),
                        CountySettings.DEFAULTS.presidiumMaxSize(), CountySettings.DEFAULTS.quorumNumerator(),
                        CountySettings.DEFAULTS.quorumDenominator(), false));
    }

    @EventHandler
    void on(CountyConfiguredEvent e) {
        settings.save(new CountySettings(e.county(), e.presidiumMinSize(), e.presidiumMaxSize(), e.quorumNumerator(),
                e.quorumDenominator()));
    }
}
