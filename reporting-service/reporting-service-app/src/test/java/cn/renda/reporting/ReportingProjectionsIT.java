package cn.renda.reporting;

import cn.renda.deputy.api.DeputyTopic;
import cn.renda.reporting.facts.inbound.RebuildRequests;
import cn.renda.reporting.facts.inbound.ReportingEventsListener;
import cn.renda.supervision.api.SupervisionTopic;
import cn.renda.testkit.EmbeddedInfra;
import cn.renda.training.api.TrainingTopic;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two reporting-service instances sharing one consumer group and one database split the partitions and write the
 * same facts as a single instance over the same topics in another database; rebuilding the event log (every
 * instance rewinds) and the facts (refold from the log) gives back the same content hashes.
 */
class ReportingProjectionsIT {

    static final String COUNTY = String.valueOf(ThreadLocalRandom.current().nextInt(660000, 699999));
    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;
    static ConfigurableApplicationContext single;

    static ConfigurableApplicationContext start(String database, String group, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "--server.port=0",
                "--renda.security.enabled=false",
                "--spring.kafka.bootstrap-servers=" + EmbeddedInfra.kafkaBootstrap(),
                "--spring.data.mongodb.uri=" + EmbeddedInfra.mongoUri() + "/" + database,
                "--spring.data.mongodb.database=" + database,
                "--renda.reporting.events-group=" + group,
                "--renda.reporting.overview-group=" + group + "-overview"));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(ReportingServiceApplication.class).run(args.toArray(String[]::new));
    }

    @BeforeAll
    static void start() {
        a = start("reporting_pair_it", "reporting-events-pair");
        b = start("reporting_pair_it", "reporting-events-pair");
        single = start("reporting_single_it", "reporting-events-single");
    }

    @AfterAll
    static void stop() {
        for (ConfigurableApplicationContext c : new ConfigurableApplicationContext[]{a, b, single}) {
            if (c != null) {
                c.close();
            }
        }
    }

    static RestClient client(ConfigurableApplicationContext c) {
        return RestClient.create("http://127.0.0.1:" + c.getEnvironment().getProperty("local.server.port"));
    }

    static Map<String, JsonNode> projections(ConfigurableApplicationContext c) {
        JsonNode list = client(c).get().uri("/api/operations/projections").retrieve().body(JsonNode.class);
        Map<String, JsonNode> out = new java.util.HashMap<>();
        list.forEach(p -> out.put(p.get("name").asText(), p));
        return out;
    }

    static String hash(ConfigurableApplicationContext c, String projection) {
        return projections(c).get(projection).get("sha256").asText();
    }

    static long lag(String group) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                EmbeddedInfra.kafkaBootstrap()))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            Set<TopicPartition> partitions = new HashSet<>();
            for (String topic : List.of(DeputyTopic.NAME, SupervisionTopic.NAME, TrainingTopic.NAME)) {
                admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                        .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            var ends = admin.listOffsets(partitions.stream().collect(Collectors.toMap(Function.identity(),
                    p -> OffsetSpec.latest()))).all().get();
            long lag = 0;
            for (TopicPartition p : partitions) {
                OffsetAndMetadata c = committed.get(p);
                lag += ends.get(p).offset() - (c == null ? 0 : c.offset());
            }
            return lag;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void two_instances_split_the_partitions_and_write_what_one_instance_writes_and_rebuilds_give_the_same_hashes() {
        try (Publish p = new Publish(EmbeddedInfra.kafkaBootstrap())) {
            SmallCounty.publish(p, COUNTY);
        }
        ReportingEventsListener la = a.getBean(ReportingEventsListener.class);
        ReportingEventsListener lb = b.getBean(ReportingEventsListener.class);
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            assertThat(la.assignedPartitions()).isNotEmpty();
            assertThat(lb.assignedPartitions()).isNotEmpty();
            Set<TopicPartition> all = new HashSet<>(la.assignedPartitions());
            all.addAll(lb.assignedPartitions());
            assertThat(all).hasSize(9);
            assertThat(la.assignedPartitions()).doesNotContainAnyElementsOf(lb.assignedPartitions());
        });
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            assertThat(lag("reporting-events-pair")).isZero();
            assertThat(lag("reporting-events-single")).isZero();
            assertThat(client(a).get().uri("/api/counties/" + COUNTY + "/dashboard?from=2024-01-01&to=2024-12-31")
                    .retrieve().body(JsonNode.class).get("trainingPersonTimes").asLong()).isEqualTo(3);
        });
        Map<String, JsonNode> pair = projections(a);
        Map<String, JsonNode> one = projections(single);
        assertThat(pair.get("reporting-facts").get("documents").asLong()).isGreaterThanOrEqualTo(10);
        assertThat(pair.get("reporting-facts").get("sha256")).isEqualTo(one.get("reporting-facts").get("sha256"));
        assertThat(pair.get("reporting-events").get("sha256")).isEqualTo(one.get("reporting-events").get("sha256"));
        assertThat(projections(b)).isEqualTo(pair);

        String events = pair.get("reporting-events").get("sha256").asText();
        String facts = pair.get("reporting-facts").get("sha256").asText();
        JsonNode rebuilt = client(a).post().uri("/api/operations/projections/reporting-facts/rebuild").retrieve()
                .body(JsonNode.class);
        assertThat(rebuilt.get("facts").asLong()).isEqualTo(pair.get("reporting-facts").get("documents").asLong());
        assertThat(hash(a, "reporting-facts")).isEqualTo(facts);

        client(b).post().uri("/api/operations/projections/reporting-events/rebuild").retrieve().toBodilessEntity();
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                assertThat(hash(a, "reporting-events")).isEqualTo(events));
        client(a).post().uri("/api/operations/projections/reporting-facts/rebuild").retrieve().toBodilessEntity();
        assertThat(hash(b, "reporting-facts")).isEqualTo(facts);
        int unknown = client(a).post().uri("/api/operations/projections/nothing/rebuild")
                .exchange((req, res) -> res.getStatusCode().value());
        assertThat(unknown).isEqualTo(404);
    }

    /**
     * A rebuild asked for just before an instance stops (it had not yet seen the request: its poll is an hour away) is
     * carried out when the instance comes back: every partition it is assigned is rewound on assignment, then marked.
     */
    @Test
    void a_rebuild_an_instance_has_not_seen_before_it_stops_is_carried_out_when_it_is_assigned_the_partitions() {
        try (Publish p = new Publish(EmbeddedInfra.kafkaBootstrap())) {
            SmallCounty.publish(p, String.valueOf(Integer.parseInt(COUNTY) + 1));
        }
        String[] slowPoll = {"--renda.reporting.rebuild-poll=PT1H"};
        ConfigurableApplicationContext first = start("reporting_late_it", "reporting-events-late", slowPoll);
        JsonNode before;
        try {
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
                assertThat(lag("reporting-events-late")).isZero();
                assertThat(projections(first).get("reporting-events").get("documents").asLong()).isPositive();
            });
            before = projections(first).get("reporting-events");
            client(first).post().uri("/api/operations/projections/reporting-events/rebuild").retrieve()
                    .toBodilessEntity();
            assertThat(projections(first).get("reporting-events").get("documents").asLong()).isZero();
        } finally {
            first.close();
        }

        ConfigurableApplicationContext again = start("reporting_late_it", "reporting-events-late", slowPoll);
        try {
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                    assertThat(projections(again).get("reporting-events")).isEqualTo(before));
            RebuildRequests rebuilds = again.getBean(RebuildRequests.class);
            Set<TopicPartition> assigned = again.getBean(ReportingEventsListener.class).assignedPartitions();
            assertThat(assigned).hasSize(9);
            assertThat(assigned).allSatisfy(p -> assertThat(rebuilds.rewoundFor(p)).isEqualTo(rebuilds.generation()));
        } finally {
            again.close();
        }
    }
}
