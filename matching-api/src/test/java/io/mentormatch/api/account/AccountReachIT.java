package io.mentormatch.api.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import io.mentormatch.api.Http;
import io.mentormatch.api.MutableClock;
import io.mentormatch.api.Pairings;
import io.mentormatch.api.SignedInSession;
import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.cohort.CohortState;
import io.mentormatch.api.roster.ImportReport;

/**
 * Issue 19, finding 1 and 8, over real HTTP: an account never reaches across programs. An import links a row only
 * to an account of the same role that no other program has on its roster; a director manages only accounts wholly
 * of their program and cannot give them another account's or program's e-mail; a reset mails the owner a
 * single-use, expiring link; a temporary password revealed by an administrator expires.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccountReachIT {

    private static final String NEW_PASSWORD = "amber-otter-lantern-47";
    private static final Pattern LINK = Pattern.compile("/set-password/([A-Za-z0-9_-]+)");

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    Pairings pairings;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    GreenMail greenMail;

    private Http http;
    /** Internal Medicine, whose director attempts the takeover. */
    private World im;
    /** General Surgery, whose mentor (the surgeon) is the target; published, so the surgeon has pairs. */
    private World gs;
    private Pairings.Stage gsPairs;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        im = data.world(CohortState.DRAFT);
        gs = data.world(CohortState.DRAFT);
        gsPairs = pairings.published(gs);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aDirectorCannotTakeOverAnotherProgramsAccountThroughARosterImport() {
        String surgeon = gs.mentor1();
        String surgeonEmail = email(surgeon);
        String csv = "id,name,email,kind,specialty,interests,availability,capacity,accepting\n"
                + "F7,Dr. Borrowed,%s,FACULTY,Cardiology,research,MON-18,2,true\n".formatted(surgeonEmail.toUpperCase());

        // 1. the dry run says an account exists, and nothing of its role or program
        Http.Response dryRun = http.csv(im.director(), "/api/cohorts/" + im.cohortId() + "/mentors/import?dryRun=true", csv);
        assertThat(dryRun.status()).isEqualTo(200);
        assertThat(dryRun.json().get("notices").findValuesAsString("message")).containsExactly(ImportReport.ACCOUNT_EXISTS);
        assertThat(dryRun.body()).doesNotContain("MENTOR", "DIRECTOR", "role", surgeon);

        // 2. the import takes the row, unlinked
        Http.Response imported = http.csv(im.director(), "/api/cohorts/" + im.cohortId() + "/mentors/import", csv);
        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.json().get("notices").findValuesAsString("message")).containsExactly(ImportReport.ACCOUNT_EXISTS);
        assertThat(jdbc.queryForObject("select user_id from mentor where cohort_id = ? and code = 'F7'", Long.class,
                im.cohortId())).isNull();

        // 3. the surgeon is not among the IM director's accounts
        assertThat(usernames(http.get(im.director(), "/api/users?size=100").json())).doesNotContain(surgeon);
        assertThat(usernames(http.get(im.director(), "/api/users?size=100&q=" + surgeonEmail).json())).isEmpty();

        // 4. and 5. the IM director can neither reset nor change the surgeon's account, and learns nothing of it
        Http.Response reset = http.post(im.director(), "/api/users/" + surgeon + "/password-reset", null);
        assertThat(reset.status()).isEqualTo(404);
        Http.Response unknown = http.post(im.director(), "/api/users/nobody-" + surgeon + "/password-reset", null);
        assertThat(reset.json().get("type")).isEqualTo(unknown.json().get("type"));
        assertThat(http.mergePatch(im.director(), "/api/users/" + surgeon, "{\"email\": \"mine@example.org\"}").status()).isEqualTo(404);
        assertThat(http.mergePatch(im.director(), "/api/users/" + surgeon, "{\"role\": \"RESIDENT\"}").status()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from notification where lower(recipient) = lower(?)", Long.class,
                surgeonEmail)).isZero();

        // 6. the surgeon's pairs stay out of the IM director's reach, and the surgeon still signs in as before
        String meetings = "/api/cohorts/" + gs.cohortId() + "/pairings/" + gsPairs.proposalR1() + "/meetings";
        assertThat(http.get(im.director(), meetings).status()).isIn(403, 404);
        assertThat(http.get(im.director(), "/api/cohorts/" + gs.cohortId() + "/pairings/" + gsPairs.proposalR1() + "/goals")
                .status()).isIn(403, 404);
        assertThat(http.get(surgeon, meetings).status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select email from app_user where username = ?", String.class, surgeon))
                .isEqualTo(surgeonEmail);
    }

    @Test
    void aDirectorCannotGiveTheirAccountAnAddressAnotherProgramHoldsNorHaveItLinkedLater() {
        // another account's address, in any case
        Http.Response taken = http.mergePatch(im.director(), "/api/users/" + im.mentor1(),
                "{\"email\": \"%s\"}".formatted(email(gs.mentor2()).toUpperCase()));
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.json().get("errors").findValuesAsString("field")).containsExactly("email");
        assertThat(taken.body()).contains(ManagedAccounts.EMAIL_IN_USE).doesNotContain(gs.mentor2());

        // an address only another program's roster row still holds (its account moved to a new address)
        String rosterOnly = email(gs.resident2());
        assertThat(http.mergePatch(gs.admin(), "/api/users/" + gs.resident2(), "{\"email\": \"moved-%s\"}".formatted(rosterOnly))
                .status()).isEqualTo(200);
        assertThat(http.mergePatch(im.director(), "/api/users/" + im.mentor1(), "{\"email\": \"%s\"}".formatted(rosterOnly))
                .status()).isEqualTo(400);

        // a fresh address is fine; when another program imports it later, its row is not linked to this account
        String later = "later-" + im.mentor1() + "@example.org";
        assertThat(http.mergePatch(im.director(), "/api/users/" + im.mentor1(), "{\"email\": \"%s\"}".formatted(later))
                .status()).isEqualTo(200);
        World other = data.world(CohortState.DRAFT);
        String csv = "id,name,email,kind,specialty,interests,availability,capacity,accepting\n"
                + "F8,Dr. Later,%s,FACULTY,Cardiology,research,MON-18,2,true\n".formatted(later);
        Http.Response imported = http.csv(other.director(), "/api/cohorts/" + other.cohortId() + "/mentors/import", csv);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("notices").findValuesAsString("message")).containsExactly(ImportReport.ACCOUNT_EXISTS);
        assertThat(jdbc.queryForObject("select user_id from mentor where cohort_id = ? and code = 'F8'", Long.class,
                other.cohortId())).isNull();
        assertThat(http.post(other.director(), "/api/users/" + im.mentor1() + "/password-reset", null).status()).isEqualTo(404);
    }

    @Test
    void anImportLinksAnAccountOfTheSameRoleThatNoOtherProgramHas() {
        String csv = "id,name,email,specialty\nR7,New Seven,%s,Internal Medicine\nR8,Mentor Too,%s,Internal Medicine\n"
                .formatted(email(im.resident1()).toUpperCase(), email(im.mentor2()));
        Http.Response imported = http.csv(im.director(), "/api/cohorts/" + im.cohortId() + "/residents/import", csv);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select r.user_id = u.id from resident r, app_user u where r.cohort_id = ? and r.code = 'R7'"
                + " and u.username = ?", Boolean.class, im.cohortId(), im.resident1())).isTrue();
        assertThat(jdbc.queryForObject("select user_id from resident where cohort_id = ? and code = 'R8'", Long.class,
                im.cohortId())).as("a mentor's account is not linked to a resident's row").isNull();
        JsonNode notices = imported.json().get("notices");
        assertThat(notices.findValuesAsString("message")).containsExactly(ImportReport.ACCOUNT_EXISTS);
        assertThat(notices.findValues("line").get(0).asInt()).isEqualTo(3);
    }

    @Test
    void eMailAddressesAreUniqueWhateverTheirCase() {
        String existing = email(im.resident1());
        Http.Response created = http.post(im.admin(), "/api/users", """
                {"username": "twin-%s", "displayName": "Twin", "email": "%s", "role": "MENTOR"}"""
                .formatted(im.resident1(), existing.toUpperCase()));
        assertThat(created.status()).isEqualTo(400);
        assertThat(created.json().get("errors").findValuesAsString("field")).containsExactly("email");
        assertThat(http.mergePatch(im.admin(), "/api/users/" + im.resident2(), "{\"email\": \"%s\"}"
                .formatted(existing.toUpperCase())).status()).isEqualTo(400);
        assertThat(http.mergePatch(im.admin(), "/api/users/" + im.resident1(), "{\"email\": \"%s\"}"
                .formatted(existing.toUpperCase())).status()).as("one's own address in another case").isEqualTo(200);
        assertThatThrownBy(() -> jdbc.update("update app_user set email = ? where username = ?", existing.toLowerCase(),
                im.resident2())).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aResetMailsTheOwnerASingleUseLinkThatTheDirectorNeverSees() {
        SignedInSession before = SignedInSession.signIn(port, im.resident1(), TestData.PASSWORD);
        Http.Response reset = http.post(im.director(), "/api/users/" + im.resident1() + "/password-reset", null);
        assertThat(reset.status()).isEqualTo(202);
        String token = tokenMailedTo(email(im.resident1()));
        assertThat(reset.body()).doesNotContain(token).doesNotContainIgnoringCase("password\":");
        assertThat(jdbc.queryForObject("select count(*) from password_link where token_hash = ?", Long.class,
                PasswordResets.sha256(token))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from password_link where token_hash = ?", Long.class, token)).isZero();
        assertThat(before.get("/api/me").status()).as("a link alone changes nothing yet").isEqualTo(200);

        Http.Response weak = setPassword(token, "short");
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().get("errors").findValuesAsString("field")).containsExactly("newPassword");
        assertThat(setPassword(token, NEW_PASSWORD).status()).isEqualTo(204);
        assertThat(new Http(port, NEW_PASSWORD).get(im.resident1(), "/api/me").status()).isEqualTo(200);
        assertThat(http.get(im.resident1(), "/api/me").status()).as("the old password").isEqualTo(401);
        assertThat(before.get("/api/me").status()).as("open sessions end").isEqualTo(401);

        Http.Response again = setPassword(token, "violet-harbor-compass-81");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("https://mentormatch.io/problems/password-link-used");
        assertThat(setPassword("not-a-token-at-all", "violet-harbor-compass-81").status()).isEqualTo(404);
    }

    @Test
    void aLinkExpiresAfter72HoursAndANewerLinkReplacesIt() {
        http.post(im.director(), "/api/users/" + im.mentor1() + "/password-reset", null);
        String first = tokenMailedTo(email(im.mentor1()));
        http.post(im.admin(), "/api/users/" + im.mentor1() + "/password-reset", null);
        String second = tokenMailedTo(email(im.mentor1()));
        assertThat(setPassword(first, NEW_PASSWORD).status()).as("replaced by the newer link").isEqualTo(404);

        clock.advance(PasswordResets.VALID_FOR.plusMinutes(1));
        Http.Response expired = setPassword(second, NEW_PASSWORD);
        assertThat(expired.status()).isEqualTo(409);
        assertThat(expired.body()).contains("https://mentormatch.io/problems/password-link-expired");
        assertThat(new Http(port, NEW_PASSWORD).get(im.mentor1(), "/api/me").status()).isEqualTo(401);
    }

    @Test
    void onlyAnAdministratorRevealsATemporaryPasswordOnlyForAPersonWithoutEmailAndItExpires() {
        String path = "/api/users/" + im.resident2() + "/temporary-password";
        assertThat(http.post(im.director(), path, null).status()).isEqualTo(403);
        assertThat(http.post(im.admin(), path, null).status()).as("has an e-mail address").isEqualTo(409);
        assertThat(http.mergePatch(im.admin(), "/api/users/" + im.resident2(), "{\"email\": null}").status()).isEqualTo(200);
        assertThat(http.post(im.director(), "/api/users/" + im.resident2() + "/password-reset", null).status())
                .as("no address to mail a link to").isEqualTo(409);

        Http.Response revealed = http.post(im.admin(), path, null);
        assertThat(revealed.status()).isEqualTo(200);
        assertThat(revealed.json().get("expiresAt").asString()).isNotBlank();
        String temporary = revealed.json().get("temporaryPassword").asString();
        assertThat(new Http(port, temporary).get(im.resident2(), "/api/me").status()).as("must be changed first").isEqualTo(403);

        clock.advance(Duration.ofHours(72).plusMinutes(1));
        assertThat(new Http(port, temporary).get(im.resident2(), "/api/me").status()).isEqualTo(401);
        RawHttp.FormResult form = new RawHttp(port).signIn(RawHttp.CLIENT, "/login", im.resident2(), temporary, Map.of());
        assertThat(form.signedIn()).isFalse();
        assertThat(form.post().header("Location").orElse("")).endsWith("/login?expired");
    }

    private Http.Response setPassword(String token, String password) {
        return http.post(null, "/api/password-links", "{\"token\": \"%s\", \"newPassword\": \"%s\"}".formatted(token, password));
    }

    /**
     * The token of the latest password link that reached this address, read from the mailbox (the test's SMTP
     * server): the outbox keeps no usable copy once the mail is sent.
     */
    private String tokenMailedTo(String address) {
        long queued = jdbc.queryForObject("select count(*) from notification where lower(recipient) = lower(?)"
                + " and template = 'password-link'", Long.class, address);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> linksIn(address).size() >= queued);
        Awaitility.await("no link left in the outbox once sent").atMost(Duration.ofSeconds(20)).until(() ->
                jdbc.queryForObject("select count(*) from notification where lower(recipient) = lower(?)"
                        + " and body like '%set-password%'", Long.class, address) == 0);
        List<String> links = linksIn(address);
        return links.get(links.size() - 1);
    }

    private List<String> linksIn(String address) {
        List<String> links = new ArrayList<>();
        try {
            for (MimeMessage message : greenMail.getReceivedMessages()) {
                if (Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().equalsIgnoreCase(address))) {
                    Matcher link = LINK.matcher(String.valueOf(message.getContent()));
                    if (link.find()) {
                        links.add(link.group(1));
                    }
                }
            }
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
        return links;
    }

    private String email(String username) {
        return jdbc.queryForObject("select email from app_user where username = ?", String.class, username);
    }

    private static List<String> usernames(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("content").forEach(user -> names.add(user.get("username").asString()));
        return names;
    }
}
