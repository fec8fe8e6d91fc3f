package cn.renda.deputy;

import cn.renda.devstack.demo.DemoClient;
import cn.renda.devstack.demo.DemoCounty;
import cn.renda.devstack.demo.DeputiesDemo;
import cn.renda.testkit.EmbeddedInfra;
import cn.renda.testkit.TestAuthentication;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo loader's deputies part against the service itself (no gateway): 1,062 deputies in 16 townships with
 * groups, presidiums, sessions and reception days, and the figures the county reads.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeputiesDemoIT {

    static final String COUNTY = String.valueOf(ThreadLocalRandom.current().nextInt(110000, 659000));

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        EmbeddedInfra.register(registry, "deputy_demo_it");
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:deputy-demo-it;DB_CLOSE_DELAY=-1");
    }

    @LocalServerPort
    int port;
    @Autowired
    org.springframework.core.env.Environment environment;
    @Autowired
    TestRestTemplate http;

    @Test
    void the_demo_builds_the_seed_county_through_the_real_commands() throws Exception {
        List<String[]> townships = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            townships.add(new String[]{COUNTY + (100 + i), "第" + (i + 1) + "镇"});
        }
        DemoCounty county = new DemoCounty(COUNTY);
        long start = System.nanoTime();
        DemoClient client = new DemoClient("http://127.0.0.1:" + port).useToken(TestAuthentication.token(
                environment.getProperty("renda.security.jwt.secret"), environment.getProperty("renda.security.jwt.issuer"),
                environment.getProperty("renda.security.jwt.audience"), "admin-" + county.county, "COUNTY_ADMIN",
                List.of(county.county), null));
        DeputiesDemo.load(client, county, townships, new Random(410327));
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        // how long it takes is printed, not asserted: speed goals belong in the benchmarks (infra/bench)
        System.out.println("deputies demo took " + seconds + " s");
        assertThat(county.allDeputies()).hasSize(DeputiesDemo.DEPUTIES);
        assertThat(county.deputiesByTownship).hasSize(16);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(http.getForObject("/api/counties/" + COUNTY + "/deputies?size=1", JsonNode.class)
                    .get("total").asLong()).isEqualTo(DeputiesDemo.DEPUTIES);
            JsonNode presidiums = http.getForObject("/api/counties/" + COUNTY + "/presidium", JsonNode.class);
            assertThat(presidiums.get("total").asInt()).isEqualTo(16);
            int fullTime = 0;
            for (JsonNode p : presidiums.get("items")) {
                assertThat(p.get("withinSize").asBoolean()).isTrue();
                assertThat(p.get("members").get(0).get("partySecretary").asBoolean()).isTrue();
                fullTime += p.get("hasFullTimeViceChair").asBoolean() ? 1 : 0;
            }
            assertThat(fullTime).isEqualTo(11);
            assertThat(http.getForObject("/api/counties/" + COUNTY + "/sessions?size=100", JsonNode.class)
                    .get("total").asInt()).isEqualTo(16);
            assertThat(http.getForObject("/api/counties/" + COUNTY + "/receptions?size=1", JsonNode.class)
                    .get("total").asInt()).isGreaterThan(60);
        });
    }
}
