package io.mentormatch.api.account;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP/1.0 over a plain socket, so that a test chooses the exact bytes of a request (header spellings, encoded
 * paths) and the local address it comes from: 127.0.0.2 plays the trusted proxy, 127.0.0.1 any other client
 * (java.net.http cannot choose its local address on Java 17).
 */
final class RawHttp {

    static final String CLIENT = "127.0.0.1";
    static final String PROXY = "127.0.0.2";

    private final int port;

    RawHttp(int port) {
        this.port = port;
    }

    record Response(int status, Map<String, List<String>> headers, String body) {

        List<String> all(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }

        Optional<String> header(String name) {
            return all(name).stream().findFirst();
        }

        Optional<String> sessionCookie() {
            return all("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID=")).findFirst();
        }
    }

    /** A signed-in session or not: a form post's answer, then /api/me with the cookie it set. */
    record FormResult(Response post, boolean signedIn) {
    }

    Response send(String from, String method, String path, Map<String, String> headers, String body) {
        try (Socket socket = new Socket(InetAddress.getByName(CLIENT), port, InetAddress.getByName(from), 0)) {
            StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.0\r\nHost: localhost:" + port + "\r\n");
            headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            if (body != null) {
                request.append("Content-Length: ").append(content.length).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return parse(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Response get(String from, String path, Map<String, String> headers) {
        return send(from, "GET", path, headers, null);
    }

    /** GET /api/me with this exact Authorization header. */
    Response me(String from, String authorization, Map<String, String> extraHeaders) {
        Map<String, String> headers = new LinkedHashMap<>(extraHeaders);
        headers.put("Authorization", authorization);
        return get(from, "/api/me", headers);
    }

    /** Fetches the sign-in page for a session and its CSRF token, then posts the form to the given path. */
    FormResult signIn(String from, String path, String username, String password, Map<String, String> extraHeaders) {
        Response page = get(from, "/login", extraHeaders);
        String cookie = cookieValue(page.sessionCookie().orElseThrow(() -> new AssertionError("no session: " + page)));
        Matcher token = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"").matcher(page.body());
        if (!token.find()) {
            throw new AssertionError("no CSRF token in " + page.body());
        }
        Map<String, String> headers = new LinkedHashMap<>(extraHeaders);
        headers.put("Cookie", cookie);
        headers.put("Content-Type", "application/x-www-form-urlencoded");
        Response post = send(from, "POST", path, headers, "username=" + encode(username) + "&password=" + encode(password)
                + "&_csrf=" + encode(token.group(1)));
        String after = post.sessionCookie().map(RawHttp::cookieValue).orElse(cookie);
        boolean signedIn = get(from, "/api/me", Map.of("Cookie", after)).status() == 200;
        return new FormResult(post, signedIn);
    }

    static String basic(String username, String password) {
        return "Basic " + credentials(username, password);
    }

    static String credentials(String username, String password) {
        return Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String cookieValue(String setCookie) {
        int end = setCookie.indexOf(';');
        return end < 0 ? setCookie : setCookie.substring(0, end);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Response parse(String raw) {
        int split = raw.indexOf("\r\n\r\n");
        String[] lines = raw.substring(0, split < 0 ? raw.length() : split).split("\r\n");
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).trim());
        }
        return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers, split < 0 ? "" : raw.substring(split + 4));
    }
}
