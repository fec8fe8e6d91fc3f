package cn.renda.platform.mongo;

import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.availability.AvailabilityHealthContributorAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.availability.AvailabilityProbesAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.health.HealthContributorAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.health.HealthEndpointAutoConfiguration;
import org.springframework.boot.actuate.health.CompositeHealth;
import org.springframework.boot.actuate.health.HealthComponent;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

import java.io.IOException;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The probes the platform's defaults define: with MongoDB unreachable a service is alive but not ready, and the
 * readiness group names the {@code mongo} member (group membership is not validated, so a wrong name would pass
 * silently without this test).
 */
class HealthGroupsTest {

    @Test
    void an_unreachable_mongo_makes_the_service_unready_but_not_dead() throws IOException {
        Properties defaults = PropertiesLoaderUtils.loadProperties(new ClassPathResource("renda-defaults.properties"));
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ApplicationAvailabilityAutoConfiguration.class,
                        HealthContributorAutoConfiguration.class, HealthEndpointAutoConfiguration.class,
                        AvailabilityHealthContributorAutoConfiguration.class, AvailabilityProbesAutoConfiguration.class,
                        org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration.class,
                        MongoAutoConfiguration.class))
                .withPropertyValues(defaults.stringPropertyNames().stream()
                        .map(k -> k + "=" + defaults.getProperty(k)).toArray(String[]::new))
                .withPropertyValues("spring.data.mongodb.uri=mongodb://127.0.0.1:1/?serverSelectionTimeoutMS=300",
                        "spring.data.mongodb.database=health_test")
                .run(context -> {
                    // what SpringApplication publishes once started: the process is fine and takes traffic
                    AvailabilityChangeEvent.publish(context, LivenessState.CORRECT);
                    AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
                    HealthEndpoint health = context.getBean(HealthEndpoint.class);
                    HealthComponent readiness = health.healthForPath("readiness");
                    assertThat(readiness.getStatus()).isEqualTo(Status.DOWN);
                    var members = ((CompositeHealth) readiness).getComponents();
                    assertThat(members).containsOnlyKeys("readinessState", "mongo");
                    assertThat(members.get("readinessState").getStatus()).isEqualTo(Status.UP);
                    assertThat(members.get("mongo").getStatus()).isEqualTo(Status.DOWN);
                    HealthComponent liveness = health.healthForPath("liveness");
                    assertThat(liveness.getStatus()).isEqualTo(Status.UP);
                    assertThat(((CompositeHealth) liveness).getComponents()).containsOnlyKeys("livenessState", "ping");
                });
    }
}
