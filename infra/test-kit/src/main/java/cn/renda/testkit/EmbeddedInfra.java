package cn.renda.testkit;

import cn.renda.devstack.DurableMongoServer;
import cn.renda.devstack.KraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One real KRaft Kafka broker and one Mongo stand-in per test JVM, started on first use and stopped when the JVM
 * exits. Tests that need them register their addresses with {@link #register(DynamicPropertyRegistry)}; each test
 * class should use its own Mongo database name and its own aggregate ids, so classes sharing the JVM do not collide.
 */
public final class EmbeddedInfra {

    private static KraftBroker broker;
    private static DurableMongoServer mongo;

    private EmbeddedInfra() {
    }

    public static synchronized String kafkaBootstrap() {
        if (broker == null) {
            try {
                Path dir = Files.createTempDirectory("renda-kafka-");
                broker = KraftBroker.start(dir, freePort(), freePort());
                stopAtExit("kafka", broker::close);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return broker.bootstrapServers();
    }

    public static synchronized String mongoUri() {
        if (mongo == null) {
            mongo = DurableMongoServer.start(null, 0);
            stopAtExit("mongo", mongo::close);
        }
        return mongo.connectionString();
    }

    /**
     * Stops a shared component when the JVM exits, but only after Spring Boot's shutdown hook has closed the test
     * contexts: the JVM runs its hooks at the same time, and a context closing against a broker or a Mongo stand-in
     * that is already gone waits out its timeouts (a scheduled Mongo read blocks the lifecycle stop for 30 s).
     */
    private static void stopAtExit(String name, Runnable stop) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Thread.sleep(200); // every hook thread is started by then
                for (Thread t : Thread.getAllStackTraces().keySet()) {
                    if ("SpringApplicationShutdownHook".equals(t.getName())) {
                        t.join(20_000);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stop.run();
        }, "renda-embedded-" + name + "-stop"));
    }

    /** Points a Spring test context at the shared broker and Mongo stand-in, with the given Mongo database. */
    public static void register(DynamicPropertyRegistry registry, String mongoDatabase) {
        registry.add("spring.kafka.bootstrap-servers", EmbeddedInfra::kafkaBootstrap);
        registry.add("spring.data.mongodb.uri", () -> mongoUri() + "/" + mongoDatabase);
        registry.add("spring.data.mongodb.database", () -> mongoDatabase);
    }

    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
