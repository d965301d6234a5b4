package io.mentormatch.api.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import io.mentormatch.api.Http;
import io.mentormatch.api.SignedInSession;
import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.cohort.CohortState;

/**
 * Account administration over real HTTP: listing and searching, merge patches, password resets and changes,
 * the end of open sessions when an account loses rights, and the audit of every account event.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccountAdministrationIT {

    private static final String NEW_PASSWORD = "amber-otter-lantern-47";

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;

    private Http http;
    private World world;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        world = data.world(CohortState.DRAFT);
    }

    @Test
    void listsEveryAccountForAdminsAndOnlyTheirProgramsResidentsAndMentorsForDirectors() {
        World other = data.world(CohortState.DRAFT);
        JsonNode asAdmin = http.get(world.admin(), "/api/users?size=100&programId=" + world.programId()).json();
        assertThat(usernames(asAdmin)).containsExactlyInAnyOrder(world.director(), world.mentor1(), world.mentor2(),
                world.resident1(), world.resident2());
        assertThat(asAdmin.get("page").get("totalElements").asLong()).isEqualTo(5);

        JsonNode asDirector = http.get(world.director(), "/api/users?size=100").json();
        assertThat(usernames(asDirector)).containsExactlyInAnyOrder(world.mentor1(), world.mentor2(),
                world.resident1(), world.resident2());
        assertThat(usernames(http.get(world.director(), "/api/users?size=100&programId=" + other.programId()).json())).isEmpty();
        assertThat(http.get(world.resident1(), "/api/users").status()).isEqualTo(403);
    }

    @Test
    void filtersByTextRoleAndEnabledAndPages() {
        String tag = world.director().substring("director-".length());
        assertThat(usernames(http.get(world.admin(), "/api/users?q=" + tag.toUpperCase() + "&role=RESIDENT").json()))
                .containsExactly(world.resident1(), world.resident2());
        JsonNode first = http.get(world.admin(), "/api/users?q=" + tag + "&size=2&page=0").json();
        JsonNode third = http.get(world.admin(), "/api/users?q=" + tag + "&size=2&page=2").json();
        assertThat(first.get("page").get("totalElements").asLong()).isEqualTo(6);
        assertThat(first.get("page").get("totalPages").asLong()).isEqualTo(3);
        assertThat(usernames(first)).hasSize(2);
        assertThat(usernames(third)).hasSize(2).doesNotContainAnyElementsOf(usernames(first));

        patch(world.admin(), world.mentor2(), "{\"enabled\": false}", 200);
        assertThat(usernames(http.get(world.admin(), "/api/users?q=" + tag + "&enabled=false").json()))
                .containsExactly(world.mentor2());
        assertThat(usernames(http.get(world.admin(), "/api/users?q=%25&role=ADMIN&programId=" + world.programId()).json())).isEmpty();
    }

    @Test
    void refusesBadQueryParametersWithProblems() {
        for (String query : List.of("size=101", "size=0", "page=-1", "role=KING", "enabled=maybe", "programId=abc",
                "programId=-4", "q=" + "x".repeat(201))) {
            Http.Response response = http.get(world.admin(), "/api/users?" + query);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.contentType()).as(query).isEqualTo("application/problem+json");
        }
    }

    @Test
    void refusesPatchesWithUnknownFieldsWrongTypesOrAnotherContentType() {
        Http.Response unknown = patch(world.admin(), world.resident1(), "{\"enabled\": \"no\", \"password\": \"x\", \"role\": 3}", 400);
        assertThat(unknown.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("enabled", "password", "role");
        patch(world.admin(), world.resident1(), "[]", 400);
        patch(world.admin(), world.resident1(), "{\"displayName\": \"  \"}", 400);
        patch(world.admin(), world.resident1(), "{\"displayName\": \"<b>x</b>\"}", 400);
        patch(world.admin(), world.resident1(), "{\"email\": \"not an address\"}", 400);
        patch(world.admin(), world.resident1(), "{\"programId\": 1.5}", 400);
        patch(world.admin(), world.resident1(), "{\"role\": \"DIRECTOR\"}", 400);
        patch(world.admin(), world.resident1(), "{\"role\": \"DIRECTOR\", \"programId\": 987654321}", 400);
        patch(world.admin(), "nobody-at-all", "{\"enabled\": false}", 404);
        Http.Response json = http.call(HttpMethod.PATCH, world.admin(), "/api/users/" + world.resident1(), "{\"enabled\": false}");
        assertThat(json.status()).isEqualTo(415);
        assertThat(http.get(world.resident1(), "/api/me").status()).isEqualTo(200);
    }

    @Test
    void changesDetailsRoleAndProgramAndClearsTheProgramOfAFormerDirector() {
        JsonNode changed = patch(world.admin(), world.resident1(),
                "{\"displayName\": \"Renamed\", \"email\": null, \"role\": \"DIRECTOR\", \"programId\": " + world.programId() + "}", 200).json();
        assertThat(changed.get("displayName").asString()).isEqualTo("Renamed");
        assertThat(changed.get("email").isNull()).isTrue();
        assertThat(changed.get("role").asString()).isEqualTo("DIRECTOR");
        assertThat(http.get(world.resident1(), "/api/cohorts/" + world.cohortId() + "/roster-overview").status()).isEqualTo(200);
        JsonNode demoted = patch(world.admin(), world.resident1(), "{\"role\": \"MENTOR\"}", 200).json();
        assertThat(demoted.get("programId").isNull()).isTrue();
        assertThat(http.get(world.resident1(), "/api/cohorts/" + world.cohortId() + "/roster-overview").status()).isEqualTo(403);
    }

    @Test
    void letsADirectorManageOnlyTheirProgramsResidentsAndMentors() {
        World other = data.world(CohortState.DRAFT);
        patch(world.director(), world.mentor1(), "{\"role\": \"RESIDENT\", \"displayName\": \"Now a resident\"}", 200);
        patch(world.director(), world.mentor1(), "{\"role\": \"ADMIN\"}", 400);
        patch(world.director(), world.mentor1(), "{\"programId\": " + world.programId() + "}", 400);
        // out of a director's reach reads as unknown (issue 19): a director cannot tell which accounts exist elsewhere
        patch(world.director(), other.resident1(), "{\"enabled\": false}", 404);
        patch(world.director(), world.admin(), "{\"enabled\": false}", 404);
        patch(world.director(), "nobody-at-all", "{\"enabled\": false}", 404);
        assertThat(http.post(world.director(), "/api/users/" + other.mentor1() + "/password-reset", null).status()).isEqualTo(404);
        assertThat(http.post(world.resident2(), "/api/users/" + world.resident1() + "/password-reset", null).status()).isEqualTo(403);
        assertThat(http.get(other.resident1(), "/api/me").status()).isEqualTo(200);
    }

    @Test
    void disablingEndsOpenSessionsAndRefusesSignIn() {
        SignedInSession session = SignedInSession.signIn(port, world.resident1(), TestData.PASSWORD);
        assertThat(session.get("/api/me").status()).isEqualTo(200);

        patch(world.director(), world.resident1(), "{\"enabled\": false}", 200);
        Http.Response refused = session.get("/api/me");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.body()).contains("https://mentormatch.io/problems/session-ended");
        assertThat(http.get(world.resident1(), "/api/me").status()).isEqualTo(401);

        patch(world.director(), world.resident1(), "{\"enabled\": true}", 200);
        assertThat(session.get("/api/me").status()).as("an ended session stays ended").isEqualTo(401);
        assertThat(SignedInSession.signIn(port, world.resident1(), TestData.PASSWORD).get("/api/me").status()).isEqualTo(200);
    }

    @Test
    void aRoleChangeEndsOpenSessionsWhileOtherEditsKeepThem() {
        SignedInSession director = SignedInSession.signIn(port, world.director(), TestData.PASSWORD);
        String overview = "/api/cohorts/" + world.cohortId() + "/roster-overview";
        assertThat(director.get(overview).status()).isEqualTo(200);
        patch(world.admin(), world.director(), "{\"displayName\": \"Dr. Renamed\"}", 200);
        assertThat(director.get(overview).status()).isEqualTo(200);

        patch(world.admin(), world.director(), "{\"role\": \"MENTOR\"}", 200);
        assertThat(director.get(overview).status()).isEqualTo(401);
        assertThat(http.get(world.director(), overview).status()).isEqualTo(403);
    }

    @Test
    void keepsTheLastEnabledAdministrator() {
        data.world(CohortState.DRAFT);
        List<Long> others = jdbc.queryForList("select id from app_user where role = 'ADMIN' and enabled and username <> ?",
                Long.class, world.admin());
        others.forEach(id -> jdbc.update("update app_user set enabled = false where id = ?", id));
        try {
            Http.Response refused = patch(world.admin(), world.admin(), "{\"enabled\": false}", 409);
            assertThat(refused.body()).contains("https://mentormatch.io/problems/last-administrator");
            patch(world.admin(), world.admin(), "{\"role\": \"MENTOR\"}", 409);
            assertThat(http.get(world.admin(), "/api/users?role=ADMIN&enabled=true").status()).isEqualTo(200);
            jdbc.update("update app_user set enabled = true where id = ?", others.get(0));
            patch(world.admin(), world.admin(), "{\"role\": \"MENTOR\"}", 200);
            assertThat(http.get(world.admin(), "/api/users").status()).isEqualTo(403);
        } finally {
            others.forEach(id -> jdbc.update("update app_user set enabled = true where id = ?", id));
        }
    }

    @Test
    void aResetPasswordMustBeChangedBeforeAnythingElse() {
        SignedInSession before = SignedInSession.signIn(port, world.resident1(), TestData.PASSWORD);
        patch(world.admin(), world.resident1(), "{\"email\": null}", 200);
        Http.Response reset = http.post(world.admin(), "/api/users/" + world.resident1() + "/temporary-password", null);
        assertThat(reset.status()).isEqualTo(200);
        String temporary = reset.json().get("temporaryPassword").asString();
        assertThat(temporary).hasSizeGreaterThanOrEqualTo(PasswordPolicy.MIN_LENGTH);
        assertThat(before.get("/api/me").status()).isEqualTo(401);
        assertThat(http.get(world.resident1(), "/api/me").status()).as("the old password").isEqualTo(401);

        Http.Response blocked = new Http(port, temporary).get(world.resident1(), "/api/me");
        assertThat(blocked.status()).isEqualTo(403);
        assertThat(blocked.body()).contains("https://mentormatch.io/problems/password-change-required");

        SignedInSession session = SignedInSession.signIn(port, world.resident1(), temporary);
        assertThat(session.get("/api/cohorts").status()).isEqualTo(403);
        Http.Response weak = session.post("/api/me/password",
                "{\"currentPassword\": \"%s\", \"newPassword\": \"short\"}".formatted(temporary));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().get("errors").findValuesAsString("field")).containsExactly("newPassword");
        Http.Response wrong = session.post("/api/me/password",
                "{\"currentPassword\": \"not-it-at-all\", \"newPassword\": \"%s\"}".formatted(NEW_PASSWORD));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("errors").findValuesAsString("field")).containsExactly("currentPassword");
        assertThat(session.post("/api/me/password", "{\"currentPassword\": \"%s\", \"newPassword\": \"%s\"}"
                .formatted(temporary, NEW_PASSWORD)).status()).isEqualTo(204);
        assertThat(session.get("/api/cohorts").status()).as("this session carries on").isEqualTo(200);
        assertThat(new Http(port, NEW_PASSWORD).get(world.resident1(), "/api/me").json().get("passwordChangeRequired").asBoolean()).isFalse();
        assertThat(new Http(port, temporary).get(world.resident1(), "/api/me").status()).isEqualTo(401);
    }

    @Test
    void changingOnesOwnPasswordEndsOtherSessions() {
        SignedInSession phone = SignedInSession.signIn(port, world.mentor1(), TestData.PASSWORD);
        SignedInSession laptop = SignedInSession.signIn(port, world.mentor1(), TestData.PASSWORD);
        assertThat(laptop.post("/api/me/password", "{\"currentPassword\": \"%s\", \"newPassword\": \"%s\"}"
                .formatted(TestData.PASSWORD, TestData.PASSWORD)).status()).isEqualTo(400);
        assertThat(laptop.post("/api/me/password", "{\"currentPassword\": \"%s\", \"newPassword\": \"%s\"}"
                .formatted(TestData.PASSWORD, world.mentor1() + "-2027")).status()).isEqualTo(400);
        assertThat(laptop.post("/api/me/password", "{\"currentPassword\": \"%s\", \"newPassword\": \"%s\"}"
                .formatted(TestData.PASSWORD, NEW_PASSWORD)).status()).isEqualTo(204);
        assertThat(laptop.get("/api/me").status()).isEqualTo(200);
        assertThat(phone.get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void auditsEveryAccountEvent() {
        String username = "audited-" + world.cohortId();
        Http.Response created = http.post(world.admin(), "/api/users", """
                {"username": "%s", "displayName": "Audited", "password": "%s", "role": "MENTOR"}""".formatted(username, NEW_PASSWORD));
        assertThat(created.status()).isEqualTo(201);
        patch(world.admin(), username, "{\"enabled\": false}", 200);
        patch(world.admin(), username, "{\"enabled\": true}", 200);
        patch(world.admin(), username, "{\"role\": \"DIRECTOR\", \"programId\": " + world.programId() + "}", 200);
        String temporary = http.post(world.admin(), "/api/users/" + username + "/temporary-password", null).json()
                .get("temporaryPassword").asString();
        SignedInSession.signIn(port, username, temporary).post("/api/me/password",
                "{\"currentPassword\": \"%s\", \"newPassword\": \"%s\"}".formatted(temporary, "violet-harbor-compass-81"));
        patch(world.admin(), username, "{\"email\": \"audited-%s@example.org\"}".formatted(username), 200);
        assertThat(http.post(world.admin(), "/api/users/" + username + "/password-reset", null).status()).isEqualTo(202);

        List<String> actions = jdbc.queryForList("select action from audit_entry where entity_type = 'user' and entity_id = ? "
                + "order by id", String.class, created.json().get("id").asString());
        assertThat(actions).containsExactly("account.created", "account.disabled", "account.enabled",
                "account.role-changed", "account.program-changed", "account.password-reset", "account.password-changed",
                "account.details-changed", "account.password-link-sent");
        List<String> actors = jdbc.queryForList("select actor from audit_entry where entity_type = 'user' and entity_id = ?",
                String.class, created.json().get("id").asString());
        assertThat(actors).contains(world.admin(), username);
        assertThat(jdbc.queryForList("select coalesce(after_json, '') from audit_entry where entity_type = 'user' and entity_id = ?",
                String.class, created.json().get("id").asString())).noneMatch(json -> json.contains(temporary));
    }

    private Http.Response patch(String user, String username, String body, int expectedStatus) {
        Http.Response response = http.mergePatch(user, "/api/users/" + username, body);
        assertThat(response.status()).as(body + " -> " + response.body()).isEqualTo(expectedStatus);
        if (expectedStatus >= 400) {
            assertThat(response.contentType()).isEqualTo("application/problem+json");
        }
        return response;
    }

    private static List<String> usernames(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("content").forEach(user -> names.add(user.get("username").asString()));
        return names;
    }
}
