package io.mentormatch.web.bench;

import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.mentormatch.api.account.NewUser;
import io.mentormatch.api.account.UserAccounts;
import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.cohort.NewCohort;
import io.mentormatch.api.cohort.NewProgram;
import io.mentormatch.api.cohort.ProgramService;
import io.mentormatch.api.access.Role;
import io.mentormatch.api.access.SystemActor;
import io.mentormatch.web.MentorMatchingApplication;

/**
 * The program health dashboard as a director's browser gets it: the web application started on a free port (the
 * test class path's in-memory H2 unless a {@code --spring.datasource.url=...} argument says otherwise), a published
 * cohort of N pairs with M meetings each seeded into it, a director signed in through the login form, then the
 * page {@code GET /cohorts/{id}/health} and its JSON {@code GET /api/cohorts/{id}/health} requested one after the
 * other over real HTTP (java.net.http, one connection, session cookie), after a warm-up. Reports p50, p99 and max
 * per URL and the process CPU time spent. Not a test: run it by hand (docs/benchmarks.md, "Program health
 * dashboard").
 *
 * <p>Arguments: pairs, meetings per pair, timed requests per URL (defaults 2000 10 500), then any Spring
 * arguments.
 */
public final class HealthPageBenchmark {

    private static final String DIRECTOR = "bench.director";
    private static final String PASSWORD = "bench-health-dashboard-2027";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final int WARM_UP = 100;

