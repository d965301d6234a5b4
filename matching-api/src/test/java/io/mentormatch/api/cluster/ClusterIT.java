package io.mentormatch.api.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import io.mentormatch.api.Http;
import io.mentormatch.api.PostgresDatabase;
import io.mentormatch.api.SignedInSession;
import io.mentormatch.api.TestData;
import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.CohortFile;
import io.mentormatch.core.generate.CohortGenerator;

/**
 * Two instances of the application as separate JVMs on one PostgreSQL database, as in production behind a load
 * balancer: queued runs spread over both and each runs once; a run whose instance is killed mid-solve is run
 * again by the other and no half-written result is ever visible; whatever an instance answered 2xx to survives a
 * kill -9 of that instance; hundreds of concurrent pairing changes and accepts sent to both never overfill a
 * mentor nor give a resident two mentors; of two directors saving the same settings, the second gets 409; an
 * instance that cached a cohort's recommendations serves the change another instance made; and a session open on
 * one instance is refused once the account was disabled or changed through the other; rounds of the mentoring
 * reminders run on both at once queue one mail per event and person. Both start at once on the
 * empty database with the first administrator's variables, and one administrator comes out.
 */
@ExtendWith(PostgresDatabase.class)
class ClusterIT {

    private static final String ADMIN = "cluster-admin";
    private static final int MENTORS = 8;
    private static final int SEATS = 2;
    private static final int RESIDENTS = 14;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static String jdbcUrl;
    private static ClusterNode a;
    private static ClusterNode b;

    @BeforeAll
    static void startCluster() throws SQLException {
        jdbcUrl = PostgresDatabase.create(ClusterIT.class);
        // both started at once on the empty database, each told to create the first administrator
        a = new ClusterNode("node-a", jdbcUrl, PostgresDatabase.user(), ADMIN, TestData.PASSWORD).start();
        b = new ClusterNode("node-b", jdbcUrl, PostgresDatabase.user(), ADMIN, TestData.PASSWORD).start();
        a.awaitUp();
        b.awaitUp();
    }

    @AfterAll
    static void stopCluster() {
        if (a != null) {
            a.stop();
        }
        if (b != null) {
            b.stop();
        }
    }

    @Test
    void createsTheFirstAdministratorOnceThoughBothInstancesStartedWithTheVariables() throws SQLException {
        assertThat(count("select count(*) from app_user where role = 'ADMIN' and username = '" + ADMIN + "'")).isOne();
        assertThat(count("select count(*) from audit_entry where action = 'first-admin-created'")).isOne();
        assertThat(a.http().get(ADMIN, "/api/me").status()).isEqualTo(200);
    }

    @Test
    void runsEachQueuedRunExactlyOnceOnOneOfTheInstances() throws SQLException {
        String director = director();
        List<long[]> runs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ClusterNode node = i % 2 == 0 ? a : b;
            long cohortId = openCohort(node.http(), director, new CohortGenerator(i).generate(80, 30));
            Http.Response started = node.http().post(director, "/api/cohorts/" + cohortId + "/runs",
                    "{\"mode\": \"optimal-load-balanced\", \"timeLimitSeconds\": 3}");
            assertThat(started.status()).isEqualTo(202);
            runs.add(new long[] {cohortId, started.json().get("id").asLong()});
        }

