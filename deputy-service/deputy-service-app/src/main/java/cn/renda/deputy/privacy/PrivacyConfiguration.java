package cn.renda.deputy.privacy;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The two subscribing privacy groups must fail the command's transaction when they fail, not log and go on. */
@Configuration
class PrivacyConfiguration {

    @Bean
    ConfigurerModule privacyProcessingGroups() {
        return configurer -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler("deputy-id-card", c -> PropagatingErrorHandler.instance())
                .registerListenerInvocationErrorHandler("deputy-key-shredder", c -> PropagatingErrorHandler.instance());
    }
}
