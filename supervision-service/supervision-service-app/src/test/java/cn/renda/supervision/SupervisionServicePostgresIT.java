package cn.renda.supervision;

import cn.renda.testkit.EmbeddedInfra;
import cn.renda.testkit.Postgres;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same behaviour with the event store on a real PostgreSQL (set RENDA_TEST_PG_URL; .ci/run does). */
@EnabledIfEnvironmentVariable(named = Postgres.URL_VARIABLE, matches = ".+")
class SupervisionServicePostgresIT extends SupervisionServiceBehaviour {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedInfra.register(registry, "supervision_pg_it");
        registry.add("renda.security.enabled", () -> "true");
        registry.add("renda.deputy-replica.group", () -> "supervision-pg-it-replica");
        Postgres.register(registry, "renda_supervision_it");
    }
}
