package io.mentormatch.api.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import io.mentormatch.api.Http;
import io.mentormatch.api.MutableClock;
import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.cohort.CohortState;

/**
 * The second factor over real HTTP: set up with a code the test computes from the secret with the library's code
 * generator at the application's clock, then asked for at every password sign-in; wrong codes count toward the
 * sign-in limit; recovery codes work once; HTTP Basic is refused for such an account; administrators and directors
 * are sent to set one up first (this context requires it for both, mentormatch.security.require-mfa-for).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "mentormatch.security.require-mfa-for=ADMIN,DIRECTOR")
class SecondFactorIT {

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** The code an authenticator app shows now for this secret (the application's clock, which tests move). */
    private String code(String secret) throws Exception {
        return new DefaultCodeGenerator().generate(secret, clock.instant().getEpochSecond() / 30);
    }

    /** Sets up the second factor over HTTP Basic (before it is on) and answers the secret and the recovery codes. */
    private Enrolled enrol(String user) throws Exception {
        Http.Response started = http.post(user, "/api/me/second-factor", null);
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        String secret = started.json().get("secret").asText();
        assertThat(started.json().get("qrCode").asText()).startsWith("data:image/png;base64,");
        assertThat(started.json().get("uri").asText()).startsWith("otpauth://totp/").contains("secret=" + secret);
        Http.Response confirmed = http.post(user, "/api/me/second-factor/confirmation", "{\"code\": \"" + code(secret) + "\"}");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        List<String> recovery = new ArrayList<>();
        confirmed.json().get("codes").forEach(node -> recovery.add(node.asText()));
        // the code just used stays used: the next sign-in needs the next one
        clock.advance(Duration.ofSeconds(30));
        return new Enrolled(secret, recovery);
    }

    private record Enrolled(String secret, List<String> recoveryCodes) {
    }

    private int failures() {
        return jdbc.queryForObject("select count(*) from sign_in_failure", Integer.class);
    }

    private List<String> audit(String action) {
        return jdbc.queryForList("select coalesce(after_json, before_json) from audit_entry where action = ?", String.class, action);
    }

    @Test
    void setsUpWithACodeFromTheSecretAndThenAsksForACodeAtEverySignIn() throws Exception {
        String user = data.world(CohortState.DRAFT).resident1();
        Enrolled enrolled = enrol(user);
        assertThat(enrolled.recoveryCodes()).hasSize(10).doesNotHaveDuplicates();
        assertThat(jdbc.queryForList("select code_hash from recovery_code r join app_user u on u.id = r.user_id "
                + "where u.username = ?", String.class, user)).hasSize(10).doesNotContainAnyElementsOf(enrolled.recoveryCodes());
        assertThat(audit("second-factor.enrolled")).anySatisfy(entry -> assertThat(entry).contains(user));

        TotpBrowser browser = new TotpBrowser(port);
        browser.get("/login");
        String before = browser.sessionId();
        assertThat(browser.password(user, TestData.PASSWORD)).isEqualTo("/login/code");
        assertThat(browser.sessionId()).as("a new session id for the pending sign-in").isNotEqualTo(before);
        assertThat(browser.get("/api/me").status()).as("not signed in between password and code").isEqualTo(401);
        assertThat(browser.get("/api/cohorts").status()).isEqualTo(401);
        String pending = browser.sessionId();

        assertThat(browser.code(code(enrolled.secret()))).as("on to the page first asked for")
                .isEqualTo("/api/cohorts?continue");
        assertThat(browser.sessionId()).as("a new session id once signed in").isNotEqualTo(pending);
        Http.Response me = browser.get("/api/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body()).contains(user);
        JsonNode status = browser.get("/api/me/second-factor").json();
        assertThat(status.get("on").asBoolean()).isTrue();
        assertThat(status.get("recoveryCodesLeft").asInt()).isEqualTo(10);
    }

    @Test
    void refusesAWrongCodeAndCountsItTowardTheSignInLimit() throws Exception {
        String user = data.world(CohortState.DRAFT).resident1();
        Enrolled enrolled = enrol(user);
        jdbc.update("delete from sign_in_failure");
        TotpBrowser browser = new TotpBrowser(port);
        assertThat(browser.password(user, TestData.PASSWORD)).isEqualTo("/login/code");
        String right = code(enrolled.secret());
        String wrong = right.equals("000000") ? "111111" : "000000";
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(browser.code(wrong)).isEqualTo("/login/code?error");
            assertThat(browser.get("/api/me").status()).isEqualTo(401);
        }
        assertThat(failures()).isEqualTo(3);
        // a right password again does not clear the count: only a right code does
        assertThat(browser.password(user, TestData.PASSWORD)).isEqualTo("/login/code");
        assertThat(failures()).isEqualTo(3);
        assertThat(browser.code("12345x")).isEqualTo("/login/code?error");
        assertThat(browser.code(wrong)).isEqualTo("/login/code?error");
        assertThat(failures()).isEqualTo(5);
        assertThat(audit("account.sign-in-limit-reached")).anySatisfy(entry -> assertThat(entry).contains(user));

        assertThat(browser.code(right)).as("the right code, once the limit is reached").isEqualTo("/login?locked");
        assertThat(browser.get("/api/me").status()).isEqualTo(401);
        assertThat(new TotpBrowser(port).password(user, TestData.PASSWORD)).isEqualTo("/login?locked");
    }

    @Test
    void acceptsACodeOnlyOnce() throws Exception {
        String user = data.world(CohortState.DRAFT).mentor1();
        Enrolled enrolled = enrol(user);
        String code = code(enrolled.secret());
        TotpBrowser first = new TotpBrowser(port);
        first.password(user, TestData.PASSWORD);
        assertThat(first.code(code)).isEqualTo("/");

        TotpBrowser second = new TotpBrowser(port);
        second.password(user, TestData.PASSWORD);
        assertThat(second.code(code)).as("the same code seen over a shoulder").isEqualTo("/login/code?error");
        clock.advance(Duration.ofSeconds(30));
        assertThat(second.code(code(enrolled.secret()))).isEqualTo("/");
    }

    @Test
    void acceptsEachRecoveryCodeOnce() throws Exception {
        String user = data.world(CohortState.DRAFT).resident2();
        Enrolled enrolled = enrol(user);
        String recovery = enrolled.recoveryCodes().get(3);

        TotpBrowser first = new TotpBrowser(port);
        first.password(user, TestData.PASSWORD);
        assertThat(first.code(" " + recovery.toUpperCase() + " ")).isEqualTo("/");
        assertThat(first.get("/api/me/second-factor").json().get("recoveryCodesLeft").asInt()).isEqualTo(9);
        assertThat(audit("second-factor.recovery-code-used")).anySatisfy(entry -> assertThat(entry).contains(user));

        TotpBrowser second = new TotpBrowser(port);
        second.password(user, TestData.PASSWORD);
        assertThat(second.code(recovery)).as("a recovery code used once already").isEqualTo("/login/code?error");
        assertThat(second.code(enrolled.recoveryCodes().get(4))).isEqualTo("/");
    }

    @Test
    void refusesHttpBasicForAnAccountWithASecondFactor() throws Exception {
        String user = data.world(CohortState.DRAFT).mentor2();
        assertThat(http.get(user, "/api/cohorts").status()).isEqualTo(200);
        enrol(user);

        Http.Response refused = http.get(user, "/api/cohorts");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asText()).isEqualTo("https://mentormatch.io/problems/second-factor-required");
        assertThat(refused.json().get("detail").asText()).contains("POST /api/me/tokens");
        assertThat(new Http(port, "wrong-password").get(user, "/api/cohorts").json().get("type").asText())
                .as("a wrong password says no more than before").endsWith("/unauthenticated");
    }

    @Test
    void turnsOffWithACurrentCodeOrThePasswordOnly() throws Exception {
        String user = data.world(CohortState.DRAFT).resident1();
        Enrolled enrolled = enrol(user);
        jdbc.update("delete from sign_in_failure");
        TotpBrowser browser = new TotpBrowser(port);
        browser.password(user, TestData.PASSWORD);
        browser.code(code(enrolled.secret()));

        Http.Response wrong = browser.post("/api/me/second-factor/turn-off", "{\"password\": \"not-my-password\"}");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("password");
        assertThat(failures()).as("a wrong password counts toward the sign-in limit").isEqualTo(1);
        assertThat(browser.post("/api/me/second-factor/turn-off", "{}").status()).isEqualTo(400);
        assertThat(browser.post("/api/me/second-factor/turn-off", "{\"password\": \"" + TestData.PASSWORD + "\"}").status())
                .isEqualTo(204);
        assertThat(audit("second-factor.turned-off")).isNotEmpty();
        assertThat(browser.get("/api/me").status()).as("this session carries on").isEqualTo(200);

        assertThat(new TotpBrowser(port).password(user, TestData.PASSWORD)).as("no code asked any more").isEqualTo("/");
        assertThat(http.get(user, "/api/cohorts").status()).isEqualTo(200);
    }

    @Test
    void sendsAnAdministratorWithoutASecondFactorToSetOneUpFirst() throws Exception {
        World world = data.world(CohortState.DRAFT);
        for (String manager : List.of(world.admin(), world.director())) {
            Http.Response refused = http.get(manager, "/api/cohorts");
            assertThat(refused.status()).as(manager).isEqualTo(403);
            assertThat(refused.json().get("type").asText()).endsWith("/second-factor-enrolment-required");
            assertThat(http.get(manager, "/api/me/second-factor").json().get("required").asBoolean()).isTrue();
        }
        assertThat(http.get(world.mentor1(), "/api/cohorts").status()).as("optional for everyone else").isEqualTo(200);
        assertThat(http.get(world.mentor1(), "/api/me/second-factor").json().get("required").asBoolean()).isFalse();

        Enrolled enrolled = enrol(world.admin());
        TotpBrowser browser = new TotpBrowser(port);
        assertThat(browser.password(world.admin(), TestData.PASSWORD)).isEqualTo("/login/code");
        browser.code(code(enrolled.secret()));
        assertThat(browser.get("/api/cohorts").status()).isEqualTo(200);
        // turning it off sends the administrator straight back to setting one up
        assertThat(browser.post("/api/me/second-factor/turn-off", "{\"code\": \"" + code(enrolled.secret()) + "\"}").status())
                .as("the code just used for signing in").isEqualTo(400);
        clock.advance(Duration.ofSeconds(30));
        assertThat(browser.post("/api/me/second-factor/turn-off", "{\"code\": \"" + code(enrolled.secret()) + "\"}").status())
                .isEqualTo(204);
        assertThat(browser.get("/api/cohorts").status()).isEqualTo(403);
    }

    @Test
    void letsAnAdministratorRemoveSomeonesSecondFactor() throws Exception {
        World world = data.world(CohortState.DRAFT);
        enrol(world.resident1());
        TotpBrowser signedIn = new TotpBrowser(port);
        assertThat(signedIn.password(world.resident1(), TestData.PASSWORD)).isEqualTo("/login/code");

        TotpBrowser admin = new TotpBrowser(port);
        Enrolled adminFactor = enrol(world.admin());
        admin.password(world.admin(), TestData.PASSWORD);
        admin.code(code(adminFactor.secret()));
        Http.Response removed = admin.delete("/api/users/" + world.resident1() + "/second-factor");
        assertThat(removed.status()).as(removed.body()).isEqualTo(204);
        assertThat(audit("second-factor.reset")).anySatisfy(entry -> assertThat(entry).contains(world.resident1()));

        assertThat(new TotpBrowser(port).password(world.resident1(), TestData.PASSWORD)).isEqualTo("/");
        assertThat(http.get(world.resident1(), "/api/me/second-factor").json().get("on").asBoolean()).isFalse();
    }
}
