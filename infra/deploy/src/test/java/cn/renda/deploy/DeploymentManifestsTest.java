package cn.renda.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** Parses the deployment files and checks them against what the services actually read. */
class DeploymentManifestsTest {

    static final Path DEPLOY = Path.of("").toAbsolutePath();
    static final Path REPO = DEPLOY.resolve("../..").normalize();
    static final List<String> SERVICES =
            List.of("gateway", "deputy-service", "supervision-service", "training-service", "reporting-service");

    /**
     * Variables read by the JVM, Axon or Spring Boot itself rather than by a key in our sources. Everything else must
     * be derived from the repository's configuration files and code.
     */
    static final Set<String> PLATFORM_ENV = Set.of("JAVA_TOOL_OPTIONS", "AXONIQ_UPDATE_CHECKER_DISABLED",
            "MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED", "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD",
            "SPRING_DATA_MONGODB_DATABASE", "SPRING_KAFKA_BOOTSTRAP_SERVERS");

    @SuppressWarnings("unchecked")
    static Map<String, Object> compose() throws IOException {
        return new Yaml().load(Files.readString(DEPLOY.resolve("compose/compose.yaml")));
    }

    @Test
    void composeServicesHaveHealthchecksLimitsAndDependencies() throws IOException {
        assertThat(composeProblems(compose())).isEmpty();
    }

    @Test
    void composeSetsOnlyVariablesTheServicesRead() throws IOException {
        Set<String> allowed = readVariables(REPO);
        assertThat(allowed).contains("RENDA_TOPICS_PARTITIONS",
                "RENDA_DEPUTY_HMAC_SECRET", "RENDA_CERTIFICATE_FONT", "RENDA_SECURITY_JWT_SECRET");
        assertThat(unknownVariables(compose(), allowed)).isEmpty();
    }

    @Test
    void checkerRejectsBrokenCompose() {
        Map<String, Object> broken = new Yaml().load("""
                services:
                  gateway:
                    environment:
                      RENDA_NOBODY_READS_THIS: x
                """);
        assertThat(composeProblems(broken)).anyMatch(p -> p.contains("gateway") && p.contains("healthcheck"))
                .anyMatch(p -> p.contains("deputy-service") && p.contains("missing"));
        assertThat(unknownVariables(broken, Set.of("SERVER_PORT"))).containsExactly("gateway: RENDA_NOBODY_READS_THIS");
    }

