package io.mentormatch.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A PostgreSQL schema of its own for a test class: on the server at 127.0.0.1:5432 (database {@code test}, user
 * postgres) when one runs there, otherwise on an embedded PostgreSQL started for the JVM, so the PostgreSQL tests
 * run on a fresh machine too and never skip. The schema is dropped when the JVM ends.
 */
public final class PostgresDatabase {

    private static final String LOCAL_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static String serverUrl;
    private static EmbeddedPostgres embedded;

    private PostgresDatabase() {
    }

    /** Points the data source and Quartz at a fresh schema. */
    public static void register(DynamicPropertyRegistry registry) {
        String schema = "api_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String url = server();
        execute(url, "create schema " + schema);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> dropQuietly(url, schema)));
        registry.add("spring.datasource.url", () -> url + "?currentSchema=" + schema);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.quartz.properties.org.quartz.jobStore.driverDelegateClass",
                () -> "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
    }

    private static synchronized String server() {
        if (serverUrl == null) {
            try (Connection ignored = DriverManager.getConnection(LOCAL_URL, "postgres", "")) {
                serverUrl = LOCAL_URL;
            } catch (SQLException unreachable) {
                try {
                    embedded = EmbeddedPostgres.builder().start();
                    serverUrl = embedded.getJdbcUrl("postgres", "postgres");
                } catch (IOException e) {
                    throw new UncheckedIOException("no PostgreSQL at 127.0.0.1:5432 and the embedded one did not start", e);
                }
            }
        }
        return serverUrl;
    }

    /** Best effort at JVM exit: an embedded server may already be gone, and its data with it. */
    private static void dropQuietly(String url, String schema) {
        try {
            execute(url, "drop schema if exists " + schema + " cascade");
        } catch (IllegalStateException gone) {
            // nothing left to clean up
        }
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed", e);
        }
    }
}
