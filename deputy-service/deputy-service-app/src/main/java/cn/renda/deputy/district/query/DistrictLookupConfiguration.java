package cn.renda.deputy.district.query;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A district whose name is already taken in its township must fail the registration's transaction. */
@Configuration
class DistrictLookupConfiguration {

    @Bean
    ConfigurerModule districtLookupErrors() {
        return configurer -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler("district-lookup", c -> PropagatingErrorHandler.instance());
    }
}
