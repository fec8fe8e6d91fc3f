package cn.renda.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Scaling out on the devstack processes ({@code ./renda scale}): two instances of deputy-service behind the
 * gateway both serve commands, every acknowledged aggregate reaches Kafka and reporting exactly once, the two
 * reporting-service instances split the partitions of their consumer groups, and the read model they built equals
 * what one instance rebuilds from the topics alone. The Prometheus endpoints show the Axon processor and Kafka
 * consumer lag metrics the Grafana dashboard ({@code infra/deploy/grafana}) queries. When an instance crashes
 * ({@code kill -9}), the gateway's readiness checks leave it out and every command reaches the other instance.
 */
class ScaleOutE2EIT {

    static final String COUNTY = "410327";
    static final String BASE = "/api/counties/" + COUNTY;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    static final ObjectMapper JSON = new ObjectMapper();
    static DevStack stack;

    @BeforeAll
    static void start() throws Exception {
        stack = new DevStack();
        stack.renda("start");
    }

    @AfterAll
    static void stop() throws Exception {
        if (stack != null) {
            stack.close();
        }
    }

    record Answer(int status, JsonNode body) {
    }

    static Answer send(String method, String url, String token, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        b = "GET".equals(method) ? b.GET()
                : b.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonNode body = null;
        if (!r.body().isBlank() && r.headers().firstValue("Content-Type").orElse("").contains("json")) {
            body = JSON.readTree(r.body());
        }
        return new Answer(r.statusCode(), body);
    }

    static String login(String user) throws Exception {
        Answer a = send("POST", stack.gateway() + "/api/auth/login", null,
                "{\"username\":\"" + user + "\",\"password\":\"renda-demo\"}");
        assertThat(a.status()).as("login " + user).isEqualTo(200);
        return a.body().get("token").asText();
    }

