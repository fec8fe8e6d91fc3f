package cn.renda.training;

import cn.renda.testkit.EmbeddedInfra;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** training-service with its event store on H2, as in the embedded default. */
class TrainingServiceIT extends TrainingServiceBehaviour {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        EmbeddedInfra.register(registry, "training_it");
        registry.add("renda.deputy-replica.group", () -> "training-it-replica");
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:training-it;DB_CLOSE_DELAY=-1");
    }
}
