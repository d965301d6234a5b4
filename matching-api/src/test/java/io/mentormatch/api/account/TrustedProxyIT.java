package io.mentormatch.api.account;

import static io.mentormatch.api.account.RawHttp.CLIENT;
import static io.mentormatch.api.account.RawHttp.PROXY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Behind the TLS-terminating proxy (127.0.0.2 here, the same context as {@link SignInLimitIT}): the session
 * cookie is Secure and SameSite=Lax, and HSTS is sent, only when the trusted proxy says the request came over
 * https. The client address part is in {@link SignInLimitIT#believesForwardedForOnlyFromTheTrustedProxy()}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "mentormatch.security.trusted-proxies=127.0.0.2/32", "mentormatch.security.sign-in-limit.per-address=12"})
class TrustedProxyIT {

    private static final Map<String, String> OVER_TLS = Map.of("X-Forwarded-Proto", "https");

    @LocalServerPort
    int port;

    @Test
    void marksTheSessionCookieSecureWhenTheTrustedProxyReceivedItOverTls() {
        RawHttp.Response page = new RawHttp(port).get(PROXY, "/login", OVER_TLS);
        assertThat(page.sessionCookie()).hasValueSatisfying(cookie -> assertThat(cookie)
                .contains("; Secure").contains("; SameSite=Lax").contains("; HttpOnly"));
        assertThat(page.header("Strict-Transport-Security")).isPresent();
    }

    @Test
    void keepsThePlainHttpCookieNotSecureFromTheProxy() {
        RawHttp.Response page = new RawHttp(port).get(PROXY, "/login", Map.of());
        assertThat(page.sessionCookie()).hasValueSatisfying(cookie -> assertThat(cookie)
                .doesNotContain("Secure").contains("; SameSite=Lax"));
        assertThat(page.header("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void ignoresForwardedProtoFromAnUntrustedClient() {
        RawHttp.Response page = new RawHttp(port).get(CLIENT, "/login", OVER_TLS);
        assertThat(page.sessionCookie()).hasValueSatisfying(cookie -> assertThat(cookie)
                .doesNotContain("Secure").contains("; SameSite=Lax"));
        assertThat(page.header("Strict-Transport-Security")).isEmpty();
    }
}