    static String prometheus(String component) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + stack.port(component) + "/actuator/prometheus"))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(component + " /actuator/prometheus").isEqualTo(200);
        return r.body();
    }

    /** The sum of the samples of a series whose labels contain every given fragment. */
    static double sum(String scrape, String series, String... labelFragments) {
        // label values may hold braces themselves (uri="/api/counties/{county}/deputies")
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series)
                + "\\{((?:[A-Za-z_][A-Za-z0-9_]*=\"(?:[^\"\\\\]|\\\\.)*\",?)*)} (\\S+)").matcher(scrape);
        double total = 0;
        while (m.find()) {
            boolean all = true;
            for (String f : labelFragments) {
                all &= m.group(1).contains(f);
            }
            if (all) {
                total += Double.parseDouble(m.group(2));
            }
        }
        return total;
    }

    static double commandsServed(String instance) throws Exception {
        String scrape = prometheus(instance);
        return sum(scrape, "http_server_requests_seconds_count", "method=\"POST\"",
                "uri=\"/api/counties/{county}/deputies\"")
                + sum(scrape, "http_server_requests_seconds_count", "method=\"POST\"",
                "uri=\"/api/counties/{county}/townships\"");
    }

    @Test
    void two_instances_share_the_work_and_build_what_one_instance_builds() throws Exception {
        String scaled = stack.renda("scale", "reporting-service", "2")
                + stack.renda("scale", "deputy-service", "2");
        assertThat(scaled).contains("reporting-service-2").contains("deputy-service-2");
        String status = stack.renda("status");
        assertThat(status).containsPattern("deputy-service-2 +127\\.0\\.0\\.1:\\d+ +running \\(pid \\d+\\), healthy")
                .containsPattern("reporting-service-2 +127\\.0\\.0\\.1:\\d+ +running \\(pid \\d+\\), healthy");
        assertThat(stack.port("deputy-service-2")).isNotEqualTo(stack.port("deputy-service"));

        // 40 commands through the gateway: 4 townships, 36 deputies
        String admin = login("admin-" + COUNTY);
        double servedBefore1 = commandsServed("deputy-service");
        double servedBefore2 = commandsServed("deputy-service-2");
        List<String> aggregates = new ArrayList<>();
        String[] townships = new String[4];
        for (int t = 0; t < townships.length; t++) {
            townships[t] = COUNTY + (110 + t);
            Answer a = send("POST", stack.gateway() + BASE + "/townships", admin,
                    "{\"code\":\"" + townships[t] + "\",\"name\":\"扩容镇" + t + "\"}");
            assertThat(a.status()).as("township " + townships[t]).isEqualTo(201);
            aggregates.add(a.body().get("id").asText());
        }
        for (int i = 0; i < 36; i++) {
            Answer a = send("POST", stack.gateway() + BASE + "/deputies", admin,
                    "{\"townshipCode\":\"" + townships[i % townships.length] + "\",\"name\":\"扩容代表" + i
                            + "\",\"gender\":\"" + (i % 2 == 0 ? "FEMALE" : "MALE") + "\",\"birthYear\":"
                            + (1960 + i) + ",\"occupation\":\"FARMER\"}");
            assertThat(a.status()).as("deputy " + i).isEqualTo(201);
            aggregates.add(a.body().get("id").asText());
        }

        // the gateway spread the commands over both deputy-service instances
        double served1 = commandsServed("deputy-service") - servedBefore1;
        double served2 = commandsServed("deputy-service-2") - servedBefore2;
        assertThat(served1 + served2).isEqualTo(40.0);
        assertThat(served1).as("commands served by deputy-service").isGreaterThanOrEqualTo(10.0);
        assertThat(served2).as("commands served by deputy-service-2").isGreaterThanOrEqualTo(10.0);

        // both instances read each other's writes (one event store): the list shows all 36
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                assertThat(send("GET", stack.gateway() + BASE + "/deputies?size=1", admin, null).body()
                        .get("total").asLong()).isEqualTo(36));

        // every acknowledged aggregate is on the topic exactly once per event: nothing lost, nothing published twice
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            Map<String, Integer> published = publishedEvents("renda.deputy.events", new HashSet<>(aggregates));
            assertThat(published.keySet().stream().map(k -> k.substring(0, k.lastIndexOf('#'))).distinct())
                    .containsExactlyInAnyOrderElementsOf(aggregates);
            assertThat(published).allSatisfy((event, copies) -> assertThat(copies).as(event).isEqualTo(1));
        });

        // reporting counted each exactly once
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            JsonNode overview = send("GET", stack.gateway() + BASE + "/overview", admin, null).body();
            assertThat(overview.at("/totals/townships").asLong()).isEqualTo(4);
            assertThat(overview.at("/totals/deputies").asLong()).isEqualTo(36);
        });

        // the partitions of each reporting consumer group are split over the two instances
        try (Admin kafka = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                "127.0.0.1:" + stack.port("kafka")))) {
            for (String group : List.of("reporting-events", "reporting-county-overview")) {
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    ConsumerGroupDescription d = kafka.describeConsumerGroups(List.of(group)).all().get().get(group);
                    assertThat(d.members()).as(group + " members").hasSize(2);
                    Set<TopicPartition> all = new HashSet<>();
                    for (MemberDescription m : d.members()) {
                        Set<TopicPartition> mine = m.assignment().topicPartitions();
                        assertThat(mine).as(group + " partitions of " + m.consumerId()).isNotEmpty();
                        all.addAll(mine);
                    }
                    assertThat(all).as(group + ": three topics of three partitions").hasSize(9);
                });
            }
        }

        // Axon processor and Kafka consumer metrics on the Prometheus endpoints (what the Grafana dashboard reads)
        String deputyScrape = prometheus("deputy-service") + prometheus("deputy-service-2");
        // (axon-micrometer, dimensional: one series name per kind, the processor in the processorName label)
        assertThat(deputyScrape).containsPattern("(?m)^eventProcessor_latency\\{[^}]*processorName=\"kafka-publisher\"");
        assertThat(deputyScrape).containsPattern("(?m)^eventProcessor_capacity\\{[^}]*processorName=\"deputy-directory\"");
        String reportingScrape = prometheus("reporting-service-2");
        assertThat(reportingScrape).containsPattern("(?m)^kafka_consumer_fetch_manager_records_lag_max\\{");
        assertThat(reportingScrape).containsPattern("(?m)^renda_projection_freshness_seconds\\{[^}]*county=\"" + COUNTY + "\"");

        // every series the Grafana dashboard may query (infra/deploy/grafana/exposed-metrics.txt) is exposed; scraped
        // again until all are there: a consumer's per-partition series (records_lag) exist only while it holds
        // partitions it has fetched from, so they are briefly absent during a rebalance
        List<String> wanted = java.nio.file.Files.readAllLines(
                stack.root.resolve("infra/deploy/grafana/exposed-metrics.txt")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        assertThat(wanted).isNotEmpty();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(3)).untilAsserted(() -> {
            Map<String, String> scrapes = new HashMap<>();
            List<String> missing = new ArrayList<>();
            for (String line : wanted) {
                String[] parts = line.trim().split("\\s+");
                for (String component : parts[1].split(",")) {
                    if (component.equals("prometheus")) {
                        continue; // made by Prometheus itself (up)
                    }
                    String scrape = scrapes.containsKey(component) ? scrapes.get(component) : prometheus(component);
                    scrapes.put(component, scrape);
                    if (!Pattern.compile("(?m)^" + Pattern.quote(parts[0]) + "[{ ]").matcher(scrape).find()) {
                        missing.add(parts[0] + " on " + component);
                    }
                }
            }
            assertThat(scrapes).isNotEmpty();
            assertThat(missing).as("series the dashboard queries but the services do not expose").isEmpty();
        });

        // what two instances built equals what one instance rebuilds from the topics
        String operator = login("operator");
        String dashboard = BASE + "/dashboard?from=2024-01-01&to=2030-12-31";
        JsonNode builtByTwo = send("GET", stack.gateway() + dashboard, admin, null).body();
        Map<String, String> hashesByTwo = projectionHashes(operator);
        String scaledDown = stack.renda("scale", "reporting-service", "1");
        assertThat(scaledDown).contains("stopped reporting-service-2").doesNotContainPattern("reporting-service-2 +127");
        assertThat(stack.renda("status")).doesNotContain("reporting-service-2");
        assertThat(send("POST", stack.gateway() + "/api/operations/projections/reporting-events/rebuild", operator,
                null).status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() ->
                assertThat(projectionHashes(operator).get("reporting-events"))
                        .isEqualTo(hashesByTwo.get("reporting-events")));
        assertThat(send("POST", stack.gateway() + "/api/operations/projections/reporting-facts/rebuild", operator,
                null).status()).isEqualTo(200);
        assertThat(projectionHashes(operator)).isEqualTo(hashesByTwo);
        assertThat(send("GET", stack.gateway() + dashboard, admin, null).body()).isEqualTo(builtByTwo);

        // a deputy-service instance crashes (still in the gateway's instances file): once the gateway's readiness
        // check has left it out (every 2 s), every command goes to the other instance and none fails; a command
        // that reached it before is answered 503 problem+json
        stack.kill9("deputy-service-2");
        assertThat(stack.renda("status")).containsPattern("deputy-service-2 +127\\.0\\.0\\.1:\\d+ +stopped");
        int[] created = {0};
        long crashed = System.nanoTime();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            for (int i = 0; i < 5; i++) {
                Answer a = send("POST", stack.gateway() + BASE + "/deputies", admin, deputyAfterCrash(townships[1]));
                if (a.status() != 201) {
                    assertThat(a.status()).as("a command to the crashed instance").isEqualTo(503);
                    assertThat(a.body()).as("problem+json").isNotNull();
                    assertThat(a.body().get("type").asText()).isEqualTo("urn:renda:problem:service-unavailable");
                }
                assertThat(a.status()).as("command " + i + " of a run").isEqualTo(201);
                created[0]++;
            }
        });
        for (int i = 0; i < 20; i++) {
            assertThat(send("POST", stack.gateway() + BASE + "/deputies", admin, deputyAfterCrash(townships[1]))
                    .status()).as("command " + i + " after the crashed instance was left out").isEqualTo(201);
            created[0]++;
        }
        System.out.printf("deputy-service-2 killed: %d commands served by the other instance, %d ms in all%n",
                created[0], (System.nanoTime() - crashed) / 1_000_000);

        // back to one deputy-service: the crashed instance is forgotten, commands go to the one left
        stack.renda("scale", "deputy-service", "1");
        assertThat(stack.renda("status")).doesNotContain("deputy-service-2");
        for (int i = 0; i < 4; i++) {
            assertThat(send("POST", stack.gateway() + BASE + "/deputies", admin,
                    "{\"townshipCode\":\"" + townships[0] + "\",\"name\":\"缩容代表" + i
                            + "\",\"gender\":\"MALE\",\"birthYear\":1975,\"occupation\":\"FARMER\"}").status())
                    .isEqualTo(201);
        }
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                assertThat(send("GET", stack.gateway() + BASE + "/overview", admin, null).body()
                        .at("/totals/deputies").asLong()).isEqualTo(40 + created[0]));
    }

    static String deputyAfterCrash(String township) {
        return "{\"townshipCode\":\"" + township + "\",\"name\":\"宕机后代表\",\"gender\":\"FEMALE\","
                + "\"birthYear\":1980,\"occupation\":\"PROFESSIONAL\"}";
    }

    /** SHA-256 of each reporting projection (the operators' listing). */
    static Map<String, String> projectionHashes(String operator) throws Exception {
        Answer a = send("GET", stack.gateway() + "/api/operations/projections", operator, null);
        assertThat(a.status()).isEqualTo(200);
        Map<String, String> hashes = new HashMap<>();
        a.body().forEach(p -> hashes.put(p.get("name").asText(), p.get("documents").asLong() + ":" + p.get("sha256").asText()));
        return hashes;
    }

    /** Copies per event ({@code <aggregate id>#<sequence>}) of the given aggregates on a topic, read from the start. */
    static Map<String, Integer> publishedEvents(String topic, Set<String> aggregates) throws Exception {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + stack.port("kafka"),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        Map<String, Integer> copies = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofSeconds(1))) {
                    String aggregate = header(r, "ce_axonmessageaggregateid");
                    if (aggregates.contains(aggregate)) {
                        copies.merge(aggregate + "#" + header(r, "ce_axonmessageaggregateseq"), 1, Integer::sum);
                    }
                }
            }
        }
        return copies;
    }

    static String header(ConsumerRecord<?, ?> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
