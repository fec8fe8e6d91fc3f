package cn.renda.reporting;

import cn.renda.testkit.EmbeddedInfra;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** reporting-service on the shared embedded broker and Mongo stand-in. */
class ReportingServiceIT extends ReportingServiceBehaviour {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        EmbeddedInfra.register(registry, "reporting_it");
    }
}
