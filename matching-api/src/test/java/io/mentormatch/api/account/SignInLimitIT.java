package io.mentormatch.api.account;

import static io.mentormatch.api.account.RawHttp.CLIENT;
import static io.mentormatch.api.account.RawHttp.PROXY;
import static io.mentormatch.api.account.RawHttp.basic;
import static io.mentormatch.api.account.RawHttp.credentials;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import io.mentormatch.api.MutableClock;
import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.audit.AuditLog;
import io.mentormatch.api.cohort.CohortState;

/**
 * The sign-in limit over real HTTP: 5 wrong passwords per account from any address, 12 (here; 50 by default) per
 * client address, within 15 minutes. 127.0.0.2 is the trusted proxy; requests from 127.0.0.1 forge the headers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "mentormatch.security.trusted-proxies=127.0.0.2/32", "mentormatch.security.sign-in-limit.per-address=12"})
class SignInLimitIT {

    private static final Map<String, String> NO_HEADERS = Map.of();

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditLog audit;

    private RawHttp http;

    @BeforeEach
    void forgetEarlierFailures() {
        http = new RawHttp(port);
        jdbc.update("delete from sign_in_failure");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void refusesTheRightPasswordInEverySpellingOnceTheAccountIsLocked() {
        String user = data.world(CohortState.DRAFT).director();
        failBasic(CLIENT, user, 5, NO_HEADERS);

        RawHttp.Response refused = http.me(CLIENT, basic(user, TestData.PASSWORD), NO_HEADERS);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("https://mentormatch.io/problems/too-many-sign-in-attempts");
        assertThat(Long.parseLong(refused.header("Retry-After").orElseThrow())).isBetween(14 * 60L, 15 * 60L);
        for (String spelling : List.of("Basic_", "basic ", "Basic\t", "BASIC ")) {
            assertThat(http.me(CLIENT, spelling + credentials(user, TestData.PASSWORD), NO_HEADERS).status())
                    .as(spelling).isEqualTo(429);
        }
        assertThat(http.me(CLIENT, basic(user, TestData.PASSWORD), Map.of("X-Forwarded-For", "203.0.113.5")).status())
                .as("forged X-Forwarded-For").isEqualTo(429);
        assertThat(http.me(CLIENT, basic(user.toUpperCase(), TestData.PASSWORD), NO_HEADERS).status())
                .as("the user name in capitals").isEqualTo(429);

        RawHttp.FormResult form = http.signIn(CLIENT, "/login", user, TestData.PASSWORD, NO_HEADERS);
        assertThat(form.signedIn()).isFalse();
        assertThat(form.post().status()).isEqualTo(302);
        assertThat(form.post().header("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login?locked"));
        for (String path : List.of("/%6Cogin", "/login/", "/login;x=1", "/LOGIN")) {
            RawHttp.FormResult other = http.signIn(CLIENT, path, user, TestData.PASSWORD, NO_HEADERS);
            assertThat(other.signedIn()).as(path).isFalse();
            assertThat(other.post().status()).as(path).isLessThan(500);
        }
        assertThat(http.signIn(CLIENT, "/login", user, TestData.PASSWORD, Map.of("X-Forwarded-For", "203.0.113.6"))
                .signedIn()).as("form with a forged X-Forwarded-For").isFalse();
        assertThat(http.signIn(PROXY, "/login", user, TestData.PASSWORD, Map.of("X-Forwarded-For", "198.51.100.1"))
                .signedIn()).as("form from another address, through the trusted proxy").isFalse();

        clock.advance(Duration.ofMinutes(15));
        assertThat(http.me(CLIENT, basic(user, TestData.PASSWORD), NO_HEADERS).status()).isEqualTo(200);
        assertThat(http.signIn(CLIENT, "/login", user, TestData.PASSWORD, NO_HEADERS).signedIn()).isTrue();
    }

    @Test
    void signsInWithTheRightPasswordBelowTheLimitWhateverTheSpellingOrPath() {
        String user = data.world(CohortState.DRAFT).director();
        failBasic(CLIENT, user, 4, NO_HEADERS);
        assertThat(http.me(CLIENT, "basic " + credentials(user, TestData.PASSWORD), NO_HEADERS).status()).isEqualTo(200);
        failBasic(CLIENT, user, 4, NO_HEADERS);
        assertThat(http.signIn(CLIENT, "/%6Cogin", user, TestData.PASSWORD, NO_HEADERS).signedIn()).isTrue();
        failBasic(CLIENT, user, 4, NO_HEADERS);
        assertThat(http.me(CLIENT, basic(user, TestData.PASSWORD), NO_HEADERS).status())
                .as("each success cleared the failures before it").isEqualTo(200);
    }

    @Test
    void countsFormAndBasicFailuresTogether() {
        String user = data.world(CohortState.DRAFT).director();
        for (int i = 0; i < 3; i++) {
            assertThat(http.signIn(CLIENT, "/login", user, "wrong-" + i, NO_HEADERS).post().header("Location"))
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        }
        failBasic(CLIENT, user, 2, NO_HEADERS);
        assertThat(http.me(CLIENT, basic(user, TestData.PASSWORD), NO_HEADERS).status()).isEqualTo(429);
    }

    @Test
    void limitsGuessesSpreadOverManyAddresses() {
        World world = data.world(CohortState.DRAFT);
        for (int i = 0; i < 5; i++) {
            assertThat(http.me(CLIENT, basic(world.director(), "wrong-" + i), Map.of("X-Forwarded-For", "203.0.113." + i))
                    .status()).isEqualTo(401);
            assertThat(http.me(PROXY, basic(world.mentor1(), "wrong-" + i), Map.of("X-Forwarded-For", "198.51.100." + i))
                    .status()).isEqualTo(401);
        }
        Map<String, String> freshAddress = Map.of("X-Forwarded-For", "198.51.100.200");
        assertThat(http.me(PROXY, basic(world.director(), TestData.PASSWORD), freshAddress).status()).isEqualTo(429);
        assertThat(http.me(PROXY, basic(world.mentor1(), TestData.PASSWORD), freshAddress).status()).isEqualTo(429);
        assertThat(http.me(PROXY, basic(world.mentor2(), TestData.PASSWORD), freshAddress).status())
                .as("another account").isEqualTo(200);
    }

    @Test
    void limitsManyAccountsGuessedFromOneAddress() {
        World world = data.world(CohortState.DRAFT);
        Map<String, String> attacker = Map.of("X-Forwarded-For", "192.0.2.77");
        for (int i = 0; i < 12; i++) {
            assertThat(http.me(PROXY, basic("nobody-" + i + "-" + world.director(), "guess"), attacker).status()).isEqualTo(401);
        }
        assertThat(http.me(PROXY, basic(world.director(), TestData.PASSWORD), attacker).status()).isEqualTo(429);
        assertThat(http.signIn(PROXY, "/login", world.director(), TestData.PASSWORD, attacker).post().header("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?locked"));
        assertThat(http.me(PROXY, basic(world.director(), TestData.PASSWORD), Map.of("X-Forwarded-For", "192.0.2.78"))
                .status()).as("the same account from another address behind the proxy").isEqualTo(200);
    }

    @Test
    void believesForwardedForOnlyFromTheTrustedProxy() {
        World world = data.world(CohortState.DRAFT);
        for (int i = 0; i < 12; i++) {
            assertThat(http.me(CLIENT, basic("nobody-" + i + "-" + world.director(), "guess"),
                    Map.of("X-Forwarded-For", "203.0.113." + i)).status()).isEqualTo(401);
        }
        assertThat(http.me(CLIENT, basic(world.director(), TestData.PASSWORD), Map.of("X-Forwarded-For", "203.0.113.99"))
                .status()).as("a forged address is not believed: this is still 127.0.0.1").isEqualTo(429);
        assertThat(http.me(PROXY, basic(world.director(), TestData.PASSWORD), Map.of("X-Forwarded-For", "127.0.0.1"))
                .status()).as("the proxy's word is believed").isEqualTo(429);
        assertThat(http.me(PROXY, basic(world.director(), TestData.PASSWORD), Map.of("X-Forwarded-For", "203.0.113.99"))
                .status()).isEqualTo(200);
    }

    @Test
    void letsTheAccountInAgainWhenTheOldestFailureLeavesTheWindow() {
        String user = data.world(CohortState.DRAFT).director();
        failBasic(CLIENT, user, 1, NO_HEADERS);
        clock.advance(Duration.ofMinutes(5));
        failBasic(CLIENT, user, 4, NO_HEADERS);
        clock.advance(Duration.ofMinutes(9));
        RawHttp.Response refused = http.me(CLIENT, basic(user, TestData.PASSWORD), NO_HEADERS);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After").orElseThrow())).isBetween(1L, 60L);
        clock.advance(Duration.ofMinutes(1));
        assertThat(http.me(CLIENT, basic(user, TestData.PASSWORD), NO_HEADERS).status()).isEqualTo(200);
    }

    @Test
    void letsTheAccountInAgainWhenAnAdministratorLiftsTheLockAndAuditsBoth() {
        World world = data.world(CohortState.DRAFT);
        long accountId = jdbc.queryForObject("select id from app_user where username = ?", Long.class, world.director());
        failBasic(CLIENT, world.director(), 5, NO_HEADERS);
        for (int i = 0; i < 3; i++) {
            assertThat(http.me(CLIENT, basic(world.director(), TestData.PASSWORD), NO_HEADERS).status()).isEqualTo(429);
        }
        assertThat(auditCount("account.sign-in-limit-reached", accountId)).as("once per lock, not per attempt").isEqualTo(1);

        assertThat(http.send(CLIENT, "DELETE", "/api/users/" + world.director() + "/sign-in-lock",
                Map.of("Authorization", basic(world.director(), TestData.PASSWORD)), null).status())
                .as("a locked account cannot lift its own lock").isEqualTo(429);
        assertThat(http.send(CLIENT, "DELETE", "/api/users/" + world.mentor1() + "/sign-in-lock",
                Map.of("Authorization", basic(world.mentor2(), TestData.PASSWORD)), null).status()).isEqualTo(403);
        RawHttp.Response unknown = http.send(CLIENT, "DELETE", "/api/users/nobody-" + world.director() + "/sign-in-lock",
                Map.of("Authorization", basic(world.admin(), TestData.PASSWORD)), null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("https://mentormatch.io/problems/account-not-found");
        assertThat(http.send(CLIENT, "DELETE", "/api/users/" + world.director().toUpperCase() + "/sign-in-lock",
                Map.of("Authorization", basic(world.admin(), TestData.PASSWORD)), null).status()).isEqualTo(204);

        assertThat(auditCount("account.sign-in-lock-lifted", accountId)).isEqualTo(1);
        assertThat(http.me(CLIENT, basic(world.director(), TestData.PASSWORD), NO_HEADERS).status()).isEqualTo(200);
        failBasic(CLIENT, world.director(), 5, NO_HEADERS);
        assertThat(auditCount("account.sign-in-limit-reached", accountId)).as("a new lock").isEqualTo(2);
    }

    @Test
    void refusesAParallelBurstBeyondTheLimit() throws Exception {
        String user = data.world(CohortState.DRAFT).director();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<Integer>> answers = IntStream.range(0, 20).mapToObj(i -> pool.submit(() ->
                    http.me(CLIENT, basic(user, "wrong-" + i), NO_HEADERS).status())).toList();
            List<Integer> statuses = answers.stream().map(answer -> {
                try {
                    return answer.get();
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }).toList();
            assertThat(statuses).containsOnly(401, 429);
            assertThat(statuses.stream().filter(status -> status == 401).count())
                    .as("passwords checked out of 20 parallel guesses").isBetween(1L, 5L);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void holdsForTheWholeClusterWithoutStoringWhoTried() {
        String user = data.world(CohortState.DRAFT).director();
        SignInLimit otherInstance = new SignInLimit(jdbc, audit, clock, 5, 12, Duration.ofMinutes(15));
        failBasic(CLIENT, user, 5, NO_HEADERS);

        assertThatThrownBy(() -> otherInstance.begin(user, "10.9.8.7")).isInstanceOf(SignInLimitReached.class);
        assertThat(jdbc.queryForList("select account_key from sign_in_failure", String.class)).hasSize(5)
                .allMatch(key -> key.matches("[0-9a-f]{64}"));
        assertThat(jdbc.queryForList("select address_key from sign_in_failure", String.class))
                .allMatch(key -> key.matches("[0-9a-f]{64}"));
    }

    private void failBasic(String from, String user, int times, Map<String, String> headers) {
        for (int i = 0; i < times; i++) {
            assertThat(http.me(from, basic(user, "wrong-" + i), headers).status()).isEqualTo(401);
        }
    }

    private long auditCount(String action, long accountId) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = ? and entity_type = 'account' "
                + "and entity_id = ?", Long.class, action, Long.toString(accountId));
    }
}
