package io.mentormatch.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import io.mentormatch.api.account.NewUser;
import io.mentormatch.api.account.UserAccounts;
import io.mentormatch.api.cohort.NewProgram;
import io.mentormatch.api.cohort.ProgramService;
import io.mentormatch.api.access.Role;
import io.mentormatch.api.access.SystemActor;

/**
 * The account pages' forms fed missing, mistyped and over-long values: a field message with 400, never a 5xx,
 * and nothing changed (the audit table, which every account change writes to, keeps its row count).
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccountPagesTest {

    private static final String PASSWORD = "amber-otter-lantern-47";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ProgramService programs;
    @Autowired
    JdbcTemplate jdbc;

    private String admin;
    private String director;
    private String resident;
    private long programId;

    @BeforeEach
    void accounts() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        programId = SystemActor.call(() -> programs.create(new NewProgram("Program " + tag))).id();
        admin = create("admin-" + tag, Role.ADMIN, null);
        director = create("director-" + tag, Role.DIRECTOR, programId);
        resident = create("resident-" + tag, Role.RESIDENT, null);
    }

    private String create(String username, Role role, Long programId) {
        SystemActor.run(() -> accounts.create(new NewUser(username, username, null, PASSWORD, role, programId)));
        return username;
    }

    @Test
    void answersBadNewAccountFormsWithFieldMessages() throws Exception {
        assertRefused(post("/accounts"), admin, "Fill this in.");
        assertRefused(form(post("/accounts"), "username", "eve", "displayName", "Eve", "role", "KING"), admin,
                "Choose one of the roles offered.");
        assertRefused(form(post("/accounts"), "username", "eve", "displayName", "Eve", "role", "DIRECTOR", "programId", "abc"),
                admin, "Write a whole number, such as 3.");
        assertRefused(form(post("/accounts"), "username", "x".repeat(5_000), "displayName", "<b>Eve</b>", "role", "MENTOR"),
                admin, "Write at most 320 characters.");
        assertRefused(form(post("/accounts"), "username", "eve", "displayName", "Eve", "role", "DIRECTOR", "programId", "987654321"),
                admin, "is not a program");
        assertRefused(form(post("/accounts"), "username", resident, "displayName", "Eve", "role", "MENTOR"), admin, "is taken");
    }

    @Test
    void answersBadAccountChangesWithFieldMessages() throws Exception {
        String path = "/accounts/" + resident;
        assertRefused(post(path), admin, "Fill this in.");
        assertRefused(form(post(path), "displayName", "Res", "role", "WIZARD"), admin, "Choose one of the roles offered.");
        assertRefused(form(post(path), "displayName", "Res", "role", "DIRECTOR", "programId", "-3"), admin, "Choose a number above 0.");
        assertRefused(form(post(path), "displayName", "Res", "role", "DIRECTOR"), admin, "is required for a director");
        assertRefused(form(post(path), "displayName", "x".repeat(100_000), "role", "RESIDENT", "email", "not-an-address"), admin,
                "Write an e-mail address, such as name@hospital.org.");
        assertRefused(form(post(path + "/enabled"), "enabled", "maybe"), admin, "Choose yes or no.");
        assertRefused(post(path + "/enabled"), admin, "Fill this in.");
        assertRefused(get("/accounts").param("role", "KING").param("page", "x"), admin, "Choose one of the roles offered.");
    }

    @Test
    void refusesDirectorsOutsideTheirRosterAndNamesUnknownAccounts() throws Exception {
        assertRefused(form(post("/accounts/" + admin), "displayName", "Admin", "role", "ADMIN", "programId", "x"), admin,
                "Write a whole number, such as 3.");
        assertStatus(form(post("/accounts"), "username", "eve", "displayName", "Eve", "role", "MENTOR"), director, 403);
        // an account outside the director's program reads as unknown (issue 19)
        assertStatus(form(post("/accounts/" + resident + "/enabled"), "enabled", "false"), director, 404);
        assertStatus(post("/accounts/" + resident + "/password-reset"), director, 404);
        assertStatus(post("/accounts/" + resident + "/temporary-password"), director, 403);
        assertStatus(get("/accounts/nobody-" + UUID.randomUUID()), admin, 404);
        assertStatus(get("/accounts"), resident, 403);
    }

    @Test
    void answersBadPasswordFormsWithFieldMessages() throws Exception {
        assertRefused(post("/account/password"), resident, "Fill this in.");
        assertRefused(form(post("/account/password"), "currentPassword", PASSWORD, "newPassword", "x".repeat(10_000),
                "confirmation", "x".repeat(10_000)), resident, "Write at most 200 characters.");
        assertRefused(form(post("/account/password"), "currentPassword", "wrong", "newPassword", "violet-harbor-compass-81",
                "confirmation", "violet-harbor-compass-81"), resident, "is not your current password");
        assertRefused(form(post("/account/password"), "currentPassword", PASSWORD, "newPassword", "violet-harbor-compass-81",
                "confirmation", "violet-harbor-compass-82"), resident, "does not match the new password");
    }

    @Test
    void createsAnAccountWithATemporaryPasswordShownOnce() throws Exception {
        String body = mvc.perform(form(post("/accounts"), "username", "new-" + admin, "displayName", "New person",
                        "role", "MENTOR").with(user(admin)).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).contains("Account created").containsPattern("id=\"temporary-password\">[A-Za-z0-9]{4}-");
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = ? and password_change_required",
                Long.class, "new-" + admin)).isEqualTo(1);
    }

    @Test
    void createsAnAccountWithAnEmailByMailingTheOwnerALink() throws Exception {
        String email = "new-" + admin + "@example.org";
        MockHttpServletResponse response = mvc.perform(form(post("/accounts"), "username", "new-" + admin, "displayName",
                "New person", "email", email, "role", "MENTOR").with(user(admin)).with(csrf())).andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/accounts/new-" + admin + "?linkSent");
        assertThat(response.getContentAsString()).doesNotContain("temporary-password");
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient = ? and template = 'password-link'",
                Long.class, email)).isEqualTo(1);
        assertThat(mvc.perform(get("/accounts/new-" + admin).param("linkSent", "").with(user(admin))).andReturn()
                .getResponse().getContentAsString()).contains("We e-mailed the person a link to set");
    }

    @Test
    void offersATemporaryPasswordOnlyToAdministratorsForAPersonWithoutEmail() throws Exception {
        String page = mvc.perform(get("/accounts/" + resident).with(user(admin))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Give a temporary password").doesNotContain("Yes, e-mail the link");
        String body = mvc.perform(post("/accounts/" + resident + "/temporary-password").with(user(admin)).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).contains("It stops working after 72 hours", "id=\"temporary-expires\"")
                .containsPattern("id=\"temporary-password\">[A-Za-z0-9]{4}-");
        MockHttpServletResponse refused = mvc.perform(post("/accounts/" + resident + "/password-reset").with(user(admin))
                .with(csrf())).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(refused.getContentAsString()).contains("This person has no e-mail address to send a link to");
    }

    @Test
    void setsAPasswordFromAMailedLinkOnceAndExplainsExpiredUsedAndUnknownLinks() throws Exception {
        mvc.perform(form(post("/accounts/" + resident), "displayName", resident, "role", "RESIDENT", "email",
                resident + "@example.org").with(user(admin)).with(csrf()));
        mvc.perform(post("/accounts/" + resident + "/password-reset").with(user(admin)).with(csrf()));
        String mail = jdbc.queryForObject("select body from notification where recipient = ? and template = 'password-link'",
                String.class, resident + "@example.org");
        String path = mail.substring(mail.indexOf("/set-password/")).split("\\s")[0];

        assertThat(mvc.perform(get(path)).andReturn().getResponse().getContentAsString()).contains("Set my password");
        assertRefusedAnonymously(form(post(path), "newPassword", "short", "confirmation", "short"), "12");
        assertRefusedAnonymously(form(post(path), "newPassword", "violet-harbor-compass-81", "confirmation", "violet"),
                "does not match the new password");
        MockHttpServletResponse set = mvc.perform(form(post(path), "newPassword", "violet-harbor-compass-81",
                "confirmation", "violet-harbor-compass-81").with(csrf())).andReturn().getResponse();
        assertThat(set.getRedirectedUrl()).isEqualTo("/login?passwordSet");
        assertThat(mvc.perform(get(path)).andReturn().getResponse().getContentAsString()).contains("This link was used already");
        assertThat(mvc.perform(get("/set-password/not-a-link")).andReturn().getResponse().getContentAsString())
                .contains("This link is not valid");
        assertThat(mvc.perform(get("/set-password/" + "x".repeat(5_000))).andReturn().getResponse().getStatus()).isEqualTo(200);

        mvc.perform(post("/accounts/" + resident + "/password-reset").with(user(admin)).with(csrf()));
        jdbc.update("update password_link set expires_at = ? where used_at is null",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)));
        String latest = jdbc.queryForList("select body from notification where recipient = ? and template = 'password-link'"
                + " order by id desc", String.class, resident + "@example.org").get(0);
        String expired = latest.substring(latest.indexOf("/set-password/")).split("\\s")[0];
        assertThat(mvc.perform(get(expired)).andReturn().getResponse().getContentAsString()).contains("This link has expired");
        assertRefusedAnonymously(form(post(expired), "newPassword", "amber-otter-lantern-48", "confirmation",
                "amber-otter-lantern-48"), "This link has expired");
    }

    @Test
    void saysOnTheSignInPageThatATemporaryPasswordExpired() throws Exception {
        assertThat(mvc.perform(get("/login").param("expired", "")).andReturn().getResponse().getContentAsString())
                .contains("Your temporary password has expired");
    }

    private void assertRefusedAnonymously(MockHttpServletRequestBuilder request, String message) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains(message);
    }

    @Test
    void marksAnAccountWithoutAPasswordInTheList() throws Exception {
        String imported = "imported-" + admin + "@example.org";
        SystemActor.run(() -> accounts.accountFor(imported, "Imported person", Role.MENTOR, programId));
        String withoutPassword = mvc.perform(get("/accounts").param("q", imported).with(user(admin)))
                .andReturn().getResponse().getContentAsString();
        String withPassword = mvc.perform(get("/accounts").param("q", resident).with(user(admin)))
                .andReturn().getResponse().getContentAsString();

        assertThat(withoutPassword).contains(imported).contains("No password: single sign-on only");
        assertThat(withPassword).contains(resident).doesNotContain("No password");
    }

    private void assertRefused(MockHttpServletRequestBuilder request, String as, String message) throws Exception {
        long audited = jdbc.queryForObject("select count(*) from audit_entry", Long.class);
        MockHttpServletResponse response = mvc.perform(request.with(user(as)).with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains(message);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry", Long.class)).isEqualTo(audited);
    }

    private void assertStatus(MockHttpServletRequestBuilder request, String as, int status) throws Exception {
        assertThat(mvc.perform(request.with(user(as)).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(status);
    }

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String... fields) {
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return request;
    }
}
