package cn.renda.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** Parses the Kustomize base and overlays (applying the overlays' JSON patches) and checks each service. */
@SuppressWarnings("unchecked")
class KubernetesManifestsTest {

    static final Path K8S = DeploymentManifestsTest.DEPLOY.resolve("k8s");
    static final List<String> TOPICS = List.of("renda.deputy.events", "renda.supervision.events",
            "renda.training.events", "renda.deputy.events.DLT", "renda.supervision.events.DLT",
            "renda.training.events.DLT");

    static List<Map<String, Object>> base() throws IOException {
        Map<String, Object> kustomization = load(K8S.resolve("base/kustomization.yaml")).get(0);
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Object r : (List<Object>) kustomization.get("resources")) {
            docs.addAll(load(K8S.resolve("base").resolve(String.valueOf(r))));
        }
        return docs;
    }

    static List<Map<String, Object>> load(Path file) throws IOException {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Object d : new Yaml().loadAll(Files.readString(file))) {
            if (d != null) {
                docs.add((Map<String, Object>) d);
            }
        }
        return docs;
    }

    static Map<String, Object> find(List<Map<String, Object>> docs, String kind, String name) {
        return docs.stream().filter(d -> kind.equals(d.get("kind")))
                .filter(d -> name.equals(((Map<String, Object>) d.get("metadata")).get("name"))).findFirst()
                .orElse(null);
    }

    @Test
    void baseIsComplete() throws IOException {
        assertThat(problems(base())).isEmpty();
        assertThat(load(K8S.resolve("base/kustomization.yaml")).get(0).get("resources").toString())
                .doesNotContain("secret.example");
    }

    @Test
    void overlaysPatchExistingResourcesAndKeepProbesAndLimits() throws IOException {
        for (String overlay : List.of("staging", "production")) {
            List<Map<String, Object>> docs = base();
            Map<String, Object> k = load(K8S.resolve("overlays").resolve(overlay).resolve("kustomization.yaml")).get(0);
            assertThat((List<Object>) k.get("resources")).containsExactly("../../base");
            for (Map<String, Object> p : (List<Map<String, Object>>) k.get("patches")) {
                Map<String, Object> target = (Map<String, Object>) p.get("target");
                Map<String, Object> doc = find(docs, (String) target.get("kind"), (String) target.get("name"));
                assertThat(doc).as(overlay + " patches " + target).isNotNull();
                for (Map<String, Object> op : (List<Map<String, Object>>) new Yaml().load((String) p.get("patch"))) {
                    replace(doc, (String) op.get("path"), op.get("value"));
                }
            }
            assertThat(problems(docs)).as(overlay).isEmpty();
        }
    }

    @Test
    void environmentIsOnlyWhatTheServicesRead() throws IOException {
        Set<String> allowed = DeploymentManifestsTest.readVariables(DeploymentManifestsTest.REPO);
        assertThat(unknownVariables(base(), allowed)).isEmpty();
    }

    @Test
    void checkerRejectsBrokenManifests() {
        List<Map<String, Object>> broken = new ArrayList<>();
        new Yaml().loadAll("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: gateway}
                spec:
                  template:
                    spec:
                      containers:
                      - name: gateway
                        env: [{name: RENDA_NOBODY_READS_THIS, value: x}]
                        readinessProbe: {httpGet: {path: /health}}
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: renda-config}
                data: {ALSO_UNREAD: y}
                """).forEach(d -> broken.add((Map<String, Object>) d));
        List<String> problems = problems(broken);
        assertThat(problems).contains("gateway: readiness probe not on actuator", "gateway: no liveness probe",
                "gateway: not annotated for Prometheus on its port",
                "gateway: no requests/limits", "gateway: no Service", "gateway: no HPA", "gateway: no PDB",
                "deputy-service: no Deployment", "topics job missing");
        assertThat(unknownVariables(broken, Set.of())).containsExactlyInAnyOrder("RENDA_NOBODY_READS_THIS",
                "ALSO_UNREAD");
    }

    static void replace(Map<String, Object> doc, String path, Object value) {
        String[] parts = path.substring(1).split("/");
        Object node = doc;
        for (int i = 0; i < parts.length - 1; i++) {
            node = node instanceof List<?> l ? l.get(Integer.parseInt(parts[i])) : ((Map<String, Object>) node).get(parts[i]);
            assertThat(node).as("patch path " + path + " exists").isNotNull();
        }
        Map<String, Object> parent = (Map<String, Object>) node;
        assertThat(parent).as("patch path " + path + " exists").containsKey(parts[parts.length - 1]);
        parent.put(parts[parts.length - 1], value);
    }

    static List<String> problems(List<Map<String, Object>> docs) {
        List<String> problems = new ArrayList<>();
        for (String name : DeploymentManifestsTest.SERVICES) {
            Map<String, Object> d = find(docs, "Deployment", name);
            if (d == null) {
                problems.add(name + ": no Deployment");
                continue;
            }
            Map<String, Object> template = (Map<String, Object>) ((Map<String, Object>) d.get("spec")).get("template");
            Map<String, Object> pod = (Map<String, Object>) template.get("spec");
            Map<String, Object> c = ((List<Map<String, Object>>) pod.get("containers")).get(0);
            // every replica is scraped (Prometheus pod discovery by annotation) on the port the container listens on
            Map<String, Object> meta = (Map<String, Object>) template.get("metadata");
            Map<String, Object> notes = meta == null ? null : (Map<String, Object>) meta.get("annotations");
            Object port = ((List<Map<String, Object>>) c.getOrDefault("ports", List.of(Map.of()))).get(0)
                    .get("containerPort");
            if (notes == null || !"true".equals(notes.get("prometheus.io/scrape"))
                    || !"/actuator/prometheus".equals(notes.get("prometheus.io/path"))
                    || !String.valueOf(port).equals(notes.get("prometheus.io/port"))) {
                problems.add(name + ": not annotated for Prometheus on its port");
            }
            checkProbe(problems, name, "readiness", c.get("readinessProbe"), "/actuator/health/readiness");
            checkProbe(problems, name, "liveness", c.get("livenessProbe"), "/actuator/health/liveness");
            Map<String, Object> res = (Map<String, Object>) c.get("resources");
            if (res == null || !(res.get("requests") instanceof Map<?, ?> rq) || !rq.containsKey("cpu")
                    || !(res.get("limits") instanceof Map<?, ?> lm) || !lm.containsKey("memory")) {
                problems.add(name + ": no requests/limits");
            }
            Map<String, Object> sc = (Map<String, Object>) pod.get("securityContext");
            if (sc == null || !Boolean.TRUE.equals(sc.get("runAsNonRoot"))) {
                problems.add(name + ": not non-root");
            }
            if (find(docs, "Service", name) == null) {
                problems.add(name + ": no Service");
            }
            Map<String, Object> hpa = find(docs, "HorizontalPodAutoscaler", name);
            if (hpa == null || !String.valueOf(((Map<String, Object>) hpa.get("spec")).get("scaleTargetRef"))
                    .contains("name=" + name) || !"autoscaling/v2".equals(hpa.get("apiVersion"))) {
                problems.add(name + ": no HPA");
            }
            Map<String, Object> pdb = find(docs, "PodDisruptionBudget", name);
            if (pdb == null || !String.valueOf(pdb.get("spec")).contains("app=" + name)
                    || !Integer.valueOf(1).equals(((Map<String, Object>) pdb.get("spec")).get("minAvailable"))) {
                problems.add(name + ": no PDB");
            }
        }
        Map<String, Object> job = find(docs, "Job", "renda-topics");
        String script = job == null ? "" : String.valueOf(job.get("spec"));
        if (job == null) {
            problems.add("topics job missing");
        } else {
            for (String t : TOPICS) {
                if (!script.contains("--topic " + t + " ") || !script.contains("--if-not-exists")
                        || !script.contains("retention.ms=-1")) {
                    problems.add("topics job does not create " + t);
                }
            }
        }
        return problems;
    }

    static void checkProbe(List<String> problems, String name, String kind, Object probe, String path) {
        if (probe == null) {
            problems.add(name + ": no " + kind + " probe");
        } else if (!String.valueOf(probe).contains("path=" + path)) {
            problems.add(name + ": " + kind + " probe not on actuator");
        }
    }

    static List<String> unknownVariables(List<Map<String, Object>> docs, Set<String> allowed) {
        List<String> unknown = new ArrayList<>();
        for (Map<String, Object> d : docs) {
            if ("ConfigMap".equals(d.get("kind"))) {
                ((Map<String, Object>) d.get("data")).keySet().stream()
                        .filter(v -> !allowed.contains(v) && !DeploymentManifestsTest.PLATFORM_ENV.contains(v))
                        .forEach(unknown::add);
            }
            if ("Deployment".equals(d.get("kind"))) {
                Map<String, Object> pod = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) d
                        .get("spec")).get("template")).get("spec");
                for (Map<String, Object> c : (List<Map<String, Object>>) pod.get("containers")) {
                    for (Map<String, Object> e : (List<Map<String, Object>>) c.getOrDefault("env", List.of())) {
                        String v = (String) e.get("name");
                        if (!allowed.contains(v) && !DeploymentManifestsTest.PLATFORM_ENV.contains(v)) {
                            unknown.add(v);
                        }
                    }
                }
            }
        }
        return unknown;
    }
}
