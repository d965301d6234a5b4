package io.mentormatch.api.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.mentormatch.api.Http;

/**
 * A browser over real HTTP that does not follow redirects, so a test sees each step of a sign-in: the sign-in form,
 * the code form, and where each sends it. It keeps its cookies and finds the CSRF token on the sign-in page.
 */
final class TotpBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
    private final int port;

    TotpBrowser(int port) {
        this.port = port;
    }

    /** Posts the sign-in form; answers where it redirects to. */
    String password(String username, String password) {
        return form("/login", "username=" + encode(username) + "&password=" + encode(password));
    }

    /** Posts the code form; answers where it redirects to. */
    String code(String code) {
        return form("/login/code", "code=" + encode(code));
    }

    Http.Response get(String path) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri(path)).GET());
        return new Http.Response(answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(null), answer.body());
    }

    /** Posts JSON with the session cookie and its CSRF token. */
    Http.Response post(String path, String json) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("X-CSRF-TOKEN", csrfToken()).POST(HttpRequest.BodyPublishers.ofString(json)));
        return new Http.Response(answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(null), answer.body());
    }

    Http.Response delete(String path) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri(path)).header("X-CSRF-TOKEN", csrfToken()).DELETE());
        return new Http.Response(answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(null), answer.body());
    }

    String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private String form(String path, String fields) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields + "&_csrf=" + encode(csrfToken()))));
        if (answer.statusCode() != 302) {
            throw new AssertionError(path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        URI location = URI.create(answer.headers().firstValue("Location").orElseThrow());
        return location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
    }

    private String csrfToken() {
        Matcher token = CSRF.matcher(send(HttpRequest.newBuilder(uri("/login")).GET()).body());
        if (!token.find()) {
            throw new AssertionError("the sign-in page carries no CSRF token");
        }
        return token.group(1);
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
