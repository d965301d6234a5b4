package io.mentormatch.api.cluster;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerPortFileWriter;

import io.mentormatch.api.Http;
import io.mentormatch.api.TestApplication;

/**
 * One instance of the application in a JVM of its own, on the test class path: Quartz registers its data source
 * JVM-wide under the scheduler's name, so two instances of one cluster cannot share a JVM. Every node of a
 * cluster uses the same scheduler name and database, and its node name as Quartz instance id, so a run row
 * says which node ran it. A node binds a port of the system's choosing and writes it to a file: a port picked
 * beforehand and bound later may meanwhile be taken by another process.
 */
final class ClusterNode {

    /** The system property naming the file the node's JVM writes its bound port to. */
    private static final String PORT_FILE = "mentormatch.cluster.port-file";
    private static final HttpClient PROBE = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final String name;
    private final String jdbcUrl;
    private final String user;
    private final String adminUsername;
    private final String adminPassword;
    private final Path log;
    private final Path portFile;
    private Process process;
    /** The port the running node bound, read from its port file; a restart binds a new one. */
    private int port;

    /** The main class the node's JVM runs. */
    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(TestApplication.class);
        application.addListeners(new WebServerPortFileWriter(System.getProperty(PORT_FILE)));
        application.run(args);
    }

    /** A node started as a deployment is: with its database role and the first administrator's variables. */
    ClusterNode(String name, String jdbcUrl, String user, String adminUsername, String adminPassword) {
        this.name = name;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
        this.log = Path.of("target", "cluster-" + name + ".log");
        this.portFile = Path.of("target", "cluster-" + name + ".port");
    }

    String name() {
        return name;
    }

    Http http() {
        return new Http(port);
    }

    int port() {
        return port;
    }

    /** Starts the JVM; its output goes to target/cluster-NAME.log, appended across restarts. */
    ClusterNode start() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-D" + PORT_FILE + "=" + portFile.toAbsolutePath(),
                "-cp", System.getProperty("java.class.path"), ClusterNode.class.getName(),
                "--server.port=0",
                "--spring.profiles.active=postgres",
                "--mentormatch.db.url=" + jdbcUrl,
                "--mentormatch.db.user=" + user,
                "--mentormatch.admin.username=" + adminUsername,
                "--mentormatch.admin.password=" + adminPassword,
                "--spring.quartz.scheduler-name=mentormatch-cluster",
                "--spring.quartz.properties.org.quartz.scheduler.instanceId=" + name,
                // a dead node is noticed within seconds instead of the default 7.5 s plus check-in interval
                "--spring.quartz.properties.org.quartz.jobStore.clusterCheckinInterval=1000",
                // one run at a time per node, so that several queued runs must spread over the nodes
                "--spring.quartz.properties.org.quartz.threadPool.threadCount=1",
                // a round of mentoring reminders on demand, on this node (ReminderRoundHook, test class path only)
                "--mentormatch.test.reminder-round-hook=true");
        try {
            Files.createDirectories(log.getParent());
            Files.deleteIfExists(portFile);
            port = 0;
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start node " + name, e);
        }
        return this;
    }

    /** Waits until the node has written its port and answers HTTP on it; fails at once if its JVM exited. */
    ClusterNode awaitUp() {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("node " + name + " exited with " + process.exitValue() + ", see " + log);
            }
            return boundPort() && answers();
        });
        return this;
    }

    /** kill -9: no shutdown hook, no graceful close of connections or of the Quartz scheduler. */
    void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
            }
        }
    }

    private void waitForExit() {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Whether the node has written the port it bound; an empty file is still being written. */
    private boolean boundPort() throws IOException {
        if (port == 0 && Files.exists(portFile)) {
            String written = Files.readString(portFile).strip();
            port = written.isEmpty() ? 0 : Integer.parseInt(written);
        }
        return port != 0;
    }

    private boolean answers() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
                    .timeout(Duration.ofSeconds(2)).build();
            return PROBE.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 401;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
