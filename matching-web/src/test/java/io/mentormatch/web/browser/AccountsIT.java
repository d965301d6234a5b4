package io.mentormatch.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import io.mentormatch.api.account.NewUser;
import io.mentormatch.api.account.UserAccounts;
import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.cohort.ProgramService;
import io.mentormatch.api.roster.RosterService;
import io.mentormatch.api.access.Role;
import io.mentormatch.api.access.SystemActor;

/**
 * Account administration in the browser: an administrator resets a password, and the person must choose a new
 * one at the next sign-in before anything else; a person changes their own password; a director sees only their
 * program's people. Every page is checked with axe-core. Needs no demo data: it makes its own administrator.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccountsIT extends BrowserTest {

    private static final String NEW_PASSWORD = "quiet-meadow-lantern-58";

    @Autowired
    ProgramService programs;
    @Autowired
    UserAccounts accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    RosterService rosters;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdministratorGivesAPersonWithoutEmailATemporaryPasswordThatMustBeChangedAtTheNextSignIn() {
        Scenario scenario = new Scenario(programs, accounts, "Family Medicine");
        String ana = scenario.account("ana.souza", Role.RESIDENT);
        jdbc.update("update app_user set email = null where username = ?", ana);
        String admin = "admin-" + scenario.tag;
        SystemActor.run(() -> accounts.create(new NewUser(admin, "Ada Admin", null, Scenario.PASSWORD, Role.ADMIN, null)));

        browser.signIn(admin, Scenario.PASSWORD);
        browser.click(By.linkText("Accounts"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Accounts");
        browser.type(By.id("q"), scenario.tag);
        browser.click(By.xpath("//button[text()='Search']"));
        assertThat(browser.text(By.tagName("tbody"))).contains(ana).contains("Resident");
        browser.assertAccessible();
        browser.screenshot("60-accounts");
        browser.phoneSize();
        browser.screenshot("60-accounts-phone");
        browser.desktopSize();

        browser.click(By.linkText("ana.souza"));
        browser.assertAccessible();
        browser.press(By.xpath("//summary[text()='Give a temporary password']"));
        browser.assertAccessible();
        browser.click(By.xpath("//button[text()='Yes, show a temporary password']"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Password reset");
        String temporary = browser.text(By.id("temporary-password"));
        assertThat(temporary).hasSize(19);
        assertThat(browser.text(By.id("temporary-expires"))).endsWith("UTC");
        browser.assertAccessible();
        browser.screenshot("61-temporary-password");
        browser.signOut();

        browser.signIn(ana, temporary);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/account/password");
        assertThat(browser.text(By.cssSelector(".notice.warn"))).contains("Your password was reset");
        browser.open("/preferences");
        assertThat(browser.driver().getCurrentUrl()).as("nothing else until the password is changed").endsWith("/account/password");

        changePassword(temporary, NEW_PASSWORD, "not-the-same-twice-99");
        assertThat(browser.text(By.id("confirmation-error"))).isEqualTo("does not match the new password");
        assertThat(browser.find(By.id("confirmation")).getAttribute("aria-invalid")).isEqualTo("true");
        browser.assertAccessible();
        browser.screenshot("62-forced-password-change-invalid");
        changePassword(temporary, NEW_PASSWORD, NEW_PASSWORD);
        assertThat(browser.text(By.cssSelector(".notice.ok"))).contains("Your password has been changed");
        browser.open("/");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/preferences");
        browser.signOut();

        browser.signIn(ana, NEW_PASSWORD);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/preferences");
    }

    /** Issue 19: a reset reaches the person, not whoever reset it; the link works once and says when it cannot. */
    @Test
    void aResetMailsTheOwnerALinkToSetTheirPasswordOnAPageThatWorksOnAPhone() {
        Scenario scenario = new Scenario(programs, accounts, "Family Medicine");
        String ana = scenario.account("ana.souza", Role.RESIDENT);
        String admin = "admin-" + scenario.tag;
        SystemActor.run(() -> accounts.create(new NewUser(admin, "Ada Admin", null, Scenario.PASSWORD, Role.ADMIN, null)));

        browser.signIn(admin, Scenario.PASSWORD);
        browser.open("/accounts/" + ana);
        browser.press(By.xpath("//summary[text()='Reset the password']"));
        assertThat(browser.text(By.id("password-reset"))).contains("a link to set a new password, to " + ana);
        browser.assertAccessible();
        browser.click(By.xpath("//button[text()='Yes, e-mail the link']"));
        assertThat(browser.text(By.id("link-sent"))).contains("We e-mailed the person a link");
        assertThat(browser.driver().getPageSource()).doesNotContain("/set-password/");
        browser.screenshot("64-reset-link-sent");
        browser.signOut();

        String link = linkMailedTo(ana);
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(360, 740));
        browser.open(link);
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Set your password");
        assertThat((Boolean) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("no sideways scrolling at 360 px").isTrue();
        browser.assertAccessible();
        browser.type(By.id("newPassword"), "short");
        browser.type(By.id("confirmation"), "short");
        browser.click(By.xpath("//button[text()='Set my password']"));
        assertThat(browser.find(By.id("newPassword")).getAttribute("aria-invalid")).isEqualTo("true");
        browser.assertAccessible();
        browser.screenshot("65-set-password-invalid-phone");
        browser.type(By.id("newPassword"), NEW_PASSWORD);
        browser.type(By.id("confirmation"), NEW_PASSWORD);
        browser.click(By.xpath("//button[text()='Set my password']"));
        assertThat(browser.text(By.id("password-set"))).contains("Your password is set");
        browser.assertAccessible();

        browser.open(link);
        assertThat(browser.text(By.id("link-used"))).contains("This link was used already");
        browser.assertAccessible();
        browser.screenshot("66-set-password-used-phone");
        jdbc.update("update password_link set used_at = null, expires_at = ?", java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)));
        browser.open(link);
        assertThat(browser.text(By.id("link-expired"))).contains("This link has expired");
        browser.assertAccessible();
        browser.desktopSize();

        browser.signIn(ana, NEW_PASSWORD);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/preferences");
    }

    /** The link in the latest password mail to the account's address, as the outbox holds it. */
    private String linkMailedTo(String username) {
        String body = jdbc.queryForObject("select n.body from notification n join app_user u on lower(u.email) = lower(n.recipient)"
                + " where u.username = ? and n.template = 'password-link' order by n.id desc limit 1", String.class, username);
        return body.substring(body.indexOf("/set-password/")).split("\\s")[0];
    }

    @Test
    void aPersonChangesTheirOwnPassword() {
        Scenario scenario = new Scenario(programs, accounts, "Family Medicine");
        String grace = scenario.account("grace.oduya", Role.MENTOR);

        browser.signIn(grace, Scenario.PASSWORD);
        browser.click(By.linkText("Change password"));
        browser.assertAccessible();
        changePassword("wrong-password-here", "short", "short");
        assertThat(browser.text(By.id("currentPassword-error"))).isEqualTo("is not your current password");
        assertThat(browser.text(By.id("newPassword-error"))).contains("at least 12 characters");
        browser.assertAccessible();
        browser.phoneSize();
        browser.screenshot("63-change-password-invalid-phone");
        browser.desktopSize();

        changePassword(Scenario.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);
        assertThat(browser.text(By.cssSelector(".notice.ok"))).contains("Your password has been changed");
        browser.signOut();
        browser.signIn(grace, NEW_PASSWORD);
        assertThat(browser.find(By.cssSelector(".who")).getText()).isEqualTo("grace.oduya");
    }

    @Test
    void aDirectorManagesOnlyTheirProgramsPeopleAndDisablingEndsTheirSession() {
        Scenario scenario = new Scenario(programs, accounts, "Family Medicine");
        String ana = scenario.account("ana.souza", Role.RESIDENT);
        scenario.openCohort(cohorts, rosters);

        try (Browser resident = new Browser(port)) {
            resident.signIn(ana, Scenario.PASSWORD);

            browser.signIn(scenario.director, Scenario.PASSWORD);
            browser.open("/accounts");
            assertThat(browser.text(By.tagName("tbody"))).contains(ana).doesNotContain("admin-").doesNotContain(scenario.director);
            assertThat(browser.findAll(By.xpath("//summary[contains(., 'New account')]"))).isEmpty();
            browser.assertAccessible();
            browser.click(By.linkText("ana.souza"));
            browser.click(By.xpath("//button[text()='Disable the account']"));
            assertThat(browser.text(By.tagName("h1"))).startsWith("Disable the account of ").endsWith("(" + ana + ")?");
            assertThat(browser.text(By.tagName("main"))).contains(" can no longer sign in.")
                    .contains("You or an administrator can enable the account again later.");
            browser.assertAccessible();
            browser.click(By.id("confirm"));
            assertThat(browser.text(By.cssSelector(".notice.ok"))).contains("The account is disabled");
            browser.assertAccessible();

            resident.open("/preferences");
            assertThat(resident.driver().getCurrentUrl()).contains("/login?ended");
            assertThat(resident.text(By.cssSelector(".notice.warn"))).contains("Your session has ended");

            // an account out of a director's reach reads as unknown (issue 19)
            browser.open("/accounts/" + scenario.director);
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("We could not find that page");
        }
    }

    private void changePassword(String current, String fresh, String again) {
        browser.type(By.id("currentPassword"), current);
        browser.type(By.id("newPassword"), fresh);
        browser.type(By.id("confirmation"), again);
        browser.click(By.xpath("//button[text()='Change password']"));
    }
}
