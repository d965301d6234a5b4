package io.mentormatch.api.account;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** With single sign-on switched on and a registration configured, sign-in goes to the identity provider. */
@SpringBootTest(properties = {
        "mentormatch.security.oidc.enabled=true",
        "spring.security.oauth2.client.registration.hospital.client-id=mentormatch",
        "spring.security.oauth2.client.registration.hospital.client-secret=test-only-secret",
        "spring.security.oauth2.client.registration.hospital.scope=openid,profile,email",
        "spring.security.oauth2.client.registration.hospital.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.hospital.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.provider.hospital.authorization-uri=https://idp.example.org/authorize",
        "spring.security.oauth2.client.provider.hospital.token-uri=https://idp.example.org/token",
        "spring.security.oauth2.client.provider.hospital.jwk-set-uri=https://idp.example.org/jwks",
        "spring.security.oauth2.client.provider.hospital.user-info-uri=https://idp.example.org/userinfo",
        "spring.security.oauth2.client.provider.hospital.user-name-attribute=sub"})
@AutoConfigureMockMvc
class OidcSignInTest {

    @Autowired
    MockMvc mvc;

    @Test
    void redirectsToTheIdentityProvider() throws Exception {
        mvc.perform(get("/oauth2/authorization/hospital"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", startsWith("https://idp.example.org/authorize?")));
    }
}
