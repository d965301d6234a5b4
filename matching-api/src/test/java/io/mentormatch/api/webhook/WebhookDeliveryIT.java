package io.mentormatch.api.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.mentormatch.api.Http;
import io.mentormatch.api.Pairings;
import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.cohort.CohortState;
import io.mentormatch.api.notification.ProgramNotice;
import io.mentormatch.api.survey.SurveyClosingNotices;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/**
 * Teams and Slack notices over real HTTPS: a local server (OkHttp's MockWebServer, with a certificate the application
 * trusts through an SSL bundle) stands in for Slack and Teams, on the one host the allow-list lets through here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "mentormatch.webhooks.allowed-hosts=localhost,hooks.slack.com,*.webhook.office.com",
        "mentormatch.webhooks.ssl-bundle=webhook-test",
        "mentormatch.webhooks.max-attempts=3",
        "mentormatch.webhooks.retry-pause=100ms"})
class WebhookDeliveryIT {

    private static final HeldCertificate LOCALHOST = new HeldCertificate.Builder().addSubjectAlternativeName("localhost")
            .build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void trustTheLocalServer(DynamicPropertyRegistry registry) {
        registry.add("spring.ssl.bundle.pem.webhook-test.truststore.certificate", LOCALHOST::certificatePem);
    }

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    Pairings pairings;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    SurveyClosingNotices closing;

    private final MockWebServer server = new MockWebServer();
    private Http http;
    private World world;

    @BeforeEach
    void start() throws Exception {
        server.useHttps(new HandshakeCertificates.Builder().heldCertificate(LOCALHOST).build().sslSocketFactory(), false);
        server.start();
        http = new Http(port);
        world = data.world(CohortState.MATCHING);
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    @Test
    void storesTheAddressEncryptedShowsItMaskedAndPostsATestMessageAsBlockKit() throws Exception {
        String secret = "XoXo" + UUID.randomUUID().toString().replace("-", "");
        String url = address("/services/T0001/B0001/" + secret);
        Http.Response saved = save(world, "SLACK", url, "[\"DECLINE\", \"RUN_FINISHED\"]");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.body()).doesNotContain(secret).doesNotContain("/services/T0001");
        assertThat(saved.json().get("maskedUrl").asString()).isEqualTo("https://localhost:" + server.getPort() + "/…"
                + secret.substring(secret.length() - 4));
        assertThat(everyColumnOf("program_webhook", world.programId())).doesNotContain(secret).doesNotContain("T0001");
        assertThat(everyColumnOfAuditEntries()).doesNotContain(secret);

        server.enqueue(new MockResponse().setBody("ok"));
        Http.Response test = http.post(world.director(), webhook(world) + "/test", null);
        assertThat(test.status()).as(test.body()).isEqualTo(202);

        RecordedRequest posted = server.takeRequest(10, TimeUnit.SECONDS);
        assertThat(posted).isNotNull();
        assertThat(posted.getPath()).isEqualTo("/services/T0001/B0001/" + secret);
        assertThat(posted.getHeader("Content-Type")).startsWith("application/json");
        JsonNode slack = JSON.readTree(posted.getBody().readUtf8());
        assertThat(slack.get("text").asString()).startsWith("Test message from Mentor matching");
        assertThat(slack.get("blocks").get(0).get("type").asString()).isEqualTo("header");
        assertThat(slack.get("blocks").get(0).get("text").get("type").asString()).isEqualTo("plain_text");
        assertThat(slack.get("blocks").get(1).get("type").asString()).isEqualTo("section");
        assertThat(slack.get("blocks").get(2).get("elements").get(0).get("url").asString()).endsWith("/dashboard");
        JsonNode line = awaitLog(world, "DELIVERED");
        assertThat(line.get("event").asString()).isEqualTo("TEST_MESSAGE");
        assertThat(line.get("attempts").asInt()).isEqualTo(1);
        assertThat(line.get("lastError").isNull()).isTrue();
    }

    @Test
    void postsEachChosenEventAsAnAdaptiveCardNamingPeopleButNeverWhy() throws Exception {
        assertThat(save(world, "TEAMS", address("/workflows/abc/triggers/manual/paths/invoke"),
                "[\"PAIRING_AT_RISK\", \"CHANGE_REQUEST\", \"DECLINE\", \"RUN_FINISHED\"]").status()).isEqualTo(200);
        server.setDispatcher(always(202));
        String cohortName = "Cohort " + world.cohortId();

        notice(new ProgramNotice.PairingAtRisk(world.programId(), world.cohortId(), cohortName, "Ana Ruiz", "Dr. Chen"));
        assertCard(server.takeRequest(10, TimeUnit.SECONDS), "A pairing is at risk in " + cohortName,
                "The pairing of Ana Ruiz with Dr. Chen is at risk.", "/cohorts/" + world.cohortId() + "/health");
        notice(new ProgramNotice.RunFinished(world.programId(), world.cohortId(), cohortName, true));
        assertCard(server.takeRequest(10, TimeUnit.SECONDS), "Matching finished for " + cohortName,
                "finished with a result to review", "/cohorts/" + world.cohortId() + "/runs");
        notice(new ProgramNotice.RunFinished(world.programId(), world.cohortId(), cohortName, false));
        assertCard(server.takeRequest(10, TimeUnit.SECONDS), "Matching failed for " + cohortName,
                "ended without a result", "/runs");

        // the decline and the change request from where they happen, through the API
        String cohort = "/api/cohorts/" + world.cohortId();
        pairings.proposed(world);
        JsonNode inbox = http.get(world.mentor1(), cohort + "/mentors/F1/proposals").json();
        Http.Response declined = http.post(world.mentor1(), cohort + "/proposals/" + inbox.get(0).get("id").asLong()
                + "/decline", "{\"version\": %d, \"reason\": \"I supervise this resident\"}"
                .formatted(inbox.get(0).get("version").asLong()));
        assertThat(declined.status()).as(declined.body()).isEqualTo(200);
        String decline = assertCard(server.takeRequest(10, TimeUnit.SECONDS), "A proposal was declined in",
                "Dr. F1 declined to mentor Resident R1.", "/cohorts/" + world.cohortId() + "/proposals");
        assertThat(decline).as("the mentor's reason stays in the app").doesNotContain("supervise");

        World published = data.world(CohortState.MATCHING);
        assertThat(save(published, "TEAMS", address("/workflows/published"), "[\"CHANGE_REQUEST\"]").status()).isEqualTo(200);
        Pairings.Stage stage = pairings.published(published);
        Http.Response asked = http.post(published.resident1(), "/api/cohorts/" + published.cohortId() + "/pairings/"
                + stage.proposalR1() + "/change-requests", "{\"reason\": \"We never find a time to meet\"}");
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        String change = assertCard(server.takeRequest(10, TimeUnit.SECONDS), "Change of mentor requested in",
                "for the pairing of Resident R1 with Dr. F1.", "/cohorts/" + published.cohortId() + "/change-requests");
        assertThat(change).doesNotContain("never find a time");
    }

    @Test
    void postsOnlyTheEventsTheDirectorChose() throws Exception {
        assertThat(save(world, "SLACK", address("/services/chosen"), "[\"RUN_FINISHED\"]").status()).isEqualTo(200);
        server.setDispatcher(always(200));

        notice(new ProgramNotice.PairingAtRisk(world.programId(), world.cohortId(), "C", "Ana Ruiz", "Dr. Chen"));
        notice(new ProgramNotice.RunFinished(world.programId(), world.cohortId(), "C", true));

        JsonNode slack = JSON.readTree(server.takeRequest(10, TimeUnit.SECONDS).getBody().readUtf8());
        assertThat(slack.get("text").asString()).startsWith("Matching finished for C");
        assertThat(deliveries(world)).as("the at-risk notice queued nothing").isEqualTo(1);
    }

    @Test
    void triesAgainAfterA500AndLogsTheFirstFailure() throws Exception {
        save(world, "SLACK", address("/services/flaky"), "[]");
        server.enqueue(new MockResponse().setResponseCode(500));
        server.enqueue(new MockResponse().setBody("ok"));

        assertThat(http.post(world.director(), webhook(world) + "/test", null).status()).isEqualTo(202);

        JsonNode line = awaitLog(world, "DELIVERED");
        assertThat(line.get("attempts").asInt()).isEqualTo(2);
        assertThat(line.get("lastError").asString()).isEqualTo("Slack answered 500: a problem on its side.");
        assertThat(server.getRequestCount()).isEqualTo(2);
        String first = server.takeRequest().getBody().readUtf8();
        assertThat(server.takeRequest().getBody().readUtf8()).as("the same message again").isEqualTo(first);
    }

    @Test
    void givesUpAfterTheLastAttemptOnA404AndTheDirectorSeesWhy() {
        save(world, "TEAMS", address("/workflows/removed"), "[]");
        server.setDispatcher(always(404));

        http.post(world.director(), webhook(world) + "/test", null);

        JsonNode line = awaitLog(world, "GAVE_UP");
        assertThat(line.get("attempts").asInt()).isEqualTo(3);
        assertThat(line.get("lastError").asString())
                .isEqualTo("Teams answered 404: the address does not exist (the webhook or workflow may have been removed).");
        assertThat(line.get("finishedAt").isNull()).isFalse();
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void tellsOnceThatASurveyWindowClosesWithCountsThatSingleNobodyOut() throws Exception {
        // published six months less a day ago: the first-meeting window of both pairs (four answers asked, none given)
        // closes in a day, when the mid-year survey opens
        Instant published = Instant.now().atZone(ZoneOffset.UTC).minusMonths(6).plusDays(1).toInstant();
        World quiet = data.world(CohortState.MATCHING);
        pairings.publishedAt(quiet, published);
        World small = data.world(CohortState.MATCHING);
        long r1 = pairings.publishedAt(small, published).proposalR1();
        assertThat(http.post(small.resident1(), "/api/surveys/" + r1 + "-first-meeting/responses", "{\"score\": 4}")
                .status()).isEqualTo(201);
        save(quiet, "TEAMS", address("/workflows/quiet"), "[\"SURVEY_CLOSING\"]");
        save(small, "SLACK", address("/services/small"), "[\"SURVEY_CLOSING\"]");
        server.setDispatcher(always(200));

        assertThat(closing.tellClosingWindows()).isGreaterThanOrEqualTo(2);
        assertThat(closing.tellClosingWindows()).as("a window is told once").isZero();

        String quietName = jdbc.queryForObject("select name from cohort where id = ?", String.class, quiet.cohortId());
        List<RecordedRequest> posted = List.of(server.takeRequest(10, TimeUnit.SECONDS),
                server.takeRequest(10, TimeUnit.SECONDS));
        RecordedRequest teams = posted.stream().filter(r -> r.getPath().equals("/workflows/quiet")).findFirst().orElseThrow();
        String card = assertCard(teams, "The first-meeting survey of " + quietName + " closes soon",
                "The first-meeting survey of " + quietName + " closes on ", "/cohorts/" + quiet.cohortId() + "/surveys");
        assertThat(card).contains(": 0 of 4 answered.");
        String slack = posted.stream().filter(r -> r.getPath().equals("/services/small")).findFirst().orElseThrow()
                .getBody().readUtf8();
        assertThat(JSON.readTree(slack).get("blocks").get(1).get("text").get("text").asString())
                .as("one answer of four would point at its author").doesNotContain("of 4").doesNotContain("answered")
                .endsWith("The counts are left out while they are few enough to point at one person.")
                .doesNotContain("Resident R1");
        assertThat(deliveries(quiet)).isEqualTo(1);
        assertThat(deliveries(small)).isEqualTo(1);
    }

    @Test
    void refusesPlainHttpAndHostsOffTheAllowListWithAFieldMessage() {
        for (String refused : List.of("http://hooks.slack.com/services/T/B/x", "https://169.254.169.254/latest/meta-data",
                "https://127.0.0.1:" + server.getPort() + "/x", "https://hooks.slack.com.attacker.example/services/x",
                "https://webhook.office.com/x", "https://someone@hooks.slack.com/services/x", "not an address",
                "file:///etc/passwd")) {
            Http.Response answer = save(world, "SLACK", refused, "[]");
            assertThat(answer.status()).as(refused).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("url");
            assertThat(answer.json().get("errors").get(0).get("message").asString()).isNotBlank();
        }
        assertThat(save(world, "SLACK", "", "[]").json().get("errors").get(0).get("message").asString())
                .isEqualTo("Enter the webhook address that Slack or Teams gave you.");
        assertThat(jdbc.queryForObject("select count(*) from program_webhook where program_id = ?", Long.class,
                world.programId())).isZero();
        assertThat(save(world, "SLACK", "https://hooks.slack.com/services/T/B/x", "[\"TEST_MESSAGE\"]").json()
                .get("errors").get(0).get("field").asString()).isEqualTo("events");
    }

    @Test
    void answers404ForAProgramThatDoesNotExist() {
        String unknown = "/api/programs/" + (world.programId() + 1_000_000) + "/webhook";
        for (HttpMethod method : List.of(HttpMethod.GET, HttpMethod.DELETE)) {
            Http.Response answer = http.call(method, world.admin(), unknown, null);
            assertThat(answer.status()).as(method.name()).isEqualTo(404);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
        assertThat(http.post(world.admin(), unknown + "/test", null).status()).isEqualTo(404);
        assertThat(http.call(HttpMethod.PUT, world.admin(), unknown, "{\"service\": \"SLACK\", \"url\": \""
                + address("/services/nowhere") + "\", \"events\": []}").status()).isEqualTo(404);
    }

    @Test
    void keepsEachProgramsChannelAndAddressToItself() throws Exception {
        World other = data.world(CohortState.MATCHING);
        save(world, "SLACK", address("/services/mine"), "[\"RUN_FINISHED\"]");
        save(other, "SLACK", address("/services/theirs"), "[\"RUN_FINISHED\"]");
        server.setDispatcher(always(200));

        notice(new ProgramNotice.RunFinished(world.programId(), world.cohortId(), "Mine", true));

        assertThat(server.takeRequest(10, TimeUnit.SECONDS).getPath()).isEqualTo("/services/mine");
        assertThat(deliveries(other)).isZero();
        for (HttpMethod method : List.of(HttpMethod.GET, HttpMethod.DELETE)) {
            assertThat(http.call(method, other.director(), webhook(world), null).status()).as(method.name()).isEqualTo(403);
        }
        assertThat(http.post(other.director(), webhook(world) + "/test", null).status()).isEqualTo(403);
        assertThat(save(world, other.director(), "SLACK", address("/services/hijack"), "[]").status()).isEqualTo(403);

        // a ciphertext copied onto another program's row does not decrypt there: the program is bound into it
        jdbc.update("update program_webhook set url_encrypted = (select url_encrypted from program_webhook where "
                + "program_id = ?) where program_id = ?", world.programId(), other.programId());
        http.post(other.director(), webhook(other) + "/test", null);
        assertThat(awaitLog(other, "GAVE_UP").get("lastError").asString())
                .isEqualTo("The saved webhook address cannot be read with the server's current key. Save the address again.");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    private String address(String path) {
        return "https://localhost:" + server.getPort() + path;
    }

    private static String webhook(World w) {
        return "/api/programs/" + w.programId() + "/webhook";
    }

    private Http.Response save(World w, String service, String url, String events) {
        return save(w, w.director(), service, url, events);
    }

    private Http.Response save(World w, String user, String service, String url, String events) {
        return http.call(HttpMethod.PUT, user, webhook(w), "{\"service\": \"%s\", \"url\": \"%s\", \"events\": %s}"
                .formatted(service, url, events));
    }

    private void notice(ProgramNotice notice) {
        tx.executeWithoutResult(status -> events.publishEvent(notice));
    }

    private long deliveries(World w) {
        return jdbc.queryForObject("select count(*) from webhook_delivery where program_id = ?", Long.class, w.programId());
    }

    private JsonNode awaitLog(World w, String status) {
        JsonNode[] line = new JsonNode[1];
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> {
            line[0] = http.get(w.director(), webhook(w)).json().get("deliveries").get(0);
            return status.equals(line[0].get("status").asString());
        });
        return line[0];
    }

    /** The posted Adaptive Card's texts, after checking its structure. */
    private static String assertCard(RecordedRequest request, String title, String sentence, String link) {
        assertThat(request).as("a post within 10 s").isNotNull();
        String body = request.getBody().readUtf8();
        JsonNode message = JSON.readTree(body);
        assertThat(message.get("type").asString()).isEqualTo("message");
        JsonNode attachment = message.get("attachments").get(0);
        assertThat(attachment.get("contentType").asString()).isEqualTo("application/vnd.microsoft.card.adaptive");
        JsonNode card = attachment.get("content");
        assertThat(card.get("type").asString()).isEqualTo("AdaptiveCard");
        assertThat(card.get("version").asString()).isEqualTo("1.4");
        assertThat(card.get("body").get(0).get("text").asString()).startsWith(title);
        assertThat(card.get("body").get(0).get("weight").asString()).isEqualTo("Bolder");
        assertThat(card.get("body").get(1).get("text").asString()).contains(sentence);
        assertThat(card.get("actions").get(0).get("type").asString()).isEqualTo("Action.OpenUrl");
        assertThat(card.get("actions").get(0).get("url").asString()).endsWith(link);
        return body;
    }

    private static Dispatcher always(int status) {
        return new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse().setResponseCode(status);
            }
        };
    }

    private String everyColumnOf(String table, long programId) {
        return String.join("\n", jdbc.query("select * from " + table + " where program_id = ?", (row, n) -> {
            StringBuilder all = new StringBuilder();
            for (int c = 1; c <= row.getMetaData().getColumnCount(); c++) {
                all.append(row.getString(c)).append('|');
            }
            return all.toString();
        }, programId));
    }

    private String everyColumnOfAuditEntries() {
        return String.join("\n", jdbc.query("select coalesce(before_json, '') || coalesce(after_json, '') from audit_entry "
                + "where entity_type = 'program-webhook'", (row, n) -> row.getString(1)));
    }
}