    @Test
    void observabilityProfileScrapesEveryServiceAndProvisionsTheDashboard() throws IOException {
        assertThat(observabilityProblems(compose(), DEPLOY.resolve("compose"))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void observabilityCheckerRejectsAWrongPortAndAMissingMount() throws IOException {
        Map<String, Object> compose = compose();
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        ((Map<String, Object>) ((Map<String, Object>) services.get("reporting-service")).get("environment"))
                .put("SERVER_PORT", 9999);
        ((Map<String, Object>) services.get("grafana")).put("volumes", List.of("grafana:/var/lib/grafana"));
        assertThat(observabilityProblems(compose, DEPLOY.resolve("compose")))
                .anyMatch(p -> p.contains("reporting-service:8084") && p.contains("9999"))
                .anyMatch(p -> p.contains("grafana") && p.contains("provisioning"));
    }

    /**
     * Prometheus and Grafana (profile {@code observability}): both have a health check, limits and a profile;
     * Prometheus mounts {@code grafana/prometheus.yml}, whose jobs are exactly the five services, each scraping
     * {@code <compose service>:<its SERVER_PORT>}; Grafana mounts the provisioning folder and the dashboard where the
     * dashboard provider looks, its data source points at the Prometheus service, and the dashboard resolves
     * {@code ${DS_PROMETHEUS}} through a data-source variable (provisioned dashboards get no import inputs).
     */
    @SuppressWarnings("unchecked")
    static List<String> observabilityProblems(Map<String, Object> compose, Path composeDir) throws IOException {
        List<String> problems = new ArrayList<>();
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        Map<String, String> mounts = new java.util.HashMap<>();
        for (String name : List.of("prometheus", "grafana")) {
            Map<String, Object> s = (Map<String, Object>) services.get(name);
            if (s == null) {
                problems.add(name + ": missing");
                continue;
            }
            if (!String.valueOf(s.get("profiles")).contains("observability")) {
                problems.add(name + ": not in the observability profile");
            }
            if (s.get("healthcheck") == null || s.get("deploy") == null) {
                problems.add(name + ": no healthcheck or resource limits");
            }
            for (Object v : (List<Object>) s.getOrDefault("volumes", List.of())) {
                String[] parts = String.valueOf(v).split(":");
                if (parts[0].startsWith(".")) {
                    mounts.put(parts[1], parts[0]);
                    if (!Files.exists(composeDir.resolve(parts[0]).normalize())) {
                        problems.add(name + ": mounts " + parts[0] + ", which does not exist");
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        String scrapeConfig = mounts.get("/etc/prometheus/prometheus.yml");
        if (scrapeConfig == null) {
            problems.add("prometheus: /etc/prometheus/prometheus.yml is not mounted");
        } else {
            Map<String, Object> prometheus = new Yaml().load(Files.readString(composeDir.resolve(scrapeConfig)));
            Set<String> jobs = new TreeSet<>();
            for (Map<String, Object> job : (List<Map<String, Object>>) prometheus.get("scrape_configs")) {
                jobs.add((String) job.get("job_name"));
                for (Map<String, Object> sc : (List<Map<String, Object>>) job.get("static_configs")) {
                    for (String target : (List<String>) sc.get("targets")) {
                        String host = target.substring(0, target.indexOf(':'));
                        String port = target.substring(target.indexOf(':') + 1);
                        Map<String, Object> s = (Map<String, Object>) services.get(host);
                        Object env = s == null ? null : ((Map<String, Object>) s.get("environment")).get("SERVER_PORT");
                        if (!port.equals(String.valueOf(env))) {
                            problems.add("prometheus target " + target + ": the service listens on " + env);
                        }
                    }
                }
            }
            if (!jobs.equals(new TreeSet<>(SERVICES))) {
                problems.add("prometheus jobs " + jobs + " are not the five services");
            }
        }
        String provisioning = mounts.get("/etc/grafana/provisioning");
        if (provisioning == null) {
            problems.add("grafana: /etc/grafana/provisioning is not mounted");
            return problems;
        }
        Path prov = composeDir.resolve(provisioning);
        Map<String, Object> ds = new Yaml().load(Files.readString(prov.resolve("datasources/prometheus.yaml")));
        Map<String, Object> source = ((List<Map<String, Object>>) ds.get("datasources")).get(0);
        if (!"prometheus".equals(source.get("type")) || !"http://prometheus:9090".equals(source.get("url"))) {
            problems.add("grafana data source is not the compose Prometheus: " + source);
        }
        Map<String, Object> dp = new Yaml().load(Files.readString(prov.resolve("dashboards/renda.yaml")));
        String folder = (String) ((Map<String, Object>) ((List<Map<String, Object>>) dp.get("providers")).get(0)
                .get("options")).get("path");
        String dashboard = mounts.entrySet().stream().filter(e -> e.getKey().startsWith(folder + "/"))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        if (dashboard == null) {
            problems.add("grafana: no dashboard mounted under the provider's path " + folder);
        } else {
            Map<String, Object> d = new Yaml().load(Files.readString(composeDir.resolve(dashboard)));
            List<Map<String, Object>> variables = (List<Map<String, Object>>) ((Map<String, Object>) d.get("templating"))
                    .get("list");
            if (variables.stream().noneMatch(v -> "DS_PROMETHEUS".equals(v.get("name"))
                    && "datasource".equals(v.get("type")) && "prometheus".equals(v.get("query")))) {
                problems.add("dashboard " + dashboard + ": no DS_PROMETHEUS data-source variable");
            }
        }
        return problems;
    }

    @SuppressWarnings("unchecked")
    static List<String> composeProblems(Map<String, Object> compose) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        for (String name : SERVICES) {
            Map<String, Object> s = (Map<String, Object>) services.get(name);
            if (s == null) {
                problems.add(name + ": missing");
                continue;
            }
            Map<String, Object> hc = (Map<String, Object>) s.get("healthcheck");
            if (hc == null || !String.valueOf(hc.get("test")).contains("/actuator/health/readiness")) {
                problems.add(name + ": no readiness healthcheck");
            }
            Map<String, Object> deploy = (Map<String, Object>) s.get("deploy");
            Map<String, Object> res = deploy == null ? null : (Map<String, Object>) deploy.get("resources");
            Map<String, Object> limits = res == null ? null : (Map<String, Object>) res.get("limits");
            if (limits == null || !limits.containsKey("cpus") || !limits.containsKey("memory")
                    || !res.containsKey("reservations")) {
                problems.add(name + ": no resource limits/reservations");
            }
            Object deps = s.get("depends_on");
            if (!(deps instanceof Map<?, ?> m) || m.isEmpty()
                    || !m.values().stream().allMatch(v -> String.valueOf(v).contains("service_"))) {
                problems.add(name + ": no depends_on with conditions");
            }
            if (s.get("restart") == null) {
                problems.add(name + ": no restart policy");
            }
        }
        return problems;
    }

    @SuppressWarnings("unchecked")
    static List<String> unknownVariables(Map<String, Object> compose, Set<String> allowed) {
        List<String> unknown = new ArrayList<>();
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        for (String name : SERVICES) {
            Map<String, Object> s = (Map<String, Object>) services.get(name);
            if (s == null || s.get("environment") == null) {
                continue;
            }
            for (String var : ((Map<String, Object>) s.get("environment")).keySet()) {
                if (!allowed.contains(var) && !PLATFORM_ENV.contains(var)) {
                    unknown.add(name + ": " + var);
                }
            }
        }
        return unknown;
    }

    static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.\\-]+)[:}]");

    /** Environment names of every property key and placeholder in the services' sources. */
    static Set<String> readVariables(Path repo) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(repo)) {
            files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().contains("/src/main/"))
                    .filter(p -> !p.toString().contains("/target/") && !p.startsWith(repo.resolve("infra/deploy")))
                    .forEach(p -> collect(p, keys));
        }
        Set<String> env = new TreeSet<>();
        keys.forEach(k -> {
            String upper = k.toUpperCase().replace('.', '_');
            env.add(upper.replace("-", ""));
            env.add(upper.replace('-', '_'));
        });
        return env;
    }

    @SuppressWarnings("unchecked")
    static void collect(Path file, Set<String> keys) {
        String name = file.getFileName().toString();
        try {
            if (name.endsWith(".java") || name.endsWith(".yml") || name.endsWith(".properties")) {
                String text = Files.readString(file);
                Matcher m = PLACEHOLDER.matcher(text);
                while (m.find()) {
                    keys.add(m.group(1));
                }
                if (name.endsWith(".yml")) {
                    for (Object doc : new Yaml().loadAll(text)) {
                        if (doc instanceof Map<?, ?> map) {
                            flatten("", (Map<String, Object>) map, keys);
                        }
                    }
                } else if (name.endsWith(".properties")) {
                    text.lines().map(String::strip).filter(l -> !l.startsWith("#") && l.contains("="))
                            .forEach(l -> keys.add(l.substring(0, l.indexOf('=')).strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static void flatten(String prefix, Map<String, Object> map, Set<String> keys) {
        map.forEach((k, v) -> {
            String key = prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k;
            if (v instanceof Map<?, ?> child) {
                flatten(key, (Map<String, Object>) child, keys);
            } else {
                keys.add(key);
            }
        });
    }
}
