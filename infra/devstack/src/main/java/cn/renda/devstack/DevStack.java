package cn.renda.devstack;

import cn.renda.devstack.demo.CountyProfile;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Entry point of the embedded default's infrastructure processes, started by {@code ./renda start}:
 * <pre>
 *   java -jar devstack-exec.jar kafka --dir data/kafka --port 9092 --controller-port 9093
 *   java -jar devstack-exec.jar mongo --file data/mongo/renda.mv --port 27018
 *   java -jar devstack-exec.jar demo  --gateway http://127.0.0.1:8080 [--counties 410327,610822]
 *                                          [--parallel 2] [--threads 3]
 * </pre>
 * The servers run until the process is stopped; a shutdown hook closes them cleanly on SIGTERM.
 */
public final class DevStack {

    private DevStack() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: devstack kafka|mongo|demo [--option value]...");
            System.exit(2);
        }
        Map<String, String> o = options(args);
        switch (args[0]) {
            case "kafka" -> {
                KraftBroker broker = KraftBroker.start(Path.of(o.getOrDefault("dir", "data/kafka")),
                        Integer.parseInt(o.getOrDefault("port", "9092")),
                        Integer.parseInt(o.getOrDefault("controller-port", "9093")));
                System.out.println("kafka ready on " + broker.bootstrapServers());
                runUntilStopped(broker);
            }
            case "mongo" -> {
                DurableMongoServer mongo = DurableMongoServer.start(Path.of(o.getOrDefault("file", "data/mongo/renda.mv")),
                        Integer.parseInt(o.getOrDefault("port", "27018")));
                System.out.println("mongo ready on " + mongo.connectionString());
                runUntilStopped(mongo);
            }
            case "demo" -> {
                List<CountyProfile> counties = o.containsKey("counties")
                        ? Arrays.stream(o.get("counties").split(",")).map(String::strip).map(CountyProfile::of).toList()
                        : CountyProfile.ALL;
                DemoData demo = new DemoData(o.getOrDefault("gateway", "http://127.0.0.1:8080"), counties,
                        Integer.parseInt(o.getOrDefault("parallel", "2")), Integer.parseInt(o.getOrDefault("threads", "3")));
                demo.load();
            }
            default -> {
                System.err.println("unknown command " + args[0]);
                System.exit(2);
            }
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> o = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return o;
    }

    private static void runUntilStopped(AutoCloseable server) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                stopped.countDown();
            }
        }));
        stopped.await();
    }
}