    private HealthPageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int meetings = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        String[] spring = args.length > 3 ? Arrays.copyOfRange(args, 3, args.length) : new String[0];
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(MentorMatchingApplication.class)
                .properties("server.port=0", "logging.level.root=warn", "spring.quartz.auto-startup=false")
                .run(spring)) {
            long cohortId = seed(app, pairs, meetings);
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            HttpClient browser = signIn(port);
            String page = "http://localhost:" + port + "/cohorts/" + cohortId + "/health";
            String json = "http://localhost:" + port + "/api/cohorts/" + cohortId + "/health";
            String body = get(browser, page, "text/html");
            if (!body.contains("class=\"pairs\">" + pairs + "<")) {
                throw new IllegalStateException("the dashboard does not show " + pairs + " pairs");
            }
            System.out.printf("pairs %d, meetings per pair %d; page %d KB, JSON %d KB%n", pairs, meetings,
                    body.length() / 1024, get(browser, json, "application/json").length() / 1024);
            for (int i = 0; i < WARM_UP; i++) {
                get(browser, page, "text/html");
                get(browser, json, "application/json");
            }
            long cpuBefore = cpuNanos();
            long wallBefore = System.nanoTime();
            long[] pageNanos = new long[requests];
            long[] jsonNanos = new long[requests];
            for (int i = 0; i < requests; i++) {
                pageNanos[i] = timed(browser, page, "text/html");
                jsonNanos[i] = timed(browser, json, "application/json");
            }
            double wall = (System.nanoTime() - wallBefore) / 1e9;
            double cpu = (cpuNanos() - cpuBefore) / 1e9;
            report("GET /cohorts/{id}/health     (HTML)", pageNanos);
            report("GET /api/cohorts/{id}/health (JSON)", jsonNanos);
            System.out.printf("%d requests in %.1f s wall, %.1f s CPU (server and client, one JVM); load average %s%n",
                    2 * requests, wall, cpu, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%s: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", what, sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6, sorted[sorted.length - 1] / 1e6);
    }

    private static long timed(HttpClient browser, String url, String accept) throws Exception {
        long start = System.nanoTime();
        get(browser, url, accept);
        return System.nanoTime() - start;
    }

    private static String get(HttpClient browser, String url, String accept) throws Exception {
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** Signs the director in through the login form, as a browser does: the session cookie stays in the client. */
    private static HttpClient signIn(int port) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String login = "http://localhost:" + port + "/login";
        Matcher token = CSRF.matcher(get(browser, login, "text/html"));
        if (!token.find()) {
            throw new IllegalStateException("the login page carries no CSRF token");
        }
        String form = "username=" + DIRECTOR + "&password=" + PASSWORD + "&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<Void> answer = browser.send(HttpRequest.newBuilder(URI.create(login))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        if (answer.statusCode() != 302 || answer.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("sign-in refused: " + answer.statusCode());
        }
        return browser;
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * The director's program and cohort through the services, then the published year in plain SQL, as the api's
     * HealthBenchmark seeds it: N pairs published 330 days ago, every 10th never met, the others M meetings each.
     */
    private static long seed(ConfigurableApplicationContext app, int pairs, int meetings) {
        long program = SystemActor.call(() -> app.getBean(ProgramService.class).create(new NewProgram("Bench surgery"))).id();
        SystemActor.run(() -> app.getBean(UserAccounts.class).create(
                new NewUser(DIRECTOR, "Dr. Bench", null, PASSWORD, Role.DIRECTOR, program)));
        long cohort = SystemActor.call(() -> app.getBean(CohortService.class).create(new NewCohort(program, "BENCH",
                "Bench cohort", "2026-2027", Instant.now().plus(Duration.ofDays(3)), 7, 5, false, false, null))).id();
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        Instant published = Instant.now().minus(330, ChronoUnit.DAYS);
        List<Object[]> people = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            people.add(new Object[] {cohort, "BR" + i, "Resident " + i});
        }
        jdbc.batchUpdate("""
                insert into resident (cohort_id, code, name, specialty, career_goal, interests, availability, ranking, avoid,
                  open_to_other_specialties) values (?, ?, ?, 'Internal Medicine', 'Cardiology', '[]', '["MON-18"]', '[]', '[]', true)""",
                people);
        people.replaceAll(row -> new Object[] {row[0], "BF" + ((String) row[1]).substring(2), "Dr. " + row[2]});
        jdbc.batchUpdate("""
                insert into mentor (cohort_id, code, name, kind, specialty, interests, availability, capacity, accepting,
                  preferred_residents) values (?, ?, ?, 'FACULTY', 'Cardiology', '[]', '["MON-18"]', 1, true, '[]')""", people);
        jdbc.update("""
                insert into proposal (cohort_id, resident_id, mentor_id, state, pair_score, reasons, sent_at)
                select r.cohort_id, r.id, m.id, 'ACCEPTED', 50, '[]', ? from resident r
                  join mentor m on m.cohort_id = r.cohort_id and m.code = 'BF' || substring(r.code, 3)
                where r.cohort_id = ? and r.code like 'BR%'""", Timestamp.from(published), cohort);
        jdbc.update("insert into publication (cohort_id, published_at, published_by, overrode_open_proposals) values (?, ?, 'bench', false)",
                cohort, Timestamp.from(published));
        jdbc.update("update cohort set state = 'PUBLISHED' where id = ?", cohort);
        List<Long> ids = jdbc.queryForList("select id from proposal where cohort_id = ? order by id", Long.class, cohort);
        List<Object[]> rows = new ArrayList<>();
        LocalDate first = published.atZone(ZoneOffset.UTC).toLocalDate();
        for (int p = 0; p < ids.size(); p++) {
            for (int m = 0; p % 10 != 0 && m < meetings; m++) {
                rows.add(new Object[] {cohort, ids.get(p), Date.valueOf(first.plusDays(5 + (m * 31L + p) % 320)),
                        Timestamp.from(Instant.now())});
            }
        }
        jdbc.batchUpdate("""
                insert into mentoring_meeting (cohort_id, pairing_id, met_on, minutes, format, topics, note, logged_by,
                  logged_by_mentor, logged_at) values (?, ?, ?, 45, 'VIDEO', '["Research"]', 'a private note', 'bench', false, ?)""",
                rows);
        return cohort;
    }
}
