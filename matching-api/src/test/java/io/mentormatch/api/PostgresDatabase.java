package io.mentormatch.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real PostgreSQL for the *IT tests, with no server to install: an embedded PostgreSQL 17 (zonky binaries from
 * Maven Central; it runs as root too, as CI does) started once per test JVM. Each test class gets a database of
 * its own, created before its Spring context starts and dropped after it closes: register this extension
 * before {@code @SpringBootTest} so that it runs last.
 */
public final class PostgresDatabase implements AfterAllCallback {

    private static EmbeddedPostgres server;

    /** Creates a fresh database named after the test class and returns its JDBC URL. */
    public static synchronized String create(Class<?> testClass) {
        String name = databaseName(testClass);
        execute("create database " + name);
        return server().getJdbcUrl("postgres", name);
    }

    public static String user() {
        return "postgres";
    }

    @Override
    public void afterAll(ExtensionContext context) {
        execute("drop database if exists " + databaseName(context.getRequiredTestClass()) + " with (force)");
    }

    private static String databaseName(Class<?> testClass) {
        return "it_" + testClass.getSimpleName().toLowerCase(Locale.ROOT) + "_" + ProcessHandle.current().pid();
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(PostgresDatabase::stop));
        }
        return server;
    }

    private static void stop() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void execute(String sql) {
        try (Connection connection = server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
