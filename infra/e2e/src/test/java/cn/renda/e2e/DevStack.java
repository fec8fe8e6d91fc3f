package cn.renda.e2e;

import cn.renda.testkit.EmbeddedInfra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The embedded default as {@code ./renda} runs it: separate processes for Kafka, the Mongo stand-in and the five
 * services, on free loopback ports and a fresh data folder, driven through the script itself.
 */
final class DevStack implements AutoCloseable {

    final Path root;
    final Path data;
    final Map<String, String> env = new LinkedHashMap<>();
    final int gatewayPort;

    DevStack() throws IOException {
        root = Path.of(System.getProperty("renda.root", "../..")).toAbsolutePath().normalize();
        data = Files.createTempDirectory("renda-e2e-");
        gatewayPort = EmbeddedInfra.freePort();
        env.put("RENDA_DATA_DIR", data.toString());
        env.put("RENDA_NO_BUILD", "1");
        env.put("RENDA_NO_DEMO", "1");
        env.put("RENDA_GATEWAY_PORT", String.valueOf(gatewayPort));
        for (String name : new String[]{"DEPUTY", "SUPERVISION", "TRAINING", "REPORTING", "KAFKA",
                "KAFKA_CONTROLLER", "MONGO"}) {
            env.put("RENDA_" + name + "_PORT", String.valueOf(EmbeddedInfra.freePort()));
        }
    }

    String gateway() {
        return "http://127.0.0.1:" + gatewayPort;
    }

    /** {@code ./renda <command>}; fails the test if the script fails; answers what it printed. */
    String renda(String command) throws Exception {
        return renda(command, 6);
    }

    /** {@code ./renda <command>} with a limit in minutes (loading the demo takes longer than a bare start). */
    String renda(String command, int minutes) throws Exception {
        return run(minutes, command);
    }

    /**
     * {@code ./renda <args...>} (e.g. {@code "scale", "deputy-service", "2"}) within 6 minutes; fails the test if
     * the script fails; answers what the script printed.
     */
    String renda(String... args) throws Exception {
        return run(6, args);
    }

    private String run(int minutes, String... args) throws Exception {
        String command = String.join(" ", args);
        java.util.List<String> line = new java.util.ArrayList<>(java.util.List.of("bash", root.resolve("renda").toString()));
        line.addAll(java.util.List.of(args));
        Path output = Files.createTempFile(data, "renda-", ".out");
        ProcessBuilder pb = new ProcessBuilder(line)
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        boolean finished = p.waitFor(minutes, TimeUnit.MINUTES);
        if (!finished) {
            p.destroyForcibly();
        }
        String printed = Files.readString(output);
        Files.writeString(data.resolve("renda-script.log"), "$ ./renda " + command + "\n" + printed,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        Files.delete(output);
        if (!finished) {
            throw new IllegalStateException("./renda " + command + " did not finish; see " + data + "/renda-script.log");
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException("./renda " + command + " failed (" + p.exitValue() + "): "
                    + Files.readString(data.resolve("renda-script.log")));
        }
        return printed;
    }

    /**
     * The port of a component: {@code deputy-service}, {@code kafka}, ..., or an extra instance such as
     * {@code deputy-service-2} (the port {@code ./renda scale} recorded for it).
     */
    int port(String component) throws IOException {
        java.util.regex.Matcher extra = java.util.regex.Pattern.compile("(.+-service)-(\\d+)").matcher(component);
        if (extra.matches()) {
            return Integer.parseInt(Files.readString(data.resolve("instances").resolve(component + ".port")).trim());
        }
        String name = component.equals("gateway") ? "GATEWAY" : component.replace("-service", "").toUpperCase();
        return Integer.parseInt(env.get("RENDA_" + name + "_PORT"));
    }

    /** SIGKILL: no shutdown hook, no flush, exactly what a crash does. */
    void kill9(String component) throws Exception {
        long pid = Long.parseLong(Files.readString(data.resolve("pids").resolve(component + ".pid")).trim());
        ProcessHandle handle = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException(component + " is not running"));
        Process kill = new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start();
        kill.waitFor();
        handle.onExit().get(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        renda("stop");
    }
}
