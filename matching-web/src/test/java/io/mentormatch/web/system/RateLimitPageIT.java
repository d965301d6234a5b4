package io.mentormatch.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.mentormatch.web.system.PageWorlds.Stage;
import io.mentormatch.web.system.PageWorlds.World;

/**
 * A person over their rate limit on the pages gets the error page saying to slow down, with 429 and Retry-After,
 * never a 5xx (issue 19). Through the servlet container, whose error dispatch renders the page; limits lowered here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "mentormatch.rate-limit.reads-per-minute=3", "mentormatch.rate-limit.writes-per-minute=3"})
class RateLimitPageIT {

    @LocalServerPort
    int port;
    @Autowired
    PageWorlds worlds;

    @Test
    void showsThePageSayingToSlowDownWith429AndRetryAfter() throws Exception {
        World world = worlds.world(Stage.DRAFT);
        for (int i = 0; i < 3; i++) {
            assertThat(get(world.resident1).statusCode()).isEqualTo(200);
        }
        assertThat(get(world.resident1, "/css/app.css").statusCode()).as("a page's styles are not counted").isEqualTo(200);

        HttpResponse<String> refused = get(world.resident1);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Long.parseLong(seconds)).isBetween(1L, 60L));
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(refused.body()).contains("Please slow down").contains("Please wait a minute")
                .doesNotContain("Something went wrong on our side");
        assertThat(get(world.director).statusCode()).as("another person is not slowed down").isEqualTo(200);
    }

    private HttpResponse<String> get(String username) throws Exception {
        return get(username, "/account/tokens");
    }

    private HttpResponse<String> get(String username, String path) throws Exception {
        String basic = Base64.getEncoder().encodeToString((username + ":" + PageWorlds.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + basic).header("Accept", "text/html").GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
