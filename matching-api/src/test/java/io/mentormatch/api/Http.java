package io.mentormatch.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client for full-stack tests: HTTP Basic as a given user, every status answered, never thrown. */
public final class Http {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient client;
    private final String password;

    public Http(int port) {
        this(port, TestData.PASSWORD);
    }

    /** Signs in with this password instead of {@link TestData#PASSWORD}. */
    public Http(int port, String password) {
        this.client = RestClient.builder().baseUrl("http://localhost:" + port).build();
        this.password = password;
    }

    public record Response(int status, String contentType, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    public Response get(String user, String path) {
        return call(HttpMethod.GET, user, path, null);
    }

    public Response post(String user, String path, String json) {
        return call(HttpMethod.POST, user, path, json);
    }

    public Response call(HttpMethod method, String user, String path, String json) {
        return send(method, user, path, MediaType.APPLICATION_JSON, json);
    }

    public Response mergePatch(String user, String path, String patch) {
        return send(HttpMethod.PATCH, user, path, MediaType.parseMediaType("application/merge-patch+json"), patch);
    }

    public Response csv(String user, String path, String csv) {
        return send(HttpMethod.POST, user, path, MediaType.parseMediaType("text/csv"), csv);
    }

    private Response send(HttpMethod method, String user, String path, MediaType contentType, String body) {
        RestClient.RequestBodySpec request = client.method(method).uri(path);
        if (user != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (body != null) {
            request.contentType(contentType).body(body);
        }
        return request.exchange((req, res) -> new Response(res.getStatusCode().value(),
                res.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE),
                new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8)), true);
    }
}
