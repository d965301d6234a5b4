package io.mentormatch.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's session over real HTTP: signed in with the form at /login, then a session cookie (kept in this
 * instance's memory on the server) and the CSRF token, as a browser holds them.
 */
public final class SignedInSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final int port;

    private SignedInSession(int port) {
        this.port = port;
    }

    /** Signs in with the form; fails unless the server accepted the password. */
    public static SignedInSession signIn(int port, String username, String password) {
        SignedInSession session = new SignedInSession(port);
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(session.csrfToken());
        HttpResponse<String> answer = session.send(HttpRequest.newBuilder(session.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("sign-in of " + username + " refused: " + answer.statusCode() + " " + location);
        }
        return session;
    }

    /** Reads a resource with the session cookie. */
    public Http.Response get(String path) {
        return response(send(HttpRequest.newBuilder(uri(path)).GET()));
    }

    /** Posts JSON with the session cookie and the session's CSRF token. */
    public Http.Response post(String path, String json) {
        return response(send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("X-CSRF-TOKEN", csrfToken()).POST(HttpRequest.BodyPublishers.ofString(json))));
    }

    private String csrfToken() {
        Matcher token = CSRF.matcher(send(HttpRequest.newBuilder(uri("/login")).GET()).body());
        if (!token.find()) {
            throw new IllegalStateException("the sign-in page carries no CSRF token");
        }
        return token.group(1);
    }

    private static Http.Response response(HttpResponse<String> answer) {
        return new Http.Response(answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(null), answer.body());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
