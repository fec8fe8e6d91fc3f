package cn.renda.supervision;

import cn.renda.testkit.EmbeddedInfra;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** supervision-service with its event store on H2, as in the embedded default. */
class SupervisionServiceIT extends SupervisionServiceBehaviour {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        EmbeddedInfra.register(registry, "supervision_it");
        registry.add("renda.security.enabled", () -> "true");
        registry.add("renda.deputy-replica.group", () -> "supervision-it-replica");
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:supervision-it;DB_CLOSE_DELAY=-1");
    }
}
