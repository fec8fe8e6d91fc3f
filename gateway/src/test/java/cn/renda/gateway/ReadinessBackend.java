package cn.renda.gateway;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A service instance on loopback: {@code /actuator/health/readiness} answers 200 or 503 as the test sets it, every
 * other path answers 200 with the instance's name and counts the hit. It can be stopped and started again on the
 * same port (a crash and a restart).
 */
public final class ReadinessBackend {

    private final String name;
    private final AtomicBoolean ready = new AtomicBoolean(true);
    private final AtomicBoolean slow = new AtomicBoolean();
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger checks = new AtomicInteger();
    private final int port;
    private HttpServer server;

    public ReadinessBackend(String name) {
        this.name = name;
        this.server = start(0);
        this.port = server.getAddress().getPort();
    }

    private HttpServer start(int onPort) {
        try {
            HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", onPort), 0);
            s.createContext("/", exchange -> {
                boolean probe = exchange.getRequestURI().getPath().equals("/actuator/health/readiness");
                int status = 200;
                String body;
                if (probe) {
                    checks.incrementAndGet();
                    if (slow.get()) {
                        try {
                            Thread.sleep(3000);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    status = ready.get() ? 200 : 503;
                    body = "{\"status\":\"" + (ready.get() ? "UP" : "OUT_OF_SERVICE") + "\"}";
                } else {
                    hits.incrementAndGet();
                    body = "{\"instance\":\"" + name + "\"}";
                }
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            s.start();
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String name() {
        return name;
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public void ready(boolean ready) {
        this.ready.set(ready);
    }

    /** Its readiness answers only after 3 s. */
    public void slow(boolean slow) {
        this.slow.set(slow);
    }

    public int hits() {
        return hits.get();
    }

    /** How many readiness checks it answered. */
    public int checks() {
        return checks.get();
    }

    /** Gone: connections to its port are refused. */
    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** Back on the same port. */
    public synchronized void restart() {
        if (server == null) {
            server = start(port);
        }
    }
}
