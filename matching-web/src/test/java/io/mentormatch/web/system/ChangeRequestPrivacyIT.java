package io.mentormatch.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import io.mentormatch.web.system.PageWorlds.Stage;
import io.mentormatch.web.system.PageWorlds.World;

/**
 * A change request is confidential until decided, on the pages and over real HTTP: the mentor's pages read the same
 * with the resident's open request as without one (once the session's CSRF token is set aside), and the mentor's own
 * request from the change-request page is taken as their own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChangeRequestPrivacyIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"[^\"]+\"");

    @LocalServerPort
    int port;
    @Autowired
    PageWorlds worlds;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void theMentorsPagesReadAsWithoutTheResidentsRequestAndTakeTheirOwn() throws Exception {
        World world = worlds.world(Stage.PUBLISHED);
        signIn(world.mentor1);
        String changePage = "/cohorts/" + world.cohortId + "/published/" + world.proposalR1 + "/change-request";
        List<String> pages = List.of(changePage, "/cohorts/" + world.cohortId + "/published", "/mentoring");
        List<String> without = pages.stream().map(this::page).toList();

        jdbc.update("""
                insert into change_request (cohort_id, pairing_id, requested_by, requester_role, reason, status,
                  requested_at) values (?, ?, ?, 'RESIDENT', 'We never meet', 'OPEN', ?)""",
                world.cohortId, world.proposalR1, world.resident1, Timestamp.from(Instant.now()));

        assertThat(pages.stream().map(this::page).toList()).isEqualTo(without);
        assertThat(without.get(0)).contains("Why would you like a change?").doesNotContain("already waits");

        HttpResponse<String> asked = post(changePage, "reason=" + URLEncoder.encode("Our interests differ",
                StandardCharsets.UTF_8));
        assertThat(asked.statusCode()).isEqualTo(302);
        assertThat(asked.headers().firstValue("Location").orElse("")).endsWith("/cohorts/" + world.cohortId + "/published");
        assertThat(jdbc.queryForList("select requester_role from change_request where pairing_id = ? and status = 'OPEN'"
                + " order by id", String.class, world.proposalR1)).containsExactly("RESIDENT", "MENTOR");
        assertThat(page(changePage)).contains("Your request for this pairing already waits for the program director");
    }

    /** The page with the session's CSRF token set aside: it differs per session and per read, not per request. */
    private String page(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return CSRF_META.matcher(CSRF.matcher(response.body()).replaceAll("name=\"_csrf\"")).replaceAll("<meta name=\"_csrf\"");
    }

    private void signIn(String username) {
        HttpResponse<String> answer = post("/login", "username=" + username + "&password=" + PageWorlds.PASSWORD);
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    private HttpResponse<String> post(String path, String form) {
        Matcher token = CSRF.matcher(send(HttpRequest.newBuilder(uri("/login")).GET()).body());
        assertThat(token.find()).isTrue();
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + URLEncoder.encode(token.group(1),
                        StandardCharsets.UTF_8))));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
