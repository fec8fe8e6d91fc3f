package cn.renda.gateway.routing;

import cn.renda.gateway.ReadinessBackend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** One round of readiness checks at a time, without the schedule: which instances the round robin may choose. */
class InstanceHealthTest {

    final ReadinessBackend deputy1 = new ReadinessBackend("deputy-1");
    final ReadinessBackend deputy2 = new ReadinessBackend("deputy-2");
    final ReadinessBackend supervision = new ReadinessBackend("supervision");
    final ReadinessBackend training = new ReadinessBackend("training");
    final ServiceInstances instances = new ServiceInstances(deputy1.uri() + "," + deputy2.uri(),
            supervision.uri().toString(), training.uri().toString(), "http://127.0.0.1:9", "");
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final InstanceHealth health = new InstanceHealth(instances, meters, Duration.ofSeconds(60), Duration.ofSeconds(2),
            "/actuator/health/readiness");

    @AfterEach
    void stop() {
        Stream.of(deputy1, deputy2, supervision, training).forEach(ReadinessBackend::stop);
    }

    double readyGauge(URI instance) {
        return meters.get("renda.gateway.instance.ready").tag("upstream", instance.toString()).gauge().value();
    }

    List<URI> routable(String service) {
        return health.routable(instances.of(service));
    }

    @Test
    void before_the_first_check_every_instance_takes_requests() {
        deputy1.ready(false);
        assertThat(routable("deputy")).containsExactly(deputy1.uri(), deputy2.uri());
        assertThat(deputy1.checks()).isZero();
    }

    @Test
    void an_unready_or_stopped_instance_is_left_out_until_a_check_passes_again() {
        health.checkAll().block(Duration.ofSeconds(30));
        assertThat(routable("deputy")).containsExactly(deputy1.uri(), deputy2.uri());

        deputy1.ready(false);
        health.checkAll().block(Duration.ofSeconds(30));
        assertThat(routable("deputy")).containsExactly(deputy2.uri());
        assertThat(health.ready(deputy1.uri())).isFalse();
        assertThat(readyGauge(deputy1.uri())).isZero();
        assertThat(readyGauge(deputy2.uri())).isEqualTo(1);

        deputy1.ready(true);
        deputy2.stop();
        health.checkAll().block(Duration.ofSeconds(30));
        assertThat(routable("deputy")).containsExactly(deputy1.uri());

        deputy2.restart();
        health.checkAll().block(Duration.ofSeconds(30));
        assertThat(routable("deputy")).containsExactly(deputy1.uri(), deputy2.uri());
        assertThat(deputy2.checks()).as("answered while it ran").isEqualTo(3);
    }

    @Test
    void with_no_ready_instance_requests_go_to_all_of_them() {
        supervision.ready(false);
        training.stop();
        health.checkAll().block(Duration.ofSeconds(30));
        assertThat(health.ready(supervision.uri())).isFalse();
        assertThat(health.ready(training.uri())).isFalse();
        assertThat(health.ready(URI.create("http://127.0.0.1:9"))).isFalse();
        assertThat(routable("supervision")).containsExactly(supervision.uri());
        assertThat(routable("training")).containsExactly(training.uri());

        deputy1.ready(false);
        deputy2.ready(false);
        health.checkAll().block(Duration.ofSeconds(30));
        assertThat(routable("deputy")).containsExactly(deputy1.uri(), deputy2.uri());
    }

    @Test
    void an_instance_whose_readiness_does_not_answer_in_time_twice_in_a_row_is_left_out() {
        InstanceHealth impatient = new InstanceHealth(instances, new SimpleMeterRegistry(), Duration.ofSeconds(60),
                Duration.ofMillis(300), "/actuator/health/readiness");
        deputy2.slow(true);
        impatient.checkAll().block(Duration.ofSeconds(30));
        assertThat(impatient.routable(instances.of("deputy"))).as("once may be a stall").contains(deputy2.uri());
        impatient.checkAll().block(Duration.ofSeconds(30));
        assertThat(impatient.routable(instances.of("deputy"))).containsExactly(deputy1.uri());

        deputy2.slow(false); // (it still answers the checks that are queued, slowly)
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            impatient.checkAll().block(Duration.ofSeconds(30));
            assertThat(impatient.routable(instances.of("deputy"))).containsExactly(deputy1.uri(), deputy2.uri());
        });
    }
}
