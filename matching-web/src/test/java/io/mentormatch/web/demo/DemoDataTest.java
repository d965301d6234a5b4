package io.mentormatch.web.demo;

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
                .containsOnlyOnce("Internal Medicine", "Pediatrics");
    }

    @Test
    void signsInWithEveryDemoLogin() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (DemoLogin login : DemoLogin.ALL) {
            String credentials = Base64.getEncoder().encodeToString(
                    (login.username() + ":" + DemoData.PASSWORD).getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
                    .header("Authorization", "Basic " + credentials).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(login.username()).isEqualTo(200);
            JsonNode me = JsonMapper.builder().build().readTree(response.body());
            assertThat(me.get("username").asString()).isEqualTo(login.username());
            assertThat(me.get("role").asString()).isEqualTo(login.role());
        }
    }
}
