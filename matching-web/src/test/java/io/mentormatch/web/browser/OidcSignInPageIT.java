package io.mentormatch.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.nimbusds.jose.JOSEObjectType;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import io.mentormatch.api.account.UserAccountEntity;
import io.mentormatch.api.account.UserAccountRepository;
import io.mentormatch.api.access.Role;

/**
 * The sign-in page with single sign-on configured, in a real browser against a real OpenID Connect provider
 * (mock-oauth2-server) started here: the "Sign in with ..." link, the way back signed in, and the reasons a
 * refused person reads, each state checked with axe-core and against the Content-Security-Policy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "mentormatch.security.oidc.enabled=true",
        "mentormatch.security.oidc.allowed-email-domains=hospital.example",
        "spring.security.oauth2.client.registration.hospital.client-id=mentormatch",
        "spring.security.oauth2.client.registration.hospital.client-secret=test-only-secret",
        "spring.security.oauth2.client.registration.hospital.client-name=St. Example Hospital",
        "spring.security.oauth2.client.registration.hospital.scope=openid,profile,email"})
class OidcSignInPageIT {

    private static final MockOAuth2Server PROVIDER = new MockOAuth2Server();
    private static final By SIGN_IN_WITH_PROVIDER = By.linkText("Sign in with St. Example Hospital");

    @LocalServerPort
    int port;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    TransactionTemplate tx;

    private Browser browser;

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

    @BeforeEach
    void openBrowser() {
        browser = new Browser(port);
    }

    @AfterEach
    void closeBrowser() {
        try {
            browser.assertNoPolicyViolations();
        } finally {
            browser.close();
        }
    }

    private UserAccountEntity account(String email, boolean enabled) {
        String username = "sso-" + UUID.randomUUID().toString().substring(0, 8);
        return tx.execute(status -> {
            UserAccountEntity account = new UserAccountEntity(username, "Dr. " + username, email, null, Role.MENTOR, null);
            account.setEnabled(enabled);
            return accounts.save(account);
        });
    }

    /** Clicks "Sign in with ..." on the sign-in page; the provider vouches for a new subject with this e-mail. */
    private void signInWithProvider(String email) {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback("hospital", UUID.randomUUID().toString(),
                JOSEObjectType.JWT.getType(), List.of("mentormatch"), Map.of("email", email, "email_verified", true), 3600));
        browser.open("/login");
        browser.click(SIGN_IN_WITH_PROVIDER);
    }

    private void assertAccessible() {
        List<Rule> violations = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser.driver()).getViolations();
        assertThat(violations).as("axe-core violations on %s", browser.driver().getCurrentUrl())
                .extracting(rule -> rule.getId() + ": " + rule.getHelp()).isEmpty();
    }

    @Test
    void offersTheProviderAndSignsALinkablePersonIn() {
        UserAccountEntity account = account(UUID.randomUUID() + "@hospital.example", true);
        browser.open("/login");
        assertThat(browser.find(SIGN_IN_WITH_PROVIDER).getAttribute("href")).endsWith("/oauth2/authorization/hospital");
        assertAccessible();
        browser.phoneSize();
        browser.screenshot("oidc-01-login-phone");
        browser.desktopSize();

        signInWithProvider(account.getEmail());
        assertThat(browser.text(By.cssSelector("form.signout .who"))).isEqualTo(account.getDisplayName());
    }

    @Test
    void tellsAPersonWithoutAnAccountWhatToAskFor() {
        signInWithProvider(UUID.randomUUID() + "@hospital.example");

        assertThat(browser.driver().getCurrentUrl()).endsWith("/login?error");
        assertThat(browser.text(By.cssSelector("[role=alert]")))
                .contains("no account here is yours yet").doesNotContain("Wrong username or password");
        assertAccessible();
        browser.screenshot("oidc-02-not-linked");
    }

    @Test
    void tellsAPersonWhoseAccountIsDisabled() {
        UserAccountEntity account = account(UUID.randomUUID() + "@hospital.example", false);
        signInWithProvider(account.getEmail());

        assertThat(browser.driver().getCurrentUrl()).endsWith("/login?error");
        assertThat(browser.text(By.cssSelector("[role=alert]"))).startsWith("Your account is disabled.");
        assertAccessible();
    }

    @Test
    void stillSaysAWrongPasswordIsWrong() {
        browser.open("/login");
        browser.type(By.id("username"), "nobody");
        browser.type(By.id("password"), "not-a-password");
        browser.click(By.cssSelector("main button[type=submit]"));

        assertThat(browser.text(By.cssSelector("[role=alert]"))).isEqualTo("Wrong username or password. Please try again.");
    }
}
