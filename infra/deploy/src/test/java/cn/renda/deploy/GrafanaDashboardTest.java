package cn.renda.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The Grafana dashboard queries only series the services expose: every metric name in every PromQL expression must
 * be listed in {@code grafana/exposed-metrics.txt}, whose lines {@code ScaleOutE2EIT} checks against the
 * {@code /actuator/prometheus} endpoints of a running devstack. Also: it imports (a Prometheus data source input,
 * unique panel ids, a service variable) and covers what operations watch.
 */
class GrafanaDashboardTest {

    static final Path GRAFANA = Path.of("").toAbsolutePath().resolve("grafana");

    /** PromQL functions, aggregations and keywords: every other identifier in an expression is a metric or a label. */
    static final Set<String> PROMQL = Set.of("sum", "max", "min", "avg", "count", "rate", "irate", "increase",
            "by", "without", "on", "ignoring", "group_left", "group_right", "label_replace", "histogram_quantile",
            "topk", "bottomk", "abs", "clamp_min", "clamp_max", "and", "or", "unless", "offset", "bool", "time",
            "max_over_time", "min_over_time", "avg_over_time", "delta", "deriv");

    @SuppressWarnings("unchecked")
    static Map<String, Object> dashboard() throws IOException {
        // JSON is YAML: SnakeYAML (already a test dependency here) reads it
        return new Yaml().load(Files.readString(GRAFANA.resolve("renda-platform.json")));
    }

    static Map<String, Set<String>> exposed() throws IOException {
        Map<String, Set<String>> names = new LinkedHashMap<>();
        for (String line : Files.readAllLines(GRAFANA.resolve("exposed-metrics.txt"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.trim().split("\\s+");
            assertThat(parts).as(line).hasSize(2);
            names.put(parts[0], new TreeSet<>(List.of(parts[1].split(","))));
        }
        return names;
    }

    @SuppressWarnings("unchecked")
    static List<String> expressions(Map<String, Object> dashboard) {
        List<String> exprs = new ArrayList<>();
        for (Map<String, Object> panel : (List<Map<String, Object>>) dashboard.get("panels")) {
            for (Map<String, Object> target : (List<Map<String, Object>>) panel.getOrDefault("targets", List.of())) {
                exprs.add((String) target.get("expr"));
            }
        }
        return exprs;
    }

    /**
     * The metric names of one expression. Label matchers, strings, range durations and the {@code by (...)} label
     * lists are removed first; what remains is functions, keywords, numbers and metric names.
     */
    static Set<String> metricNames(String expr) {
        String s = expr
                .replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"")           // strings (label_replace arguments)
                .replaceAll("\\{[^}]*}", " ")                               // label matchers
                .replaceAll("\\[[^]]*]", " ")                               // ranges
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("[A-Za-z_:][A-Za-z0-9_:]*").matcher(s);
        while (m.find()) {
            if (!PROMQL.contains(m.group())) {
                names.add(m.group());
            }
        }
        return names;
    }

    @Test
    void every_metric_the_dashboard_queries_is_one_the_services_expose() throws IOException {
        Map<String, Set<String>> exposed = exposed();
        Set<String> queried = new TreeSet<>();
        expressions(dashboard()).forEach(e -> queried.addAll(metricNames(e)));
        assertThat(queried).isNotEmpty();
        assertThat(exposed.keySet()).containsAll(queried);
        // and the list carries nothing the dashboard does not use (it is the dashboard's contract, not a catalogue)
        assertThat(queried).containsAll(exposed.keySet());
    }

    @Test
    void the_metric_name_reader_finds_names_and_only_names() {
        assertThat(metricNames("sum by (group) (label_replace(kafka_consumer_fetch_manager_records_lag{job=~\"$job\"},"
                + " \"group\", \"$1\", \"client_id\", \"consumer-(.+)-[0-9]+\"))"))
                .containsExactly("kafka_consumer_fetch_manager_records_lag");
        assertThat(metricNames("sum by (job) (rate(a_total{x=\"y\"}[5m])) / sum by (job) (rate(b_count[$__rate_interval])) > 0"))
                .containsExactly("a_total", "b_count");
        assertThat(metricNames("max by (job, processorName) (eventProcessor_latency)")).containsExactly("eventProcessor_latency");
    }

    @Test
    @SuppressWarnings("unchecked")
    void it_imports_with_a_prometheus_input_and_a_service_variable() throws IOException {
        Map<String, Object> d = dashboard();
        assertThat((List<Map<String, Object>>) d.get("__inputs"))
                .anySatisfy(i -> assertThat(i).containsEntry("name", "DS_PROMETHEUS").containsEntry("pluginId", "prometheus"));
        List<Map<String, Object>> panels = (List<Map<String, Object>>) d.get("panels");
        assertThat(panels.stream().map(p -> p.get("id")).distinct().count()).isEqualTo(panels.size());
        assertThat(panels).allSatisfy(p -> assertThat(((Map<String, Object>) p.get("datasource")).get("uid"))
                .isEqualTo("${DS_PROMETHEUS}"));
        Map<String, Object> templating = (Map<String, Object>) d.get("templating");
        assertThat((List<Map<String, Object>>) templating.get("list")).extracting(v -> v.get("name")).contains("job");
        // every query is limited to the chosen services
        assertThat(expressions(d)).allSatisfy(e -> assertThat(e).contains("job=~\"$job\""));
    }

    @Test
    void it_shows_requests_kafka_lag_axon_processors_freshness_memory_and_up() throws IOException {
        Set<String> queried = new TreeSet<>();
        expressions(dashboard()).forEach(e -> queried.addAll(metricNames(e)));
        assertThat(queried).contains("up", "http_server_requests_seconds_count", "kafka_consumer_fetch_manager_records_lag",
                "eventProcessor_latency", "eventProcessor_capacity", "renda_projection_freshness_seconds",
                "jvm_memory_used_bytes");
    }
}
