package io.mentormatch.api.scim;

import static io.mentormatch.api.token.BearerClient.basic;
import static io.mentormatch.api.token.BearerClient.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.UUID;

import com.unboundid.scim2.client.ScimService;
import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.exceptions.PreconditionFailedException;
import com.unboundid.scim2.common.exceptions.ResourceConflictException;
import com.unboundid.scim2.common.exceptions.ResourceNotFoundException;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.messages.ListResponse;
import com.unboundid.scim2.common.messages.PatchOperation;
import com.unboundid.scim2.common.types.Group;
import com.unboundid.scim2.common.types.GroupResource;
import com.unboundid.scim2.common.types.Member;
import com.unboundid.scim2.common.utils.JsonUtils;
import com.unboundid.scim2.common.types.Email;
import com.unboundid.scim2.common.types.Name;
import com.unboundid.scim2.common.types.ResourceTypeResource;
import com.unboundid.scim2.common.types.SchemaResource;
import com.unboundid.scim2.common.types.ServiceProviderConfigResource;
import com.unboundid.scim2.common.types.UserResource;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import org.glassfish.jersey.client.HttpUrlConnectorProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

import io.mentormatch.api.Pairings;
import io.mentormatch.api.SignedInSession;
import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.cohort.CohortState;
import io.mentormatch.api.token.BearerClient;
import io.mentormatch.api.token.BearerClient.Answer;

