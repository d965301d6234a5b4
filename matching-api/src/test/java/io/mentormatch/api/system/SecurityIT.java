package io.mentormatch.api.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.cohort.CohortState;

/**
 * Security over real HTTP: Basic credentials, CSRF for sessions, problem details for 401, 413 for oversized
 * bodies, and the OpenAPI document.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityIT {

    @LocalServerPort
    int port;
    @Autowired
    TestData data;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void answersAnonymousApiCallWithProblemAndNoBasicChallenge() throws Exception {
        HttpResponse<String> response = send(request("/api/cohorts"));
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));
        assertThat(response.body()).contains("https://mentormatch.io/problems/unauthenticated")
                .contains("\"status\":401").doesNotContain("properties");
        assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
    }

    @Test
    void acceptsBasicCredentialsWithoutCsrfTokenOrSession() throws Exception {
        World world = data.world(CohortState.DRAFT);
        HttpResponse<String> response = send(request("/api/cohorts/" + world.cohortId() + "/transitions")
                .header("Authorization", basic(world.director(), TestData.PASSWORD))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"to\": \"OPEN_FOR_PREFERENCES\"}")));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
    }

    @Test
    void refusesWrongPassword() throws Exception {
        World world = data.world(CohortState.DRAFT);
        HttpResponse<String> response = send(request("/api/me").header("Authorization", basic(world.director(), "wrong")));
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void requiresCsrfTokenWhenARequestCarriesASessionCookie() throws Exception {
        World world = data.world(CohortState.DRAFT);
        HttpResponse<String> response = send(request("/api/cohorts/" + world.cohortId() + "/transitions")
                .header("Authorization", basic(world.director(), TestData.PASSWORD))
                .header("Cookie", "JSESSIONID=stolen-or-stale")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"to\": \"OPEN_FOR_PREFERENCES\"}")));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("https://mentormatch.io/problems/forbidden");
    }

    @Test
    void refusesOversizedBodyWith413() throws Exception {
        World world = data.world(CohortState.DRAFT);
        String huge = "{\"name\": \"" + "x".repeat(6 * 1024 * 1024) + "\"}";
        HttpResponse<String> response = send(request("/api/programs")
                .header("Authorization", basic(world.admin(), TestData.PASSWORD))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(huge)));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("https://mentormatch.io/problems/payload-too-large");
    }

    @Test
    void publishesOpenApi31DocumentToSignedInUsers() throws Exception {
        World world = data.world(CohortState.DRAFT);
        String resident = basic(world.resident1(), TestData.PASSWORD);
        HttpResponse<String> response = send(request("/v3/api-docs").header("Authorization", resident));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"openapi\":\"3.1").contains("/api/cohorts/{cohortId}/settings");
        assertThat(send(request("/swagger-ui/index.html").header("Authorization", resident)).statusCode()).isEqualTo(200);
    }

    @Test
    void keepsTheApiContractFromAnonymousCallers() throws Exception {
        HttpResponse<String> response = send(request("/v3/api-docs"));
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("https://mentormatch.io/problems/unauthenticated").doesNotContain("/api/cohorts");
        assertThat(send(request("/v3/api-docs/swagger-config")).statusCode()).isEqualTo(401);
        assertThat(send(request("/swagger-ui/index.html")).statusCode()).isEqualTo(401);
    }

    @Test
    void keepsStackTracesAndSqlOutOfErrors() throws Exception {
        World world = data.world(CohortState.DRAFT);
        HttpResponse<String> response = send(request("/api/cohorts/not-a-number")
                .header("Authorization", basic(world.admin(), TestData.PASSWORD)));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("java.");
    }

    @Test
    void sendsSecurityHeadersWithEveryAnswer() throws Exception {
        HttpResponse<String> response = send(request("/login"));
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'").contains("script-src 'self'").contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline"));
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(response.headers().firstValue("Strict-Transport-Security")).as("plain HTTP gets no HSTS").isEmpty();
        assertThat(send(request("/api/cohorts")).headers().firstValue("Content-Security-Policy")).isPresent();
    }

    /**
     * By default no proxy is trusted, not even 127.0.0.1, which Tomcat's own default would trust; TrustedProxyIT
     * covers a configured proxy.
     */
    @Test
    void believesNoForwardedHeadersByDefault() throws Exception {
        HttpResponse<String> response = send(request("/login").header("X-Forwarded-Proto", "https"));
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(sessionCookieHeader(response)).doesNotContain("Secure").contains("SameSite=Lax");
    }

    @Test
    void changesTheSessionIdAtSignIn() throws Exception {
        World world = data.world(CohortState.DRAFT);
        HttpResponse<String> page = send(request("/login"));
        String before = sessionCookie(page);
        Matcher token = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).as(page.body()).isTrue();
        String form = "username=" + URLEncoder.encode(world.director(), StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(TestData.PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = send(request("/login").header("Cookie", before)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        String after = sessionCookie(signedIn);
        assertThat(after).isNotEqualTo(before);
        assertThat(send(request("/api/me").header("Cookie", after)).statusCode()).isEqualTo(200);
        assertThat(send(request("/api/me").header("Cookie", before)).statusCode()).as("the pre-login id is dead").isEqualTo(401);
    }

    private static String sessionCookieHeader(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID="))
                .map(cookie -> cookie.substring(0, cookie.indexOf(';'))).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }
}
