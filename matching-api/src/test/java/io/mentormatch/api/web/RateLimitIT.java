package io.mentormatch.api.web;

import static io.mentormatch.api.token.BearerClient.basic;
import static io.mentormatch.api.token.BearerClient.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.cohort.CohortState;
import io.mentormatch.api.token.BearerClient;
import io.mentormatch.api.token.BearerClient.Answer;

/** Per-account rate limits over real HTTP (issue 19, finding 10), lowered here so the test stays fast. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "mentormatch.rate-limit.writes-per-minute=3", "mentormatch.rate-limit.reads-per-minute=5"})
class RateLimitIT {

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
    void refusesTheWriteBeyondTheLimitWith429RetryAfterAndAProblem() {
        for (int i = 0; i < 3; i++) {
            assertThat(http.call(HttpMethod.PUT, basic(world.resident1()), "/api/me/reminders", REMINDERS).status())
                    .isEqualTo(200);
        }
        long auditBefore = auditEntries();
        Answer refused = http.call(HttpMethod.PUT, basic(world.resident1()), "/api/me/reminders", "{\"optionalReminders\": true}");

        assertThat(refused.status()).isEqualTo(429);
        long retryAfter = Long.parseLong(refused.headers().getFirst(HttpHeaders.RETRY_AFTER));
        assertThat(retryAfter).isBetween(1L, 60L);
        assertThat(refused.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.json().get("type").asString()).isEqualTo("https://mentormatch.io/problems/too-many-requests");
        assertThat(refused.json().get("status").asInt()).isEqualTo(429);
        assertThat(refused.json().get("retryAfterSeconds").asLong()).isEqualTo(retryAfter);
        assertThat(refused.json().get("detail").asString()).contains("more than 3 changes in a minute");
        assertThat(auditEntries()).as("nothing was done").isEqualTo(auditBefore);

        assertThat(http.call(HttpMethod.GET, basic(world.resident1()), "/api/me/reminders", null).status())
                .as("reads have their own allowance").isEqualTo(200);
        assertThat(http.call(HttpMethod.PUT, basic(world.resident2()), "/api/me/reminders", REMINDERS).status())
                .as("another account is not slowed down").isEqualTo(200);
    }

    @Test
    void limitsReadsAndCountsTokenAndPasswordRequestsAgainstTheSameAccount() {
        String token = http.createToken(world.mentor1(), "read");
        for (int i = 0; i < 2; i++) {
            assertThat(http.call(HttpMethod.GET, bearer(token), "/api/me", null).status()).isEqualTo(200);
            assertThat(http.call(HttpMethod.GET, basic(world.mentor1()), "/api/me", null).status()).isEqualTo(200);
        }
        assertThat(http.call(HttpMethod.GET, bearer(token), "/api/me", null).status()).isEqualTo(200);

        Answer refused = http.call(HttpMethod.GET, basic(world.mentor1()), "/api/me", null);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.headers().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
        assertThat(refused.json().get("detail").asString()).contains("more than 5 requests in a minute");
        assertThat(http.call(HttpMethod.GET, bearer(token), "/api/me", null).status()).isEqualTo(429);
    }

    private long auditEntries() {
        return jdbc.queryForObject("select count(*) from audit_entry", Long.class);
    }
}
