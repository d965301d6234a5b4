package io.mentormatch.web.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The profile demo loads the demo into an empty database, and every login it prints signs in. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class DemoDataTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void loadsTheDemoPrograms() {
        // other tests sharing this context's database may add programs of their own
        assertThat(jdbc.queryForList("select name from program order by name", String.class))
                .containsOnlyOnce("Internal Medicine", "Pediatrics", "General Surgery");
    }

    @Test
    void signsInWithEveryDemoLogin() {
        assertThat(DemoLogin.ALL).extracting(DemoLogin::username).contains("gs.director", "gs.resident", "gs.mentor");
        for (DemoLogin login : DemoLogin.ALL) {
            JsonNode me = get(login.username(), "/api/me");
            assertThat(me.get("username").asString()).isEqualTo(login.username());
            assertThat(me.get("role").asString()).isEqualTo(login.role());
        }
        assertThat(jdbc.queryForObject("select g.name from app_user u join program g on g.id = u.program_id"
                + " where u.username = 'gs.director'", String.class)).isEqualTo("General Surgery");
    }

    /** The administrator's account list shows the General Surgery people as it shows the other demo logins. */
    @Test
    void givesEveryGeneralSurgeryPersonADemoLoginLikeTheOthers() {
        assertThat(jdbc.queryForList("""
                select u.username from app_user u join resident r on r.user_id = u.id join cohort c on c.id = r.cohort_id
                where c.code = 'GS-2026' and (u.username like '%@%' or u.password_hash is null)
                union select u.username from app_user u join mentor m on m.user_id = u.id join cohort c on c.id = m.cohort_id
                where c.code = 'GS-2026' and (u.username like '%@%' or u.password_hash is null)""", String.class))
                .as("General Surgery accounts named by e-mail or without a password").isEmpty();
        assertThat(jdbc.queryForList("select username from app_user where username like 'gs.%'", String.class))
                .hasSize(1 + 12 + 8).contains("gs.resident2", "gs.resident12", "gs.mentor8");
        assertThat(get("gs.mentor8", "/api/me").get("role").asString()).isEqualTo("MENTOR");
        assertThat(jdbc.queryForObject("select r.code from resident r join app_user u on u.id = r.user_id"
                + " join cohort c on c.id = r.cohort_id where u.username = 'gs.resident2' and c.code = 'GS-2026'", String.class))
                .isEqualTo("R002");
    }

    @Test
    void publishedGeneralSurgeryAboutFourMonthsAgo() {
        Instant published = generalSurgeryPublishedAt();

        assertThat(published).isBetween(Instant.now().minus(Duration.ofDays(125)), Instant.now().minus(Duration.ofDays(118)));
        assertThat(jdbc.queryForObject("select state from cohort where code = 'GS-2026'", String.class)).isEqualTo("PUBLISHED");
    }

    @Test
    void theDemoResidentHasMetTheDemoMentorTwice() {
        generalSurgeryPublishedAt();
        JsonNode pairing = get("gs.resident", "/api/me/pairings").get(0);
        await().atMost(Duration.ofSeconds(30)).until(() -> get("gs.resident", meetings(pairing)).size() == 2);

        assertThat(get("gs.mentor", "/api/me/pairings").findValuesAsString("pairingId"))
                .contains(pairing.get("pairingId").asString());
        assertThat(get("gs.resident", meetings(pairing)).findValuesAsString("date"))
                .allSatisfy(date -> assertThat(LocalDate.parse(date)).isBefore(LocalDate.now()));
    }

    @Test
    void showsTheDirectorAnAtRiskPairAndAnOpenChangeRequest() {
        generalSurgeryPublishedAt();
        long cohortId = jdbc.queryForObject("select id from cohort where code = 'GS-2026'", Long.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from change_request where cohort_id = ? and status = 'OPEN'", Integer.class, cohortId) == 1);

        JsonNode health = get("gs.director", "/api/cohorts/" + cohortId + "/health");
        assertThat(health.get("atRisk").findValuesAsString("reason")).contains("poor-fit survey answer");
        assertThat(health.get("pairsMet").asInt()).isBetween(1, health.get("pairs").asInt() - 1);
    }

    /** General Surgery is matched and published in the background, a few seconds after start-up. */
    private Instant generalSurgeryPublishedAt() {
        await().atMost(Duration.ofSeconds(120)).until(() -> jdbc.queryForObject(
                "select count(*) from publication p join cohort c on c.id = p.cohort_id where c.code = 'GS-2026'",
                Integer.class) == 1);
        return jdbc.queryForObject("select p.published_at from publication p join cohort c on c.id = p.cohort_id"
                + " where c.code = 'GS-2026'", Timestamp.class).toInstant();
    }

    private static String meetings(JsonNode pairing) {
        return "/api/cohorts/" + pairing.get("cohortId").asString() + "/pairings/" + pairing.get("pairingId").asString()
                + "/meetings";
    }

    private JsonNode get(String username, String path) {
        String credentials = Base64.getEncoder().encodeToString(
                (username + ":" + DemoData.PASSWORD).getBytes(StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("Authorization", "Basic " + credentials).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(username + " " + path).isEqualTo(200);
            return JsonMapper.builder().build().readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