/**
 * SCIM provisioning over real HTTP, driven by UnboundID's SCIM client as an identity provider would drive it: the
 * sequences Microsoft Entra ID and Okta send, versions, pages, filters and who may call at all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScimProvisioningIT {

    private static final String USERS = "Users";
    private static final String GROUPS = "Groups";
    private static final String PATCH_OP = "{\"schemas\": [\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"], \"Operations\": ";

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    Pairings pairings;
    @Autowired
    JdbcTemplate jdbc;

    private World world;
    private BearerClient http;
    private String token;
    private Client client;
    private ScimService scim;

    @BeforeEach
    void setUp() {
        world = data.world(CohortState.DRAFT);
        http = new BearerClient(port);
        token = http.createToken(world.admin(), "scim");
        // HttpURLConnection knows no PATCH; Jersey's documented workaround sends it anyway
        client = ClientBuilder.newClient().property(HttpUrlConnectorProvider.SET_METHOD_WORKAROUND, true).register((jakarta.ws.rs.client.ClientRequestFilter) request ->
                request.getHeaders().putSingle("Authorization", bearer(token)));
        scim = new ScimService(client.target("http://localhost:" + port + "/scim/v2"));
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    @Test
    void followsEntraIdsSequenceFromCreateToDelete() throws ScimException {
        String userName = "ada-" + UUID.randomUUID() + "@hospital.example";
        UserResource created = scim.create(USERS, newUser(userName, "Ada Lovelace"));
        assertThat(created.getId()).isNotBlank();
        assertThat(created.getActive()).isTrue();
        assertThat(created.getMeta().getVersion()).startsWith("W/\"");
        assertThat(jdbc.queryForObject("select password_hash is null from app_user where username = ?", Boolean.class, userName))
                .as("single sign-on only").isTrue();

        ListResponse<UserResource> found = scim.searchRequest(USERS).filter("userName eq \"" + userName + "\"")
                .invoke(UserResource.class);
        assertThat(found.getTotalResults()).isEqualTo(1);
        assertThat(found.getResources().get(0).getId()).isEqualTo(created.getId());

        // Entra ID writes the boolean as text
        UserResource disabled = scim.modifyRequest(USERS, created.getId()).replaceValue("active", "False")
                .invoke(UserResource.class);
        assertThat(disabled.getActive()).isFalse();
        assertThat(enabled(userName)).isFalse();

        UserResource replacement = scim.retrieve(USERS, created.getId(), UserResource.class);
        replacement.setDisplayName("Ada King").setActive(true);
        UserResource replaced = scim.replace(replacement);
        assertThat(replaced.getDisplayName()).isEqualTo("Ada King");
        assertThat(replaced.getActive()).isTrue();
        assertThat(replaced.getMeta().getVersion()).isNotEqualTo(created.getMeta().getVersion());

        scim.delete(USERS, created.getId());
        assertThatThrownBy(() -> scim.retrieve(USERS, created.getId(), UserResource.class))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(scim.searchRequest(USERS).filter("userName eq \"" + userName + "\"").invoke(UserResource.class)
                .getTotalResults()).isZero();
        assertThat(jdbc.queryForObject("select enabled from app_user where username = ?", Boolean.class, userName))
                .as("the account stays, disabled").isFalse();
        assertThat(jdbc.queryForObject("select deprovisioned_at is not null from app_user where username = ?",
                Boolean.class, userName)).isTrue();

        UserResource again = scim.create(USERS, newUser(userName, "Ada King"));
        assertThat(again.getId()).as("the same account comes back").isEqualTo(created.getId());
        assertThat(again.getActive()).isTrue();
    }

    @Test
    void followsOktasSequenceOfCreateThenPutWithActiveFalse() throws ScimException {
        String userName = "grace-" + UUID.randomUUID() + "@hospital.example";
        UserResource created = scim.create(USERS, newUser(userName, "Grace Hopper").setUserType("Mentor"));
        assertThat(created.getUserType()).isEqualTo("Mentor");

        UserResource put = scim.retrieve(USERS, created.getId(), UserResource.class);
        put.setActive(false);
        assertThat(scim.replace(put).getActive()).isFalse();
        assertThat(enabled(userName)).isFalse();
        assertThat(jdbc.queryForObject("select role from app_user where username = ?", String.class, userName))
                .isEqualTo("MENTOR");
    }

    @Test
    void deprovisioningEndsSessionsKeepsPairingsAndTellsTheDirectors() throws Exception {
        pairings.published(world);
        SignedInSession session = SignedInSession.signIn(port, world.mentor1(), TestData.PASSWORD);
        assertThat(session.get("/api/me").status()).isEqualTo(200);
        long pairingsBefore = jdbc.queryForObject("select count(*) from proposal where cohort_id = ?", Long.class, world.cohortId());
        UserResource mentor = scim.searchRequest(USERS).filter("userName eq \"" + world.mentor1() + "\"")
                .invoke(UserResource.class).getResources().get(0);

        scim.delete(USERS, mentor.getId());

        assertThat(session.get("/api/me").status()).as("the session ended").isEqualTo(401);
        assertThat(http.call(HttpMethod.GET, basic(world.mentor1()), "/api/me", null).status()).isEqualTo(401);
        assertThat(jdbc.queryForObject("select count(*) from proposal where cohort_id = ?", Long.class, world.cohortId()))
                .as("every pairing's history stays").isEqualTo(pairingsBefore);
        String director = jdbc.queryForObject("select email from app_user where username = ?", String.class, world.director());
        assertThat(jdbc.queryForList("select subject from notification where lower(recipient) = lower(?) and template = ?",
                String.class, director, "member-deprovisioned")).singleElement().asString().contains("Resident R1", "Dr. F1");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where cohort_id = ? and action = ?", Long.class,
                world.cohortId(), "pairing.member-deprovisioned")).isEqualTo(1);
    }

    @Test
    void linksANewUserToTheRosterPersonWithItsEmail() throws ScimException {
        String email = "new-" + UUID.randomUUID() + "@hospital.example";
        jdbc.update("update resident set user_id = null, email = ? where cohort_id = ? and code = 'R2'", email, world.cohortId());

        UserResource created = scim.create(USERS, newUser(email, "Resident Two"));

        assertThat(jdbc.queryForObject("select user_id from resident where cohort_id = ? and code = 'R2'", Long.class,
                world.cohortId())).isEqualTo(Long.parseLong(created.getId()));
    }

    @Test
    void refusesAChangeToAVersionThatIsNoLongerCurrent() throws ScimException {
        UserResource created = scim.create(USERS, newUser("etag-" + UUID.randomUUID() + "@hospital.example", "Old Name"));
        scim.modifyRequest(USERS, created.getId()).replaceValue("displayName", "Changed Meanwhile").invoke(UserResource.class);

        created.setDisplayName("Lost Update");
        assertThatThrownBy(() -> scim.replaceRequest(created).ifMatch().invoke())
                .isInstanceOf(PreconditionFailedException.class);
        assertThat(scim.retrieve(USERS, created.getId(), UserResource.class).getDisplayName()).isEqualTo("Changed Meanwhile");
    }

    @Test
    void answersUsersInPages() throws ScimException {
        for (int i = 0; i < 3; i++) {
            scim.create(USERS, newUser("page-" + UUID.randomUUID() + "@hospital.example", "Paged " + i));
        }
        ListResponse<UserResource> first = scim.searchRequest(USERS).page(1, 2).invoke(UserResource.class);
        ListResponse<UserResource> second = scim.searchRequest(USERS).page(3, 2).invoke(UserResource.class);
        long visible = jdbc.queryForObject("select count(*) from app_user where role <> 'ADMIN' and deprovisioned_at is null", Long.class);

        assertThat(first.getTotalResults()).isEqualTo(visible);
        assertThat(first.getResources()).hasSize(2);
        assertThat(first.getItemsPerPage()).isEqualTo(2);
        assertThat(second.getStartIndex()).isEqualTo(3);
        assertThat(second.getResources()).extracting(UserResource::getId)
                .doesNotContainAnyElementsOf(first.getResources().stream().map(UserResource::getId).toList());
        assertThat(scim.searchRequest(USERS).filter("userName eq \"" + world.admin() + "\"").invoke(UserResource.class)
                .getTotalResults()).as("administrators are out of reach").isZero();
    }

    @Test
    void answersInvalidFilterForAFilterItDoesNotSupport() {
        for (String filter : List.of("displayName co \"Ada\"", "userName eq", "userName eq \"a\" or userName eq \"b\"")) {
            assertThatThrownBy(() -> scim.searchRequest(USERS).filter(filter).invoke(UserResource.class))
                    .as(filter).isInstanceOfSatisfying(BadRequestException.class,
                            e -> assertThat(e.getScimError().getScimType()).isEqualTo(BadRequestException.INVALID_FILTER));
        }
    }

    @Test
    void refusesASecondUserWithTheSameUserName() throws ScimException {
        assertThatThrownBy(() -> scim.create(USERS, newUser(world.resident1(), "Twin")))
                .isInstanceOf(ResourceConflictException.class);
        UserResource adminsTwin = newUser(world.admin(), "Admin's twin")
                .setEmails(List.of(new Email().setValue("twin-" + UUID.randomUUID() + "@hospital.example").setPrimary(true)));
        assertThatThrownBy(() -> scim.create(USERS, adminsTwin)).as("an administrator's userName is taken, unseen")
                .isInstanceOf(ResourceConflictException.class);
    }

    @Test
    void describesItselfToTheIdentityProvider() throws ScimException {
        ServiceProviderConfigResource config = scim.getServiceProviderConfig();
        assertThat(config.getPatch().isSupported()).isTrue();
        assertThat(config.getEtag().isSupported()).isTrue();
        assertThat(config.getBulk().isSupported()).isFalse();
        assertThat(scim.getResourceTypes().getResources()).extracting(ResourceTypeResource::getName)
                .containsExactly("User", "Group");
        assertThat(scim.getSchemas().getResources()).extracting(SchemaResource::getId)
                .contains("urn:ietf:params:scim:schemas:core:2.0:User", "urn:ietf:params:scim:schemas:core:2.0:Group");
        assertThat(scim.getSchema("urn:ietf:params:scim:schemas:core:2.0:User").getName()).isEqualTo("User");
    }

    @Test
    void letsOnlyAnAdministratorsScimTokenIn() {
        String write = http.createToken(world.admin(), "write");
        Answer withWrite = http.call(HttpMethod.GET, bearer(write), "/scim/v2/Users", null);
        assertThat(withWrite.status()).isEqualTo(403);
        assertThat(withWrite.headers().getContentType().toString()).startsWith("application/scim+json");
        assertThat(withWrite.json().get("schemas").get(0).asString()).isEqualTo("urn:ietf:params:scim:api:messages:2.0:Error");
        assertThat(http.call(HttpMethod.GET, null, "/scim/v2/Users", null).status()).isEqualTo(401);
        assertThat(http.call(HttpMethod.GET, bearer("mmt_unknown"), "/scim/v2/Users", null).status()).isEqualTo(401);
        assertThat(http.call(HttpMethod.GET, basic(world.admin()), "/scim/v2/Users", null).status())
                .as("not with a password either").isEqualTo(403);
        assertThat(http.call(HttpMethod.GET, bearer(token), "/api/me", null).status()).as("a SCIM token reaches /scim/v2 only")
                .isEqualTo(403);
        Answer byDirector = http.call(HttpMethod.POST, basic(world.director()), "/api/me/tokens",
                "{\"name\": \"Entra ID\", \"scope\": \"scim\", \"expiresInDays\": 30}");
        assertThat(byDirector.status()).as(byDirector.body()).isEqualTo(403);
    }

    @Test
    void followsEntraIdsGroupSequenceFromCreateToDelete() throws ScimException {
        String directors = programName() + " directors";
        UserResource ada = scim.create(USERS, newUser("ada-" + UUID.randomUUID() + "@hospital.example", "Ada Lovelace"));
        assertThat(scim.searchRequest(GROUPS).filter("displayName eq \"" + directors + "\"").invoke(GroupResource.class)
                .getTotalResults()).as("no group until the identity provider creates it").isZero();

        GroupResource group = new GroupResource().setDisplayName(directors);
        group.setExternalId(UUID.randomUUID().toString());
        GroupResource created = scim.create(GROUPS, group);
        assertThat(created.getId()).isEqualTo(Long.toString(world.programId()));
        assertThat(created.getMembers()).as("the program's director is a member from the start").extracting(Member::getValue)
                .containsExactly(Long.toString(accountId(world.director())));
        assertThat(scim.searchRequest(GROUPS).filter("displayName eq \"" + directors.toUpperCase() + "\"")
                .invoke(GroupResource.class).getResources()).extracting(GroupResource::getId).containsExactly(created.getId());

        // Entra ID's forms, with its capitalised op names and the removed member in the value
        Answer added = http.call(HttpMethod.PATCH, bearer(token), "/scim/v2/Groups/" + created.getId(), PATCH_OP
                + "[{\"op\": \"Add\", \"path\": \"members\", \"value\": [{\"value\": \"" + ada.getId() + "\"}]}]}");
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        assertThat(roleAndProgram(ada.getId())).isEqualTo("DIRECTOR " + world.programId());
        UserResource director = scim.retrieve(USERS, ada.getId(), UserResource.class);
        assertThat(director.getUserType()).isEqualTo("Director");
        assertThat(director.getGroups()).as("the User shows its group").extracting(Group::getValue, Group::getDisplay)
                .containsExactly(tuple(created.getId(), directors));

        Answer removed = http.call(HttpMethod.PATCH, bearer(token), "/scim/v2/Groups/" + created.getId(), PATCH_OP
                + "[{\"op\": \"Remove\", \"path\": \"members\", \"value\": [{\"value\": \"" + ada.getId() + "\"}]}]}");
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(roleAndProgram(ada.getId())).as("no program any more").isEqualTo("RESIDENT null");
        assertThat(roleAndProgram(Long.toString(accountId(world.director())))).as("only the member it named left")
                .isEqualTo("DIRECTOR " + world.programId());
        assertThat(enabled(ada.getUserName())).as("the account stays, enabled").isTrue();
        assertThat(jdbc.queryForList("select action from audit_entry where entity_type = 'user' and entity_id = ? "
                + "and action like 'account.directors-group-%' order by id", String.class, ada.getId()))
                .containsExactly("account.directors-group-joined", "account.directors-group-left");

        scim.delete(GROUPS, created.getId());
        assertThatThrownBy(() -> scim.retrieve(GROUPS, created.getId(), GroupResource.class))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(roleAndProgram(Long.toString(accountId(world.director())))).as("members lose the role the group gave")
                .isEqualTo("RESIDENT null");
        assertThat(enabled(world.director())).isTrue();
    }

    @Test
    void followsOktasGroupPushWithPatchAndPut() throws ScimException {
        String directors = programName() + " directors";
        UserResource grace = scim.create(USERS, newUser("grace-" + UUID.randomUUID() + "@hospital.example", "Grace Hopper"));
        GroupResource created = scim.create(GROUPS, new GroupResource().setDisplayName(directors).setMembers(List.of()));

        scim.modifyRequest(GROUPS, created.getId()).addOperation(PatchOperation.add("members",
                JsonUtils.valueToNode(List.of(new Member().setValue(grace.getId()))))).invoke(GroupResource.class);
        assertThat(roleAndProgram(grace.getId())).isEqualTo("DIRECTOR " + world.programId());

        GroupResource read = scim.retrieve(GROUPS, created.getId(), GroupResource.class);
        assertThat(read.getMembers()).extracting(Member::getValue).containsExactlyInAnyOrder(grace.getId(),
                Long.toString(accountId(world.director())));
        scim.modifyRequest(GROUPS, created.getId()).removeValues("members[value eq \"" + grace.getId() + "\"]")
                .invoke(GroupResource.class);
        assertThat(roleAndProgram(grace.getId())).isEqualTo("RESIDENT null");

        GroupResource put = scim.retrieve(GROUPS, created.getId(), GroupResource.class)
                .setMembers(List.of(new Member().setValue(grace.getId())));
        GroupResource replaced = scim.replaceRequest(put).ifMatch().invoke();
        assertThat(replaced.getMembers()).extracting(Member::getValue).containsExactly(grace.getId());
        assertThat(roleAndProgram(Long.toString(accountId(world.director())))).as("left out of the PUT")
                .isEqualTo("RESIDENT null");
        assertThat(roleAndProgram(grace.getId())).isEqualTo("DIRECTOR " + world.programId());
        assertThatThrownBy(() -> scim.replaceRequest(put).ifMatch().invoke()).as("a version no longer current")
                .isInstanceOf(PreconditionFailedException.class);
    }

    @Test
    void neverGivesAnAccountASecondProgramThroughAGroup() throws ScimException {
        String outsider = data.outsiderDirector();
        String otherProgram = jdbc.queryForObject("select p.name from program p join app_user u on u.program_id = p.id "
                + "where u.username = ?", String.class, outsider);
        GroupResource other = scim.create(GROUPS, new GroupResource().setDisplayName(otherProgram + " directors"));
        for (String person : List.of(world.director(), world.resident1(), world.mentor1())) {
            String id = Long.toString(accountId(person));
            String before = roleAndProgram(id);
            assertThatThrownBy(() -> scim.modifyRequest(GROUPS, other.getId()).addOperation(PatchOperation.add("members",
                    JsonUtils.valueToNode(List.of(new Member().setValue(id))))).invoke(GroupResource.class))
                    .as(person).isInstanceOfSatisfying(ScimException.class,
                            e -> assertThat(e.getScimError().getStatus()).isEqualTo(409));
            assertThat(roleAndProgram(id)).as(person).isEqualTo(before);
        }
        GroupResource mine = scim.create(GROUPS, new GroupResource().setDisplayName(programName() + " directors"));
        assertThatThrownBy(() -> scim.replace(mine.setDisplayName(otherProgram + " directors")))
                .as("a group cannot move to another program").isInstanceOf(BadRequestException.class);
    }

    @Test
    void answersInvalidValueForAGroupThatNamesNoProgram() {
        for (String displayName : List.of("Nowhere directors", programName(), "directors")) {
            assertThatThrownBy(() -> scim.create(GROUPS, new GroupResource().setDisplayName(displayName)))
                    .as(displayName).isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.getScimError()
                            .getScimType()).isEqualTo(BadRequestException.INVALID_VALUE));
        }
        assertThat(jdbc.queryForObject("select count(*) from scim_group where program_id = ?", Long.class, world.programId()))
                .isZero();
    }

    private String programName() {
        return jdbc.queryForObject("select name from program where id = ?", String.class, world.programId());
    }

    private long accountId(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }

    private String roleAndProgram(String id) {
        return jdbc.queryForObject("select role, program_id from app_user where id = ?",
                (row, n) -> row.getString("role") + " " + row.getObject("program_id"), Long.parseLong(id));
    }

    private boolean enabled(String userName) {
        return jdbc.queryForObject("select enabled from app_user where username = ?", Boolean.class, userName);
    }

    private static UserResource newUser(String userName, String displayName) {
        UserResource user = new UserResource().setUserName(userName).setDisplayName(displayName)
                .setName(new Name().setFormatted(displayName))
                .setEmails(List.of(new Email().setValue(userName).setType("work").setPrimary(true))).setActive(true);
        user.setExternalId(UUID.randomUUID().toString());
        return user;
    }
}
