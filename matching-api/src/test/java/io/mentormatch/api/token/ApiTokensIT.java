package io.mentormatch.api.token;

import static io.mentormatch.api.token.BearerClient.basic;
import static io.mentormatch.api.token.BearerClient.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import io.mentormatch.api.Http;
import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.cohort.CohortState;
import io.mentormatch.api.token.BearerClient.Answer;

/** Personal API tokens over real HTTP (issue 19, finding 10): each test fails without the tokens. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiTokensIT {

    private static final String REMINDERS = "{\"optionalReminders\": false}";

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;

    private BearerClient http;
    private World world;

    @BeforeEach
    void setUp() {
        http = new BearerClient(port);
        world = data.world(CohortState.DRAFT);
    }

    @Test
    void signsAnApiRequestInByBearerTokenWithoutSessionOrCsrfToken() {
        String token = http.createToken(world.resident1(), "write");

        Answer me = http.call(HttpMethod.GET, bearer(token), "/api/me", null);
        assertThat(me.status()).as(me.body()).isEqualTo(200);
        assertThat(me.json().get("username").asString()).isEqualTo(world.resident1());
        assertThat(me.headers().get(HttpHeaders.SET_COOKIE)).as("no session").isNull();

        Answer write = http.call(HttpMethod.PUT, bearer(token), "/api/me/reminders", REMINDERS);
        assertThat(write.status()).as("a write without a CSRF token: " + write.body()).isEqualTo(200);
        assertThat(write.headers().get(HttpHeaders.SET_COOKIE)).isNull();
        assertThat(http.call(HttpMethod.GET, bearer(token), "/api/users", null).status())
                .as("the token has its account's rights, no more").isEqualTo(403);
    }

    @Test
    void showsTheTokenOnceAndStoresOnlyItsSha256() throws Exception {
        Answer created = http.call(HttpMethod.POST, basic(world.mentor1()), "/api/me/tokens",
                "{\"name\": \"Nightly export\", \"scope\": \"read\", \"expiresInDays\": 90}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().getCacheControl()).contains("no-store");
        String token = created.json().get("token").asString();
        long id = created.json().get("details").get("id").asLong();
        assertThat(token).startsWith("mmt_").hasSize(4 + 43);
        assertThat(created.json().get("details").get("scope").asString()).isEqualTo("read");

        Answer list = http.call(HttpMethod.GET, basic(world.mentor1()), "/api/me/tokens", null);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).doesNotContain(token).doesNotContain(token.substring(4, 20));
        JsonNode listed = list.json().get(0);
        assertThat(listed.get("name").asString()).isEqualTo("Nightly export");
        assertThat(listed.get("scope").asString()).isEqualTo("read");
        assertThat(Duration.between(Instant.parse(listed.get("createdAt").asString()),
                Instant.parse(listed.get("expiresAt").asString()))).isEqualTo(Duration.ofDays(90));
        assertThat(listed.get("lastUsedAt").isNull()).isTrue();

        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(StandardCharsets.UTF_8)));
        assertThat(jdbc.queryForObject("select token_hash from api_token where id = ?", String.class, id)).isEqualTo(sha256);
        List<String> everyColumn = jdbc.query("select * from api_token where id = ?", (row, n) -> {
            StringBuilder all = new StringBuilder();
            for (int c = 1; c <= row.getMetaData().getColumnCount(); c++) {
                all.append(row.getString(c)).append('|');
            }
            return all.toString();
        }, id);
        assertThat(everyColumn.get(0)).doesNotContain(token.substring(4));

        assertThat(http.call(HttpMethod.GET, bearer(token), "/api/me", null).status()).isEqualTo(200);
        assertThat(http.call(HttpMethod.GET, basic(world.mentor1()), "/api/me/tokens", null).json().get(0)
                .get("lastUsedAt").isNull()).as("last use recorded").isFalse();
    }

    @Test
    void refusesEveryChangeWithAReadToken() {
        String token = http.createToken(world.resident1(), "read");
        assertThat(http.call(HttpMethod.GET, bearer(token), "/api/me/reminders", null).status()).isEqualTo(200);
        assertThat(http.call(HttpMethod.HEAD, bearer(token), "/api/me", null).status()).isEqualTo(200);

        for (Answer write : List.of(http.call(HttpMethod.PUT, bearer(token), "/api/me/reminders", REMINDERS),
                http.call(HttpMethod.POST, bearer(token), "/api/me/tokens", "{\"name\": \"x\", \"scope\": \"write\", \"expiresInDays\": 1}"),
                http.call(HttpMethod.DELETE, bearer(token), "/api/me/tokens/1", null))) {
            assertThat(write.status()).as(write.body()).isEqualTo(403);
            assertThat(write.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(write.json().get("detail").asString()).contains("may only read");
        }
        assertThat(jdbc.queryForObject("select count(*) from api_token t join app_user u on u.id = t.user_id "
                + "where u.username = ?", Long.class, world.resident1())).isEqualTo(1);
    }

    @Test
    void createsNoTokenWithAToken() {
        String token = http.createToken(world.resident1(), "write");
        Answer refused = http.call(HttpMethod.POST, bearer(token), "/api/me/tokens",
                "{\"name\": \"successor\", \"scope\": \"write\", \"expiresInDays\": 365}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(http.call(HttpMethod.GET, bearer(token), "/api/me/tokens", null).json()).hasSize(1);
    }

    @Test
    void refusesRevokedExpiredAndUnknownTokensWithA401Problem() {
        String revoked = http.createToken(world.resident1(), "write");
        String expired = http.createToken(world.resident1(), "write");
        long revokedId = idOf(revoked);
        Answer revoke = http.call(HttpMethod.DELETE, basic(world.resident1()), "/api/me/tokens/" + revokedId, null);
        assertThat(revoke.status()).as(revoke.body()).isEqualTo(204);
        jdbc.update("update api_token set expires_at = ? where id = ?", Timestamp.from(Instant.now().minusSeconds(1)),
                idOf(expired));

        for (String token : List.of(revoked, expired, "mmt_" + "A".repeat(43), "not-a-token", "")) {
            Answer refused = http.call(HttpMethod.GET, bearer(token), "/api/me", null);
            assertThat(refused.status()).as(token).isEqualTo(401);
            assertThat(refused.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(refused.body()).doesNotContain(world.resident1());
        }
        assertThat(http.call(HttpMethod.GET, basic(world.resident1()), "/api/me/tokens", null).body())
                .as("a revoked token leaves the list").doesNotContain("\"id\":" + revokedId + ",");
        assertThat(http.call(HttpMethod.DELETE, basic(world.resident1()), "/api/me/tokens/" + revokedId, null).status())
                .as("revoked already").isEqualTo(404);
    }

    @Test
    void revokesNobodyElsesToken() {
        String token = http.createToken(world.resident1(), "write");
        Answer other = http.call(HttpMethod.DELETE, basic(world.resident2()), "/api/me/tokens/" + idOf(token), null);
        assertThat(other.status()).isEqualTo(404);
        assertThat(http.call(HttpMethod.DELETE, basic(world.admin()), "/api/me/tokens/" + idOf(token), null).status())
                .isEqualTo(404);
        assertThat(http.call(HttpMethod.GET, bearer(token), "/api/me", null).status()).isEqualTo(200);
    }

    @Test
    void disablingAnAccountRevokesItsTokens() {
        String token = http.createToken(world.mentor2(), "write");
        assertThat(http.call(HttpMethod.GET, bearer(token), "/api/me", null).status()).isEqualTo(200);

        assertThat(patchEnabled(false).status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from api_token where id = ? and revoked_at is not null",
                Long.class, idOf(token))).isEqualTo(1);
        assertThat(patchEnabled(true).status()).isEqualTo(200);
        assertThat(http.call(HttpMethod.GET, bearer(token), "/api/me", null).status())
                .as("enabled again, the token stays revoked").isEqualTo(401);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'api-token.revoked-all' "
                + "and entity_id = (select cast(id as varchar) from app_user where username = ?)", Long.class, world.mentor2()))
                .isEqualTo(1);
    }

    @Test
    void auditsCreatingAndRevokingButNeverTheSecret() {
        String token = http.createToken(world.resident2(), "read");
        long id = idOf(token);
        http.call(HttpMethod.DELETE, basic(world.resident2()), "/api/me/tokens/" + id, null);
        List<String> entries = jdbc.query("select action || ' ' || actor || ' ' || coalesce(before_json, '') || ' ' "
                        + "|| coalesce(after_json, '') from audit_entry where entity_type = 'api-token' and entity_id = ? order by id",
                (row, n) -> row.getString(1), String.valueOf(id));
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0)).startsWith("api-token.created " + world.resident2());
        assertThat(entries.get(1)).startsWith("api-token.revoked " + world.resident2());
        String hash = jdbc.queryForObject("select token_hash from api_token where id = ?", String.class, id);
        assertThat(String.join("\n", entries)).doesNotContain(token.substring(4)).doesNotContain(hash);
    }

    private Http.Response patchEnabled(boolean enabled) {
        return new Http(port).mergePatch(world.admin(), "/api/users/" + world.mentor2(), "{\"enabled\": " + enabled + "}");
    }

    private long idOf(String token) {
        return jdbc.queryForObject("select id from api_token where token_hash = ?", Long.class, ApiTokens.hash(token));
    }
}