        Set<String> instances = new HashSet<>();
        for (long[] run : runs) {
            String path = "/api/cohorts/" + run[0] + "/runs/" + run[1];
            await().atMost(Duration.ofMinutes(2)).until(() ->
                    b.http().get(director, path).json().get("status").asString().equals("SUCCEEDED"));
            JsonNode view = a.http().get(director, path).json();
            instances.add(view.get("instanceId").asString());
            assertThat(claims(a.http(), director, run[0], run[1])).containsExactly(view.get("instanceId").asString());
            assertThat(actions(a.http(), director, run[0])).filteredOn("run.finished"::equals).hasSize(1);
            int assigned = a.http().get(director, path + "/result").json().get("assignments").size();
            assertThat(a.http().get(director, "/api/cohorts/" + run[0] + "/proposals?size=1000").json()
                    .get("content")).hasSize(assigned);
        }
        assertThat(instances).containsExactlyInAnyOrder("node-a", "node-b");
        assertThat(count("select count(*) from qrtz_fired_triggers where trigger_group = 'matching-runs'")).isZero();
        assertThat(count("select count(*) from qrtz_job_details where job_group = 'matching-runs'")).isZero();
    }

    @Test
    void finishesRunOfKilledInstanceOnTheOtherWithoutShowingHalfAResult() throws SQLException {
        String director = director();
        // spare seats, so load balance leaves the search work to do: a cohort that fills every seat is provably
        // balanced by the exact assignment and its run ends before it can be killed mid-solve
        long cohortId = openCohort(a.http(), director, new CohortGenerator(42).generate(600, 200, 1.6));
        String path = "/api/cohorts/" + cohortId + "/runs/";
        Http.Response started = a.http().post(director, "/api/cohorts/" + cohortId + "/runs",
                "{\"mode\": \"optimal-load-balanced\", \"timeLimitSeconds\": 60}");
        assertThat(started.status()).isEqualTo(202);
        long runId = started.json().get("id").asLong();

        HalfResultWatch halfResults = new HalfResultWatch();
        ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor();
        watcher.scheduleWithFixedDelay(() -> halfResults.check(runId, cohortId), 0, 20, TimeUnit.MILLISECONDS);
        try {
            // mid-solve: the run has been solving for a while on its instance, which has written its progress
            await().atMost(Duration.ofMinutes(1)).until(() -> {
                JsonNode run = a.http().get(director, path + runId).json();
                return run.get("status").asString().equals("RUNNING") && run.get("elapsedMillis").asLong() >= 2000;
            });
            String first = a.http().get(director, path + runId).json().get("instanceId").asString();
            ClusterNode victim = first.equals(a.name()) ? a : b;
            ClusterNode survivor = victim == a ? b : a;
            victim.kill();
            try {
                await().atMost(Duration.ofMinutes(3)).until(() ->
                        survivor.http().get(director, path + runId).json().get("status").asString().equals("SUCCEEDED"));
                assertThat(survivor.http().get(director, path + runId).json().get("instanceId").asString())
                        .isEqualTo(survivor.name());
                assertThat(claims(survivor.http(), director, cohortId, runId)).containsExactly(victim.name(), survivor.name());
                int assigned = survivor.http().get(director, path + runId + "/result").json().get("assignments").size();
                assertThat(assigned).isPositive();
                assertThat(survivor.http().get(director, "/api/cohorts/" + cohortId + "/proposals?size=1000").json()
                        .get("content")).hasSize(assigned);
            } finally {
                victim.start().awaitUp();
            }
        } finally {
            watcher.shutdownNow();
        }
        assertThat(halfResults.checks.get()).isPositive();
        assertThat(halfResults.violations).isEmpty();
    }

    @Test
    void refusesASessionOnOneInstanceOnceAnotherDisabledItsAccountOrChangedItsRole() {
        String mentor = "session-" + tag();
        createUser(a.http(), mentor, "MENTOR", null);
        SignedInSession mentorOnA = SignedInSession.signIn(a.port(), mentor, TestData.PASSWORD);
        assertThat(mentorOnA.get("/api/me").status()).isEqualTo(200);
        assertThat(b.http().mergePatch(ADMIN, "/api/users/" + mentor, "{\"enabled\": false}").status()).isEqualTo(200);
        Http.Response refused = mentorOnA.get("/api/me");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.body()).contains("https://mentormatch.io/problems/session-ended");

        String director = director();
        SignedInSession directorOnA = SignedInSession.signIn(a.port(), director, TestData.PASSWORD);
        assertThat(directorOnA.get("/api/programs").status()).isEqualTo(200);
        assertThat(b.http().mergePatch(ADMIN, "/api/users/" + director, "{\"role\": \"MENTOR\"}").status()).isEqualTo(200);
        assertThat(directorOnA.get("/api/programs").status()).isEqualTo(401);
        assertThat(a.http().get(director, "/api/programs").status()).as("signed in again: a mentor now").isEqualTo(403);
    }

    @Test
    void keepsEveryAnsweredWriteThroughAKillOfTheInstance() {
        String director = director();
        Http admin = a.http();
        String tag = tag();
        String resident = "r-" + tag + "@example.org";
        String mentor = "m-" + tag + "@example.org";
        createUser(admin, resident, "RESIDENT", null);
        createUser(admin, mentor, "MENTOR", null);
        long programId = programOf(director);
        long cohortId = createCohort(admin, director, programId);
        String cohort = "/api/cohorts/" + cohortId;
        importCsv(director, cohort + "/mentors/import", "id,name,email,kind,specialty,interests,availability,capacity,accepting\r\n"
                + "F1,Dr One," + mentor + ",FACULTY,Cardiology,echocardiography,MON-18,1,true\r\n");
        importCsv(director, cohort + "/residents/import", "id,name,email,specialty,careerGoal,interests,availability,openToOtherSpecialties\r\n"
                + "R1,Res One," + resident + ",Cardiology,academic,echocardiography,MON-18,true\r\n");
        assertThat(a.http().post(director, cohort + "/transitions", "{\"to\": \"OPEN_FOR_PREFERENCES\"}").status()).isEqualTo(200);

        long formVersion = a.http().get(resident, cohort + "/residents/R1/preferences").json().get("version").asLong();
        Http.Response saved = a.http().call(HttpMethod.PUT, resident, cohort + "/residents/R1/preferences",
                "{\"version\": %d, \"form\": {\"careerGoal\": \"clinician scientist\", \"ranking\": [\"F1\"]}}".formatted(formVersion));
        assertThat(saved.status()).isEqualTo(200);
        restartAfterKill(a);
        JsonNode form = b.http().get(resident, cohort + "/residents/R1/preferences").json();
        assertThat(form.get("form").get("careerGoal").asString()).isEqualTo("clinician scientist");
        assertThat(form.get("form").get("ranking").get(0).asString()).isEqualTo("F1");

        long runId = b.http().post(director, cohort + "/runs", "{\"mode\": \"optimal-load-balanced\", \"timeLimitSeconds\": 1}").json().get("id").asLong();
        await().atMost(Duration.ofMinutes(1)).until(() ->
                b.http().get(director, cohort + "/runs/" + runId).json().get("status").asString().equals("SUCCEEDED"));
        assertThat(b.http().post(director, cohort + "/proposals/send", null).status()).isEqualTo(200);
        JsonNode proposal = b.http().get(mentor, cohort + "/mentors/F1/proposals").json().get(0);
        Http.Response accepted = b.http().post(mentor, cohort + "/proposals/" + proposal.get("id").asLong() + "/accept",
                "{\"version\": %d}".formatted(proposal.get("version").asLong()));
        assertThat(accepted.status()).isEqualTo(200);
        restartAfterKill(b);
        assertThat(a.http().get(mentor, cohort + "/mentors/F1/proposals").json().get(0).get("state").asString())
                .isEqualTo("ACCEPTED");

        Http.Response published = a.http().post(director, cohort + "/publication", "{\"override\": false}");
        assertThat(published.status()).isEqualTo(200);
        restartAfterKill(a);
        assertThat(b.http().get(director, cohort).json().get("state").asString()).isEqualTo("PUBLISHED");
        assertThat(b.http().get(resident, cohort + "/residents/R1/pairing").json().get("mentor").asString()).isEqualTo("F1");
    }

    @Test
    void keepsCapacityUnderHundredsOfConcurrentRequestsToBothInstances() throws Exception {
        String director = director();
        Http admin = a.http();
        String tag = tag();
        StringBuilder mentorCsv = new StringBuilder("id,name,email,kind,specialty,interests,availability,capacity,accepting\r\n");
        List<String> mentors = new ArrayList<>();
        for (int m = 1; m <= MENTORS; m++) {
            String account = "m" + m + "-" + tag + "@example.org";
            createUser(admin, account, "MENTOR", null);
            mentors.add(account);
            mentorCsv.append("F%d,Mentor %d,%s,FACULTY,Cardiology,research,MON-18,%d,true\r\n".formatted(m, m, account, SEATS));
        }
        StringBuilder residentCsv = new StringBuilder("id,name,email,specialty,careerGoal,interests,availability,openToOtherSpecialties\r\n");
        for (int r = 1; r <= RESIDENTS; r++) {
            residentCsv.append("R%d,Resident %d,,Cardiology,academic,research,MON-18,true\r\n".formatted(r, r));
        }
        long cohortId = createCohort(admin, director, programOf(director));
        String cohort = "/api/cohorts/" + cohortId;
        importCsv(director, cohort + "/mentors/import", mentorCsv.toString());
        importCsv(director, cohort + "/residents/import", residentCsv.toString());
        assertThat(admin.post(director, cohort + "/transitions", "{\"to\": \"OPEN_FOR_PREFERENCES\"}").status()).isEqualTo(200);
        long runId = admin.post(director, cohort + "/runs", "{\"mode\": \"optimal-load-balanced\", \"timeLimitSeconds\": 1}").json().get("id").asLong();
        await().atMost(Duration.ofMinutes(1)).until(() ->
                admin.get(director, cohort + "/runs/" + runId).json().get("status").asString().equals("SUCCEEDED"));
        assertThat(admin.post(director, cohort + "/proposals/send", null).status()).isEqualTo(200);

        // every request alone is legal when it is sent; together they would overfill mentors and double-book residents
        Random random = new Random(7);
        List<Callable<List<Integer>>> work = new ArrayList<>();
        for (int i = 0; i < 240; i++) {
            Http http = i % 2 == 0 ? a.http() : b.http();
            String resident = "R" + (1 + random.nextInt(RESIDENTS));
            String change = i % 4 == 3
                    ? "{\"kind\": \"SWAP\", \"resident\": \"%s\", \"otherResident\": \"R%d\"}".formatted(resident, 1 + random.nextInt(RESIDENTS))
                    : "{\"kind\": \"REASSIGN\", \"resident\": \"%s\", \"mentor\": \"F%d\"}".formatted(resident, 1 + random.nextInt(MENTORS));
            work.add(() -> List.of(http.post(director, cohort + "/pairing-changes", change).status()));
        }
        for (int i = 0; i < 120; i++) {
            Http http = i % 2 == 0 ? b.http() : a.http();
            int m = 1 + i % MENTORS;
            String mentor = mentors.get(m - 1);
            work.add(() -> acceptInbox(http, mentor, cohort, "F" + m));
        }
        Collections.shuffle(work, random);
        List<Integer> statuses = fireAtOnce(work);

        assertThat(statuses).hasSizeGreaterThanOrEqualTo(work.size()).allMatch(status -> status < 500).contains(200, 409);
        try (Connection db = connection()) {
            assertThat(counts(db, """
                    select m.code, count(p.id) - m.capacity from mentor m
                    left join proposal p on p.mentor_id = m.id and p.superseded_at is null and p.state <> 'DECLINED'
                    where m.cohort_id = ? group by m.code, m.capacity""", cohortId))
                    .as("mentees beyond capacity per mentor").allSatisfy((code, over) -> assertThat(over).isNotPositive());
            assertThat(counts(db, """
                    select r.code, count(p.id) from resident r
                    left join proposal p on p.resident_id = r.id and p.superseded_at is null and p.state <> 'DECLINED'
                    where r.cohort_id = ? group by r.code""", cohortId))
                    .as("current mentors per resident").hasSize(RESIDENTS).allSatisfy((code, live) -> assertThat(live).isEqualTo(1L));
            assertThat(counts(db, """
                    select r.code, count(p.id) from resident r
                    join proposal p on p.resident_id = r.id and p.state = 'ACCEPTED'
                    where r.cohort_id = ? group by r.code""", cohortId))
                    .as("accepted mentors per resident").isNotEmpty().allSatisfy((code, accepted) -> assertThat(accepted).isEqualTo(1L));
        }
    }

    @Test
    void recommendsOnOneInstanceWhatAFormSavedThroughTheOtherAllows() {
        String director = director();
        String resident = "r-" + tag() + "@example.org";
        createUser(a.http(), resident, "RESIDENT", null);
        long cohortId = createCohort(a.http(), director, programOf(director));
        String cohort = "/api/cohorts/" + cohortId;
        importCsv(director, cohort + "/mentors/import", "id,name,email,kind,specialty,interests,availability,capacity,accepting\r\n"
                + "F1,Dr One,,FACULTY,Cardiology,echocardiography,MON-18,1,true\r\n"
                + "F2,Dr Two,,FACULTY,Pediatrics,asthma,TUE-07,1,true\r\n");
        importCsv(director, cohort + "/residents/import", "id,name,email,specialty,careerGoal,interests,availability,openToOtherSpecialties\r\n"
                + "R1,Res One," + resident + ",Cardiology,academic,echocardiography,MON-18,true\r\n");
        assertThat(a.http().post(director, cohort + "/transitions", "{\"to\": \"OPEN_FOR_PREFERENCES\"}").status()).isEqualTo(200);
        String recommendations = cohort + "/residents/R1/recommendations";
        assertThat(b.http().get(resident, recommendations).json().get(0).get("mentorId").asString()).isEqualTo("F1");

        long formVersion = a.http().get(resident, cohort + "/residents/R1/preferences").json().get("version").asLong();
        Http.Response saved = a.http().call(HttpMethod.PUT, resident, cohort + "/residents/R1/preferences",
                "{\"version\": %d, \"form\": {\"careerGoal\": \"academic\", \"avoid\": [\"F1\"], \"openToOtherSpecialties\": true}}"
                        .formatted(formVersion));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);

        JsonNode afterwards = b.http().get(resident, recommendations).json();
        assertThat(afterwards.size()).isEqualTo(1);
        assertThat(afterwards.get(0).get("mentorId").asString()).isEqualTo("F2");
    }

    @Test
    void refusesTheSecondOfTwoDirectorsSavingTheSameSettingsWithWhatChanged() {
        String first = director();
        String second = "director-" + tag();
        long programId = programOf(first);
        createUser(a.http(), second, "DIRECTOR", programId);
        long cohortId = createCohort(a.http(), first, programId);
        String path = "/api/cohorts/" + cohortId;
        ObjectNode read = (ObjectNode) a.http().get(first, path).json();
        List.of("id", "programId", "code", "state").forEach(read::remove);

        Http.Response saved = a.http().call(HttpMethod.PUT, first, path + "/settings", read.deepCopy().put("name", "Renamed by the first").toString());
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        Http.Response refused = b.http().call(HttpMethod.PUT, second, path + "/settings", read.deepCopy().put("responseWindowDays", 3).toString());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("currentVersion").asLong()).isEqualTo(saved.json().get("version").asLong());
        assertThat(refused.json().get("changes").toString()).contains("name", "Renamed by the first");
        JsonNode stored = b.http().get(second, path).json();
        assertThat(stored.get("name").asString()).isEqualTo("Renamed by the first");
        assertThat(stored.get("responseWindowDays").asInt()).isEqualTo(read.get("responseWindowDays").asInt());
    }

    @Test
    void sendsEachMentoringReminderOnceThoughBothInstancesRunTheRoundAtOnce() throws Exception {
        String director = director();
        long programId = programOf(director);
        String tag = tag();
        String secondDirector = "director-" + tag;
        createUser(a.http(), secondDirector, "DIRECTOR", programId, "d2-" + tag + "@example.org");
        assertThat(a.http().mergePatch(ADMIN, "/api/users/" + director, "{\"email\": \"d1-%s@example.org\"}".formatted(tag))
                .status()).isEqualTo(200);
        long cohortId = createCohort(a.http(), director, programId);
        String cohort = "/api/cohorts/" + cohortId;
        StringBuilder mentorCsv = new StringBuilder("id,name,email,kind,specialty,interests,availability,capacity,accepting\r\n");
        StringBuilder residentCsv = new StringBuilder("id,name,email,specialty,careerGoal,interests,availability,openToOtherSpecialties\r\n");
        for (int i = 1; i <= 3; i++) {
            mentorCsv.append("F%d,Mentor %d,m%d-%s@example.org,FACULTY,Cardiology,research,MON-18,1,true\r\n".formatted(i, i, i, tag));
            residentCsv.append("R%d,Resident %d,r%d-%s@example.org,Cardiology,academic,research,MON-18,true\r\n".formatted(i, i, i, tag));
        }
        importCsv(director, cohort + "/mentors/import", mentorCsv.toString());
        importCsv(director, cohort + "/residents/import", residentCsv.toString());
        assertThat(a.http().post(director, cohort + "/transitions", "{\"to\": \"OPEN_FOR_PREFERENCES\"}").status()).isEqualTo(200);
        long runId = a.http().post(director, cohort + "/runs", "{\"mode\": \"optimal\", \"timeLimitSeconds\": 1}").json().get("id").asLong();
        await().atMost(Duration.ofMinutes(1)).until(() ->
                a.http().get(director, cohort + "/runs/" + runId).json().get("status").asString().equals("SUCCEEDED"));
        assertThat(a.http().post(director, cohort + "/proposals/send", null).status()).isEqualTo(200);
        Http.Response published = a.http().post(director, cohort + "/publication",
                "{\"override\": true, \"reason\": \"the reminders are under test, not the answers\"}");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        // 120 days into the year: R1 met 11 weeks ago (due in a week), R2 13 weeks ago (overdue), R3 never (at risk)
        Instant now = Instant.now();
        Map<String, String> expected = new HashMap<>();
        try (Connection db = connection()) {
            update(db, "update publication set published_at = ? where cohort_id = ?", java.sql.Timestamp.from(now.minus(120, ChronoUnit.DAYS)), cohortId);
            update(db, "update proposal set sent_at = ? where cohort_id = ? and sent_at is not null", java.sql.Timestamp.from(now.minus(130, ChronoUnit.DAYS)), cohortId);
            met(db, cohortId, "R1", now.minus(77, ChronoUnit.DAYS));
            met(db, cohortId, "R2", now.minus(91, ChronoUnit.DAYS));
            try (PreparedStatement pairs = db.prepareStatement("""
                    select r.code, r.email, m.email from proposal p join resident r on r.id = p.resident_id
                    join mentor m on m.id = p.mentor_id where p.cohort_id = ? and p.superseded_at is null""")) {
                pairs.setLong(1, cohortId);
                try (ResultSet rs = pairs.executeQuery()) {
                    while (rs.next()) {
                        String event = switch (rs.getString(1)) {
                            case "R1" -> "meeting-due";
                            case "R2" -> "meeting-overdue";
                            default -> null;
                        };
                        if (event != null) {
                            expected.put(event + " " + rs.getString(2), "1");
                            expected.put(event + " " + rs.getString(3), "1");
                        }
                    }
                }
            }
        }
        expected.put("pairing-at-risk d1-" + tag + "@example.org", "1");
        expected.put("pairing-at-risk d2-" + tag + "@example.org", "1");

        // three rounds on each instance, all released at the same moment; signed in once per instance, as parallel
        // password checks of one account would count as guesses
        List<SignedInSession> sessions = List.of(SignedInSession.signIn(a.port(), ADMIN, TestData.PASSWORD),
                SignedInSession.signIn(b.port(), ADMIN, TestData.PASSWORD));
        // signing in clears the session's CSRF token; the first page makes a new one, and three rounds making theirs
        // at once on one session would leave two of them with a replaced token (403)
        sessions.forEach(session -> session.get("/login"));
        List<Callable<List<Integer>>> rounds = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            SignedInSession session = sessions.get(i % 2);
            rounds.add(() -> {
                Http.Response round = session.post("/api/test/reminder-round", "{}");
                assertThat(round.status()).as(round.body()).isEqualTo(200);
                return List.of(Integer.parseInt(round.body().strip()));
            });
        }
        List<Integer> claimed = fireAtOnce(rounds);

        Map<String, String> outbox = new HashMap<>();
        try (Connection db = connection(); PreparedStatement mails = db.prepareStatement(
                """
                select template, recipient, count(*) from notification where cohort_id = ?
                and template in ('meeting-due', 'meeting-overdue', 'pairing-at-risk') group by template, recipient""")) {
            mails.setLong(1, cohortId);
            try (ResultSet rs = mails.executeQuery()) {
                while (rs.next()) {
                    outbox.put(rs.getString(1) + " " + rs.getString(2), String.valueOf(rs.getLong(3)));
                }
            }
        }
        assertThat(outbox).as("mails in the outbox per (event, person)").containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(count("select count(*) from mentoring_reminder r join proposal p on p.id = r.pairing_id where p.cohort_id = "
                + cohortId)).isEqualTo(3);
        // other tests' published cohorts may have events of their own: this cohort's three are at most all of them
        assertThat(claimed.stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(3);
    }

    /** The mentor reads their inbox and accepts every open proposal in it, as a mentor clicking through would. */
    private static List<Integer> acceptInbox(Http http, String mentor, String cohort, String code) {
        List<Integer> statuses = new ArrayList<>();
        Http.Response inbox = http.get(mentor, cohort + "/mentors/" + code + "/proposals");
        statuses.add(inbox.status());
        if (inbox.status() == 200) {
            for (JsonNode proposal : inbox.json()) {
                if (proposal.get("state").asString().equals("PROPOSED")) {
                    statuses.add(http.post(mentor, cohort + "/proposals/" + proposal.get("id").asLong() + "/accept",
                            "{\"version\": %d}".formatted(proposal.get("version").asLong())).status());
                }
            }
        }
        return statuses;
    }

    private static List<Integer> fireAtOnce(List<Callable<List<Integer>>> work) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(48);
        try {
            List<Future<List<Integer>>> outcomes = new ArrayList<>();
            for (Callable<List<Integer>> task : work) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<List<Integer>> outcome : outcomes) {
                statuses.addAll(outcome.get(3, TimeUnit.MINUTES));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, Long> counts(Connection db, String sql, long cohortId) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setLong(1, cohortId);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return counts;
    }

    /** Kills the node the moment it answered, then starts it again so that the next test has two nodes. */
    private static void restartAfterKill(ClusterNode node) {
        node.kill();
        node.start().awaitUp();
    }

    private static String director() {
        Http admin = a.http();
        long programId = admin.post(ADMIN, "/api/programs", "{\"name\": \"Program %s\"}".formatted(tag())).json().get("id").asLong();
        String director = "director-" + tag();
        createUser(admin, director, "DIRECTOR", programId);
        return director;
    }

    private static long programOf(String director) {
        return a.http().get(director, "/api/programs").json().get(0).get("id").asLong();
    }

    private static void createUser(Http admin, String username, String role, Long programId) {
        createUser(admin, username, role, programId, null);
    }

    private static void createUser(Http admin, String username, String role, Long programId, String email) {
        Http.Response created = admin.post(ADMIN, "/api/users",
                "{\"username\": \"%s\", \"displayName\": \"%s\", \"password\": \"%s\", \"role\": \"%s\", \"programId\": %s, \"email\": %s}"
                        .formatted(username, username, TestData.PASSWORD, role, programId, email == null ? "null" : "\"" + email + "\""));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private static long createCohort(Http http, String director, long programId) {
        Http.Response created = http.post(director, "/api/cohorts",
                "{\"programId\": %d, \"code\": \"C-%s\", \"name\": \"Cohort\", \"academicYear\": \"2027-2028\", \"preferenceDeadline\": \"%s\"}"
                        .formatted(programId, tag(), Instant.now().plus(30, ChronoUnit.DAYS)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    /** A draft cohort of the director's program with this roster, opened for preferences. */
    private static long openCohort(Http http, String director, Cohort roster) {
        long cohortId = createCohort(http, director, programOf(director));
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        // load balance on: the local search then runs for a good part of the time limit
        CohortFile.write(roster.withWeights(roster.weights().withLoadBalance(5)), file);
        Http.Response imported = http.call(HttpMethod.PUT, director, "/api/cohorts/" + cohortId + "/file", file.toString());
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(http.post(director, "/api/cohorts/" + cohortId + "/transitions", "{\"to\": \"OPEN_FOR_PREFERENCES\"}")
                .status()).isEqualTo(200);
        return cohortId;
    }

    private static void importCsv(String director, String path, String csv) {
        Http.Response imported = a.http().csv(director, path, csv);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    }

    /** The instances that claimed the run, in order: one entry per execution. */
    private static List<String> claims(Http http, String director, long cohortId, long runId) {
        List<String> instances = new ArrayList<>();
        http.get(director, "/api/cohorts/" + cohortId + "/audit?size=200").json().get("content").forEach(e -> {
            if (e.get("action").asString().equals("run.claimed") && e.get("entityId").asString().equals(String.valueOf(runId))) {
                instances.add(JSON.readTree(e.get("after").asString()).get("instanceId").asString());
            }
        });
        return instances;
    }

    private static List<String> actions(Http http, String director, long cohortId) {
        List<String> actions = new ArrayList<>();
        http.get(director, "/api/cohorts/" + cohortId + "/audit?size=200").json().get("content")
                .forEach(e -> actions.add(e.get("action").asString()));
        return actions;
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static long count(String sql) throws SQLException {
        try (Connection db = connection(); ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void update(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            assertThat(statement.executeUpdate()).as(sql).isPositive();
        }
    }

    /** A meeting of the resident's current pairing on that day, as the pair would have logged it. */
    private static void met(Connection db, long cohortId, String resident, Instant on) throws SQLException {
        update(db, """
                insert into mentoring_meeting (cohort_id, pairing_id, met_on, minutes, format, topics, logged_by, logged_by_mentor, logged_at)
                select p.cohort_id, p.id, ?, 30, 'PHONE', '[]', 'cluster-it', false, ? from proposal p
                join resident r on r.id = p.resident_id where p.cohort_id = ? and r.code = ? and p.superseded_at is null""",
                java.sql.Date.valueOf(on.atZone(java.time.ZoneOffset.UTC).toLocalDate()), java.sql.Timestamp.from(on), cohortId, resident);
    }

    private static Connection connection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, PostgresDatabase.user(), "");
    }

    /**
     * Reads the run and the cohort's proposals in one statement, hence one snapshot, the way any reader would:
     * a SUCCEEDED run must come with its whole result and its proposals.
     */
    private static final class HalfResultWatch {

        final AtomicInteger checks = new AtomicInteger();
        final ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();

        void check(long runId, long cohortId) {
            try (Connection db = connection(); PreparedStatement query = db.prepareStatement("""
                    select r.status, r.result_json is not null, r.pair_score_sum is not null,
                           (select count(*) from proposal p where p.cohort_id = ? and p.run_id = r.id)
                    from matching_run r where r.id = ?""")) {
                query.setLong(1, cohortId);
                query.setLong(2, runId);
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    boolean succeeded = rs.getString(1).equals("SUCCEEDED");
                    boolean complete = rs.getBoolean(2) && rs.getBoolean(3) && rs.getLong(4) > 0;
                    if (succeeded != complete) {
                        violations.add(rs.getString(1) + " with result " + rs.getBoolean(2) + " and "
                                + rs.getLong(4) + " proposals");
                    }
                    checks.incrementAndGet();
                }
            } catch (SQLException e) {
                violations.add(e.getMessage());
            }
        }
    }
}
