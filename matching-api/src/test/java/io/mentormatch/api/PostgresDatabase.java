package io.mentormatch.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real PostgreSQL for the *IT tests, with no server to install: an embedded PostgreSQL 17 (zonky binaries from
 * Maven Central; it runs as root too, as CI does) started once per test JVM. Each test class gets a database of
 * its own, created before its Spring context starts and dropped after it closes: register this extension
 * before {@code @SpringBootTest} so that it runs last. The application connects as {@link #user()}, a role that is
 * not a superuser and owns its database, set up with the SQL that docs/operations.md gives for production.
 */
public final class PostgresDatabase implements AfterAllCallback {

    private static final String USER = "mentormatch";

    private static EmbeddedPostgres server;

    /** Creates a fresh database named after the test class, owned by {@link #user()}, and returns its JDBC URL. */
    public static synchronized String create(Class<?> testClass) {
        String name = databaseName(testClass);
        execute(server().getPostgresDatabase(), """
                do $$ begin
                    if not exists (select from pg_roles where rolname = '%s') then
                        create role %s login nosuperuser nocreatedb nocreaterole;
                    end if;
                end $$""".formatted(USER, USER));
        execute(server().getPostgresDatabase(), "create database " + name + " owner " + USER);
        execute(server().getDatabase("postgres", name), "alter schema public owner to " + USER);
        // no user in the URL: each connection names its own
        return "jdbc:postgresql://localhost:" + server().getPort() + "/" + name;
    }

    /** The application's role: not a superuser. */
    public static String user() {
        return USER;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        execute(server().getPostgresDatabase(), "drop database if exists " + databaseName(context.getRequiredTestClass()) + " with (force)");
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

    private static void execute(DataSource database, String sql) {
        try (Connection connection = database.getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
