package io.mentormatch.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The sign-in page says why a sign-in failed. The api module's SignInLimitIT shows that a refused attempt is sent
 * to /login?locked and a wrong password to /login?error.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginPageIT {

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void tellsASignInRefusedByTheLimitFromAWrongPassword() throws Exception {
        HttpResponse<String> locked = get("/login?locked");
        assertThat(locked.statusCode()).isEqualTo(200);
        assertThat(locked.body()).contains("Too many failed sign-in attempts").doesNotContain("Wrong username or password");

        HttpResponse<String> wrong = get("/login?error");
        assertThat(wrong.body()).contains("Wrong username or password").doesNotContain("Too many failed sign-in attempts");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
