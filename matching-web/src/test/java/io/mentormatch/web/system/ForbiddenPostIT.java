package io.mentormatch.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A post refused by the security filters (here: no CSRF token, as after an expired session) must look like the
 * rest of the site on a page, and like the rest of the API under {@code /api/}. Runs on a real server because the
 * friendly page comes from the servlet container's error dispatch, which MockMvc does not perform.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class ForbiddenPostIT {

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void rendersTheErrorPageForAFormPostWithoutCsrfToken() throws Exception {
        HttpResponse<String> response = post("/cohorts", "text/html", "application/x-www-form-urlencoded", "name=Cohort");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("You do not have access to this page").contains("Mentor\u00a0Match");
    }

    @Test
    void answersProblemDetailsForAnApiPostWithoutCsrfToken() throws Exception {
        HttpResponse<String> response = post("/api/programs", "application/json", "application/json", "{\"name\": \"P\"}");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":403").contains("\"title\":\"Forbidden\"");
    }

    private HttpResponse<String> post(String path, String accept, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
