package cn.renda.deputy;

import cn.renda.testkit.EmbeddedInfra;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** deputy-service with its event store on H2, as in the embedded default. */
class DeputyServiceIT extends DeputyServiceBehaviour {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        EmbeddedInfra.register(registry, "deputy_it");
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:deputy-it;DB_CLOSE_DELAY=-1");
    }
}
