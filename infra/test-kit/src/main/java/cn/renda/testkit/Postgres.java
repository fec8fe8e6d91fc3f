package cn.renda.testkit;

import org.springframework.test.context.DynamicPropertyRegistry;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The event-store integration tests also run on a real PostgreSQL when {@code RENDA_TEST_PG_URL} names a server,
 * e.g. {@code jdbc:postgresql://127.0.0.1:5432/} (user and password from {@code RENDA_TEST_PG_USER} /
 * {@code RENDA_TEST_PG_PASSWORD}, default {@code postgres}/{@code postgres}). Each service gets its own fresh
 * database, as in production.
 */
public final class Postgres {

    public static final String URL_VARIABLE = "RENDA_TEST_PG_URL";

    private Postgres() {
    }

    public static void register(DynamicPropertyRegistry registry, String database) {
        String base = System.getenv(URL_VARIABLE);
        String user = System.getenv().getOrDefault("RENDA_TEST_PG_USER", "postgres");
        String password = System.getenv().getOrDefault("RENDA_TEST_PG_PASSWORD", "postgres");
        String root = base.endsWith("/") ? base : base.substring(0, base.lastIndexOf('/') + 1);
        try (Connection c = DriverManager.getConnection(root + "postgres", user, password);
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare PostgreSQL database " + database + " at " + root, e);
        }
        registry.add("spring.datasource.url", () -> root + database);
        registry.add("spring.datasource.username", () -> user);
        registry.add("spring.datasource.password", () -> password);
    }
}
