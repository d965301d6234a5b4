package io.mentormatch.web.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import io.mentormatch.web.system.PageWorlds.Stage;
import io.mentormatch.web.system.PageWorlds.World;

/**
 * Issue 23: an administrator makes an identity provider's SCIM provisioning token on the tokens page and is told
 * where to paste it; nobody else is offered the choice, and a resident who posts it anyway gets a field message.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TokenPagesTest {

    private static final String CHOICE = "For an identity provider (SCIM provisioning)";

    @Autowired
    MockMvc mvc;
    @Autowired
    PageWorlds worlds;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void offersAnIdentityProvidersTokenToAdministratorsOnly() throws Exception {
        World world = worlds.world(Stage.DRAFT);

        String admin = perform(get("/account/tokens"), PageWorlds.signIn(mvc, world.admin)).getContentAsString();
        assertThat(admin).contains("<option value=\"scim\"").contains(CHOICE)
                .contains("reaches only the SCIM provisioning address /scim/v2")
                .contains("make one for each identity provider").contains("aria-describedby=\"scope-hint\"");

        String director = perform(get("/account/tokens"), PageWorlds.signIn(mvc, world.director)).getContentAsString();
        assertThat(director).doesNotContain("value=\"scim\"").doesNotContain(CHOICE).doesNotContain("/scim/v2");
    }

    @Test
    void tellsTheAdministratorWhereToPasteTheIdentityProvidersToken() throws Exception {
        World world = worlds.world(Stage.DRAFT);

        MockHttpServletResponse created = perform(create("Microsoft Entra ID", "scim"), PageWorlds.signIn(mvc, world.admin));

        assertThat(created.getStatus()).isEqualTo(200);
        assertThat(created.getContentAsString())
                .contains("Paste it into the identity provider&#39;s provisioning settings as its secret token, with the tenant URL")
                .contains("<code>http://localhost:8080/scim/v2</code>")
                .contains("<td data-label=\"Access\">" + CHOICE + "</td>");
        assertThat(scimTokens(world.admin)).isEqualTo(1);
    }

    @Test
    void showsTheRefusalOfAResidentsIdentityProviderTokenAsAFieldMessage() throws Exception {
        World world = worlds.world(Stage.DRAFT);

        MockHttpServletResponse refused = perform(create("Sneaky provisioning", "scim"), PageWorlds.signIn(mvc, world.resident1));

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("<span id=\"scope-error\" class=\"field-error\">"
                + "Only an administrator may create a token for an identity provider. Choose read only or read and change.</span>")
                .contains("aria-describedby=\"scope-error\"").doesNotContain(CHOICE);
        assertThat(scimTokens(world.resident1)).as("no token made").isZero();
    }

    @Test
    void answersAReadTokenWithoutTheIdentityProvidersNotice() throws Exception {
        World world = worlds.world(Stage.DRAFT);

        MockHttpServletResponse created = perform(create("Nightly export", "read"), PageWorlds.signIn(mvc, world.admin));

        assertThat(created.getStatus()).isEqualTo(200);
        assertThat(created.getContentAsString()).contains("Your new token “Nightly export”")
                .doesNotContain("tenant URL").contains("<td data-label=\"Access\">Read only</td>");
    }

    private static MockHttpServletRequestBuilder create(String name, String scope) {
        return post("/account/tokens").param("name", name).param("scope", scope).param("expiresInDays", "365");
    }

    /** How many identity providers' tokens the person holds, not revoked. */
    private long scimTokens(String username) {
        return jdbc.queryForObject("select count(*) from api_token t join app_user u on u.id = t.user_id "
                + "where u.username = ? and t.scope = 'SCIM' and t.revoked_at is null", Long.class, username);
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
        return mvc.perform(request.session(session).with(csrf()).accept(MediaType.TEXT_HTML)).andReturn().getResponse();
    }
}
