package io.mentormatch.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import io.mentormatch.api.account.NewUser;
import io.mentormatch.api.account.UserAccounts;
import io.mentormatch.api.access.Role;
import io.mentormatch.api.access.SystemActor;

/**
 * Where {@code mentormatch.security.require-mfa-for} names a role, its people are sent to the set-up page after
 * signing in and reach nothing else until their second factor is on; everyone else is not asked.
 */
@SpringBootTest(properties = "mentormatch.security.require-mfa-for=ADMIN,DIRECTOR")
@AutoConfigureMockMvc
class SecondFactorPagesTest {

    private static final String PASSWORD = "amber-otter-lantern-47";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private String create(Role role) {
        String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        SystemActor.run(() -> accounts.create(new NewUser(username, username, null, PASSWORD, role, null)));
        return username;
    }

    private MockHttpSession signIn(String username) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    @Test
    void sendsAnAdministratorToSetUpASecondFactorBeforeAnythingElse() throws Exception {
        String admin = create(Role.ADMIN);
        MockHttpSession session = signIn(admin);
        for (String page : new String[] {"/dashboard", "/accounts", "/"}) {
            assertThat(mvc.perform(get(page).session(session)).andReturn().getResponse().getRedirectedUrl())
                    .as(page).isEqualTo("/account/second-factor");
        }
        MockHttpServletResponse htmx = mvc.perform(get("/dashboard").session(session).header("HX-Request", "true"))
                .andReturn().getResponse();
        assertThat(htmx.getHeader("HX-Redirect")).isEqualTo("/account/second-factor");
        assertThat(mvc.perform(post("/accounts").session(session).with(csrf()).param("username", "eve")
                .param("displayName", "Eve").param("role", "MENTOR")).andReturn().getResponse().getRedirectedUrl())
                .as("nor any page form").isEqualTo("/account/second-factor");

        MockHttpServletResponse page = mvc.perform(get("/account/second-factor").session(session)).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("Your role needs a second factor.");

        mvc.perform(post("/account/second-factor/start").session(session).with(csrf()));
        String secret = jdbc.queryForObject("select secret from second_factor f join app_user u on u.id = f.user_id "
                + "where u.username = ?", String.class, admin);
        String code = new DefaultCodeGenerator().generate(secret, clock.instant().getEpochSecond() / 30);
        MockHttpServletResponse codes = mvc.perform(post("/account/second-factor/confirm").session(session).with(csrf())
                .param("code", code)).andReturn().getResponse();
        assertThat(codes.getContentAsString()).contains("Your recovery codes");
        assertThat(mvc.perform(get("/dashboard").session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void asksNobodyElse() throws Exception {
        MockHttpSession session = signIn(create(Role.MENTOR));
        assertThat(mvc.perform(get("/inbox").session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/account/second-factor").session(session)).andReturn().getResponse()
                .getContentAsString()).doesNotContain("Your role needs a second factor");
    }
}
