package io.mentormatch.web.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.mentormatch.api.account.NewUser;
import io.mentormatch.api.account.UserAccounts;
import io.mentormatch.api.access.Role;
import io.mentormatch.api.access.SystemActor;
import io.mentormatch.web.MentorMatchingApplication;

/**
 * What signing an API request in costs (issue 19, finding 10): the web application started on a free port (the test
 * class path's in-memory H2), one account, and {@code GET /api/me} sent N times with HTTP Basic (a BCrypt check per
 * request) and N times with a personal API token (a SHA-256 and one indexed read), alternating, each over its own
 * java.net.http connection, after a warm-up. Reports p50, p99 and mean per way and the process CPU time each took
 * (server and client share the JVM). The rate limits are lifted for the run. Not a test: run it by hand
 * (docs/benchmarks.md, "Signing API requests in").
 *
 * <p>Arguments: timed requests per way (default 300), then any Spring arguments.
 */
public final class ApiAuthBenchmark {

    private static final String USER = "bench.client";
    private static final String PASSWORD = "bench-api-client-2027";
    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");
    private static final int WARM_UP = 50;

    private ApiAuthBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        String[] spring = args.length > 1 ? Arrays.copyOfRange(args, 1, args.length) : new String[0];
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(MentorMatchingApplication.class)
                .properties("server.port=0", "logging.level.root=warn", "spring.quartz.auto-startup=false",
                        "mentormatch.rate-limit.reads-per-minute=100000000",
                        "mentormatch.rate-limit.writes-per-minute=100000000")
                .run(spring)) {
            SystemActor.run(() -> app.getBean(UserAccounts.class).create(
                    new NewUser(USER, "Bench client", null, PASSWORD, Role.MENTOR, null)));
            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            String basic = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            HttpClient basicClient = HttpClient.newHttpClient();
            HttpClient bearerClient = HttpClient.newHttpClient();
            HttpResponse<String> created = basicClient.send(HttpRequest.newBuilder(URI.create(base + "/api/me/tokens"))
                    .header("Authorization", basic).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"bench\", \"scope\": \"read\", \"expiresInDays\": 1}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            Matcher token = TOKEN.matcher(created.body());
            if (created.statusCode() != 201 || !token.find()) {
                throw new IllegalStateException("no token: " + created.statusCode() + " " + created.body());
            }
            String bearer = "Bearer " + token.group(1);
            String me = base + "/api/me";
            for (int i = 0; i < WARM_UP; i++) {
                timed(basicClient, me, basic);
                timed(bearerClient, me, bearer);
            }
            long[] basicNanos = new long[requests];
            long[] bearerNanos = new long[requests];
            long basicCpu = 0;
            long bearerCpu = 0;
            for (int i = 0; i < requests; i++) {
                long cpu = cpuNanos();
                basicNanos[i] = timed(basicClient, me, basic);
                long between = cpuNanos();
                bearerNanos[i] = timed(bearerClient, me, bearer);
                basicCpu += between - cpu;
                bearerCpu += cpuNanos() - between;
            }
            report("HTTP Basic (BCrypt)  ", basicNanos, basicCpu);
            report("Bearer token (SHA-256)", bearerNanos, bearerCpu);
            System.out.printf("load average %s, %d cores%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
        }
    }

    private static void report(String what, long[] nanos, long cpuNanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%s: p50 %.2f ms, p99 %.2f ms, mean %.2f ms, CPU %.2f ms per request (%d requests)%n", what,
                sorted[sorted.length / 2] / 1e6, sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6,
                Arrays.stream(nanos).average().orElse(0) / 1e6, cpuNanos / 1e6 / nanos.length, nanos.length);
    }

    private static long timed(HttpClient client, String url, String authorization) throws Exception {
        long start = System.nanoTime();
        HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization)
                .build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return System.nanoTime() - start;
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
