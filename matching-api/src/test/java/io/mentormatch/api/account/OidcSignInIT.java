package io.mentormatch.api.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEObjectType;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import io.mentormatch.api.access.Role;

/**
 * Single sign-on over real HTTP against a real OpenID Connect provider (mock-oauth2-server) started here: the
 * browser (a cookie-keeping client that follows redirects) goes through the whole authorization-code flow, and
 * each test chooses the subject and claims of the ID token the provider issues next.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "mentormatch.security.oidc.enabled=true",
        "mentormatch.security.oidc.allowed-email-domains=hospital.example, Clinic.Example",
        "spring.security.oauth2.client.registration.hospital.client-id=mentormatch",
        "spring.security.oauth2.client.registration.hospital.client-secret=test-only-secret",
        "spring.security.oauth2.client.registration.hospital.client-name=St. Example Hospital",
        "spring.security.oauth2.client.registration.hospital.scope=openid,profile,email",
        "mentormatch.security.require-mfa-for=ADMIN,DIRECTOR"})
@ExtendWith(OutputCaptureExtension.class)
class OidcSignInIT {

    private static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

    @LocalServerPort
    int port;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    OidcProviders providers;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;

    private CapturedOutput output;

    @BeforeEach
    void captureLog(CapturedOutput output) {
        this.output = output;
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        PROVIDER.start();
        registry.add("spring.security.oauth2.client.provider.hospital.issuer-uri",
                () -> PROVIDER.issuerUrl("hospital").toString());
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.shutdown();
    }

    /** Where a browser ended up, and what the application logged on the way. */
    private record Visit(int status, URI uri, String log) {
    }

    /** A browser: its own cookies, redirects followed across the application and the provider. */
    private final class Browser {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();

        /** Signs in with the provider, which vouches for this subject with these claims. */
        Visit signIn(String subject, Map<String, Object> claims) throws Exception {
            PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback("hospital", subject, JOSEObjectType.JWT.getType(),
                    List.of("mentormatch"), claims, 3600));
            return get("/oauth2/authorization/hospital");
        }

        Visit get(String path) throws Exception {
            int logged = output.length();
            HttpResponse<String> response = send(path);
            return new Visit(response.statusCode(), response.uri(), output.toString().substring(logged));
        }

        /** The username the application knows this browser's session by, or null when it has none. */
        String signedInAs() throws Exception {
            HttpResponse<String> me = send("/api/me");
            return me.statusCode() == 200 ? me.body().replaceAll(".*\"username\":\"([^\"]+)\".*", "$1") : null;
        }

        private HttpResponse<String> send(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    private static Map<String, Object> email(String email, boolean verified) {
        return Map.of("email", email, "email_verified", verified);
    }

    private UserAccountEntity account(String email) {
        String username = "sso-" + UUID.randomUUID().toString().substring(0, 8);
        return tx.execute(status -> accounts.save(new UserAccountEntity(username, username, email, null, Role.RESIDENT, null)));
    }

    private UserAccountEntity reloaded(UserAccountEntity account) {
        return accounts.findById(account.getId()).orElseThrow();
    }

    private static String subject() {
        return UUID.randomUUID().toString();
    }

    private static String unique(String domain) {
        return UUID.randomUUID().toString().substring(0, 8) + "@" + domain;
    }

    /** Back on the sign-in page, refused for this reason (the web module's sign-in page explains it). */
    private static void assertRefused(Visit visit, String reason) {
        assertThat(visit.status()).isEqualTo(200);
        assertThat(visit.uri().getPath()).isEqualTo("/login");
        assertThat(visit.uri().getQuery()).isEqualTo("error");
        assertThat(visit.log()).contains("Single sign-on refused (" + reason + ")");
    }

    @Test
    void linksAVerifiedEmailInAnAllowedDomainOnceThenKnowsThePersonBySubjectAlone() throws Exception {
        String email = unique("Hospital.Example");
        UserAccountEntity account = account(email.toLowerCase());
        String subject = subject();

        Browser first = new Browser();
        first.signIn(subject, email(email, true));
        assertThat(first.signedInAs()).isEqualTo(account.getUsername());
        UserAccountEntity linked = reloaded(account);
        assertThat(linked.getOidcIssuer()).isEqualTo(PROVIDER.issuerUrl("hospital").toString());
        assertThat(linked.getOidcSubject()).isEqualTo(subject);
        assertThat(jdbc.queryForList("select actor || ' ' || action || ' ' || entity_type || ' ' || after_json from audit_entry"
                + " where entity_id = ?", String.class, String.valueOf(account.getId())))
                .singleElement().asString()
                .startsWith("system oidc-linked account")
                .contains(account.getUsername(), subject, email);

        // the provider's e-mail changed, no longer verified, and is someone else's now: the subject decides
        account("someone.else@hospital.example");
        Browser second = new Browser();
        second.signIn(subject, email("someone.else@hospital.example", false));
        assertThat(second.signedInAs()).isEqualTo(account.getUsername());
    }

    @Test
    void refusesAnUnverifiedEmail() throws Exception {
        UserAccountEntity account = account(unique("hospital.example"));
        Browser browser = new Browser();

        assertRefused(browser.signIn(subject(), email(account.getEmail(), false)), OidcAccounts.NOT_LINKED);
        assertThat(browser.signedInAs()).isNull();
        assertThat(reloaded(account).isLinkedToOidc()).isFalse();

        assertRefused(browser.signIn(subject(), Map.of("email", account.getEmail())), OidcAccounts.NOT_LINKED);
        assertThat(reloaded(account).isLinkedToOidc()).isFalse();
    }

    @Test
    void refusesAVerifiedEmailInADomainNotAllowed() throws Exception {
        UserAccountEntity account = account(unique("webmail.example"));
        // a subdomain is another domain
        UserAccountEntity subdomain = account(unique("staff.hospital.example"));
        Browser browser = new Browser();

        assertRefused(browser.signIn(subject(), email(account.getEmail(), true)), OidcAccounts.NOT_LINKED);
        assertRefused(browser.signIn(subject(), email(subdomain.getEmail(), true)), OidcAccounts.NOT_LINKED);
        assertThat(browser.signedInAs()).isNull();
        assertThat(reloaded(account).isLinkedToOidc()).isFalse();
        assertThat(reloaded(subdomain).isLinkedToOidc()).isFalse();
    }

    @Test
    void refusesAnUnknownSubjectWithoutAnAccountForItsEmail() throws Exception {
        Browser browser = new Browser();
        assertRefused(browser.signIn(subject(), email(unique("clinic.example"), true)), OidcAccounts.NOT_LINKED);
        assertRefused(browser.signIn(subject(), Map.of()), OidcAccounts.NOT_LINKED);
        assertThat(browser.signedInAs()).isNull();
    }

    @Test
    void refusesADisabledAccountWhetherLinkedOrNot() throws Exception {
        UserAccountEntity linked = account(unique("hospital.example"));
        UserAccountEntity unlinked = account(unique("hospital.example"));
        String subject = subject();
        new Browser().signIn(subject, email(linked.getEmail(), true));
        assertThat(reloaded(linked).isLinkedToOidc()).isTrue();
        tx.executeWithoutResult(status -> {
            accounts.findById(linked.getId()).orElseThrow().setEnabled(false);
            accounts.findById(unlinked.getId()).orElseThrow().setEnabled(false);
        });

        Browser browser = new Browser();
        assertRefused(browser.signIn(subject, email(linked.getEmail(), true)), OidcAccounts.DISABLED);
        assertRefused(browser.signIn(subject(), email(unlinked.getEmail(), true)), OidcAccounts.DISABLED);
        assertThat(browser.signedInAs()).isNull();
        assertThat(reloaded(unlinked).isLinkedToOidc()).isFalse();
    }

    @Test
    void neverLinksByPreferredUsername() throws Exception {
        UserAccountEntity account = account(unique("hospital.example"));
        Browser browser = new Browser();

        assertRefused(browser.signIn(subject(), Map.of("preferred_username", account.getUsername())), OidcAccounts.NOT_LINKED);
        assertRefused(browser.signIn(account.getUsername(), Map.of("preferred_username", account.getUsername(),
                "email", unique("hospital.example"), "email_verified", true)), OidcAccounts.NOT_LINKED);
        assertThat(browser.signedInAs()).isNull();
        assertThat(reloaded(account).isLinkedToOidc()).isFalse();
    }

    @Test
    void neverMovesALinkedAccountToASecondIdentityWithTheSameEmail() throws Exception {
        UserAccountEntity account = account(unique("hospital.example"));
        String subject = subject();
        new Browser().signIn(subject, email(account.getEmail(), true));

        Browser other = new Browser();
        assertRefused(other.signIn(subject(), email(account.getEmail(), true)), OidcAccounts.NOT_LINKED);
        assertThat(other.signedInAs()).isNull();
        assertThat(reloaded(account).getOidcSubject()).isEqualTo(subject);
    }

    @Test
    void offersTheConfiguredProviderForSignIn() {
        assertThat(providers.all()).containsExactly(
                new OidcProviders.Provider("St. Example Hospital", "/oauth2/authorization/hospital"));
    }

    /**
     * The identity provider owns a single sign-on's factors (issue 19): an administrator whose role requires a second
     * factor here, one with a password and a second factor on, one without, both sign in with the provider and are
     * neither asked for a code nor sent to set one up.
     */
    @Test
    void neverAsksASingleSignOnSignInForASecondFactor() throws Exception {
        for (boolean secondFactorOn : List.of(true, false)) {
            String email = unique("hospital.example");
            String username = "sso-admin-" + UUID.randomUUID().toString().substring(0, 8);
            UserAccountEntity admin = tx.execute(status -> accounts.save(new UserAccountEntity(username, username, email,
                    "{noop}unused-password-here", Role.ADMIN, null)));
            if (secondFactorOn) {
                jdbc.update("insert into second_factor (user_id, secret, started_at, confirmed_at) "
                        + "values (?, 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', current_timestamp, current_timestamp)", admin.getId());
            }
            Browser browser = new Browser();
            Visit visit = browser.signIn(subject(), email(email, true));
            assertThat(visit.uri().getPath()).as("second factor on: " + secondFactorOn).doesNotStartWith("/login");
            assertThat(browser.signedInAs()).isEqualTo(username);
            assertThat(browser.get("/api/cohorts").status()).as("second factor on: " + secondFactorOn).isEqualTo(200);
        }
    }
}
