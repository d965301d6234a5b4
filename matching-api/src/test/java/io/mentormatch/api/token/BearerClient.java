package io.mentormatch.api.token;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.mentormatch.api.TestData;

/** Real HTTP with any Authorization header, answering status, headers and body; never throws on a status. */
public final class BearerClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient client;

    public BearerClient(int port) {
        this.client = RestClient.builder().baseUrl("http://localhost:" + port).build();
    }

    public record Answer(int status, HttpHeaders headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    public static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + TestData.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    public Answer call(HttpMethod method, String authorization, String path, String json) {
        RestClient.RequestBodySpec request = client.method(method).uri(path);
        if (authorization != null) {
            request.header(HttpHeaders.AUTHORIZATION, authorization);
        }
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(json);
        }
        return request.exchange((req, res) -> new Answer(res.getStatusCode().value(), res.getHeaders(),
                new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8)), true);
    }

    /** Creates a token as the user (HTTP Basic) and answers it. */
    public String createToken(String user, String scope) {
        Answer created = call(HttpMethod.POST, basic(user), "/api/me/tokens",
                "{\"name\": \"ci\", \"scope\": \"" + scope + "\", \"expiresInDays\": 30}");
        if (created.status() != 201) {
            throw new IllegalStateException("token not created: " + created);
        }
        return created.json().get("token").asString();
    }
}
