package io.mentormatch.api.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import io.mentormatch.api.Http;
import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.cohort.CohortState;

/**
 * Issue 21 over real HTTP: accounts tied to the people on rosters (a new account with a roster e-mail is that person,
 * an administrator links an existing one, within the roster import's rules), a disabled person told so only after
 * the right password, and the audit log that a director reads for their own program only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccountLinkingIT {

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
        jdbc.update("delete from sign_in_failure");
    }

    @Test
    void anAccountCreatedWithARosterEmailIsThatPersonAndListsTheMembership() {
        String email = "fresh-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        unlinkR2(world, email);

        Http.Response created = http.post(world.admin(), "/api/users", newUser(email, "RESIDENT"));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long accountId = created.json().get("id").asLong();
        assertThat(linkedAccountOfR2(world)).isEqualTo(accountId);
        JsonNode memberships = http.get(world.admin(), "/api/users/" + email + "/memberships").json();
        assertThat(memberships).hasSize(1);
        assertThat(memberships.get(0).get("name").asString()).isEqualTo("Resident R2");
        assertThat(memberships.get(0).get("role").asString()).isEqualTo("RESIDENT");
        assertThat(memberships.get(0).get("cohortName").asString()).isEqualTo(cohortName(world));
        assertThat(new Http(port, PASSWORD).get(email, "/api/me/memberships").json().get(0).get("cohortId").asLong())
                .isEqualTo(world.cohortId());
    }

    @Test
    void anAccountOfAnotherRoleIsNotLinkedToTheRosterPersonWithItsEmail() {
        String email = "fresh-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        unlinkR2(world, email);

        assertThat(http.post(world.admin(), "/api/users", newUser(email, "MENTOR")).status()).isEqualTo(201);

        assertThat(linkedAccountOfR2(world)).isNull();
        assertThat(http.get(world.admin(), "/api/users/" + email + "/memberships").json()).isEmpty();
    }

    @Test
    void anAdministratorLinksAnExistingAccountToAnUnlinkedRosterPersonAndTheLinkIsAudited() {
        unlinkR2(world, null);
        assertThat(http.get(world.admin(), "/api/users/" + world.resident2() + "/link-candidates?q=resident r2").json())
                .extracting(m -> m.get("code").asString()).contains("R2");

        Http.Response linked = http.post(world.admin(), "/api/users/" + world.resident2() + "/memberships", link(world, "R2"));

        assertThat(linked.status()).as(linked.body()).isEqualTo(200);
        assertThat(linkedAccountOfR2(world)).isEqualTo(accountId(world.resident2()));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'roster.linked' and cohort_id = ?"
                + " and actor = ?", Long.class, world.cohortId(), world.admin())).isEqualTo(1);
        assertThat(http.get(world.resident2(), "/api/me/memberships").json()).hasSize(1);
    }

    @Test
    void refusesALinkAcrossProgramsToALinkedPersonByADirectorOrForADirectorsAccount() {
        World other = data.world(CohortState.DRAFT);
        unlinkR2(other, null);

        Http.Response acrossPrograms = http.post(world.admin(), "/api/users/" + world.resident1() + "/memberships", link(other, "R2"));
        assertThat(acrossPrograms.status()).as(acrossPrograms.body()).isEqualTo(409);
        assertThat(acrossPrograms.body()).contains("another program");
        assertThat(linkedAccountOfR2(other)).isNull();

        assertThat(http.post(world.admin(), "/api/users/" + world.resident2() + "/memberships", link(world, "R1")).status())
                .as("R1 is linked to another account").isEqualTo(409);
        assertThat(http.post(world.admin(), "/api/users/" + world.director() + "/memberships", link(world, "R1")).status())
                .isEqualTo(409);
        assertThat(http.post(world.admin(), "/api/users/" + world.mentor2() + "/memberships", link(other, "R2")).status())
                .as("a mentor's account looks on the mentors' roster, where no R2 is").isEqualTo(404);
        assertThat(http.post(other.director(), "/api/users/" + other.resident2() + "/memberships", link(other, "R2")).status())
                .isEqualTo(403);
        assertThat(linkedAccountOfR2(other)).isNull();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'roster.linked' and cohort_id = ?",
                Long.class, other.cohortId())).isZero();
    }

    @Test
    void aDisabledPersonIsToldSoOnlyAfterTheRightPassword() {
        http.mergePatch(world.director(), "/api/users/" + world.resident1(), "{\"enabled\": false}");
        RawHttp raw = new RawHttp(port);

        assertThat(location(raw.signIn("127.0.0.1", "/login", world.resident1(), TestData.PASSWORD, Map.of())))
                .endsWith("/login?disabled");
        assertThat(location(raw.signIn("127.0.0.1", "/login", world.resident1(), "wrong-password-1", Map.of())))
                .endsWith("/login?error");
        assertThat(location(raw.signIn("127.0.0.1", "/login", "nobody-" + UUID.randomUUID(), TestData.PASSWORD, Map.of())))
                .endsWith("/login?error");
        assertThat(location(raw.signIn("127.0.0.1", "/login", world.resident2(), TestData.PASSWORD, Map.of())))
                .doesNotContain("/login");
    }

    @Test
    void aDirectorReadsOnlyTheirProgramsAuditEntriesAndAnAdministratorReadsAll() {
        World other = data.world(CohortState.DRAFT);
        unlinkR2(world, null);
        unlinkR2(other, null);
        http.post(world.admin(), "/api/users/" + world.resident2() + "/memberships", link(world, "R2"));
        http.post(other.admin(), "/api/users/" + other.resident2() + "/memberships", link(other, "R2"));

        List<JsonNode> mine = rows(http.get(world.director(), "/api/audit?size=200").json());
        assertThat(mine).isNotEmpty().allSatisfy(row -> assertThat(row.get("programName").asString()).isEqualTo(programName(world)));
        assertThat(mine).extracting(row -> row.get("what").asString()).contains("Account linked to a roster person");
        assertThat(rows(http.get(other.director(), "/api/audit?size=200").json()))
                .noneSatisfy(row -> assertThat(row.get("programName").asString()).isEqualTo(programName(world)));
        assertThat(rows(http.get(world.admin(), "/api/audit?size=200&action=roster.linked&person=" + other.admin()).json()))
                .singleElement().satisfies(row -> assertThat(row.get("cohortName").asString()).isEqualTo(cohortName(other)));

        String csv = http.get(world.director(), "/api/audit.csv?action=roster.linked").body();
        assertThat(csv).startsWith("When,Time zone,Program,Cohort,Who,What").contains(cohortName(world))
                .contains("Account linked to a roster person").doesNotContain(cohortName(other)).doesNotContain("roster.linked");
        assertThat(rows(http.get(world.director(), "/api/audit?from=2999-01-01").json())).isEmpty();
    }

    private static final String PASSWORD = "amber-otter-lantern-47";

    private static String newUser(String email, String role) {
        return "{\"username\": \"" + email + "\", \"displayName\": \"Fresh Person\", \"email\": \"" + email
                + "\", \"password\": \"" + PASSWORD + "\", \"role\": \"" + role + "\"}";
    }

    private static String link(World world, String code) {
        return "{\"cohortId\": " + world.cohortId() + ", \"code\": \"" + code + "\"}";
    }

    /** R2 of the world off their account, with this roster e-mail (null: keep it). */
    private void unlinkR2(World world, String email) {
        jdbc.update("update resident set user_id = null, email = coalesce(?, email) where cohort_id = ? and code = 'R2'",
                email, world.cohortId());
    }

    private Long linkedAccountOfR2(World world) {
        return jdbc.queryForObject("select user_id from resident where cohort_id = ? and code = 'R2'", Long.class,
                world.cohortId());
    }

    private long accountId(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }

    private String cohortName(World world) {
        return jdbc.queryForObject("select name from cohort where id = ?", String.class, world.cohortId());
    }

    private String programName(World world) {
        return jdbc.queryForObject("select name from program where id = ?", String.class, world.programId());
    }

    private static String location(RawHttp.FormResult result) {
        return result.post().header("Location").orElse("");
    }

    private static List<JsonNode> rows(JsonNode page) {
        List<JsonNode> rows = new ArrayList<>();
        page.get("content").forEach(rows::add);
        return rows;
    }
}
