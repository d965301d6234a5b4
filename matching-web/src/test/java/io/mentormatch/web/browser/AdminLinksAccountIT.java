package io.mentormatch.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.mentormatch.api.account.NewUser;
import io.mentormatch.api.account.UserAccounts;
import io.mentormatch.api.access.Role;
import io.mentormatch.api.access.SystemActor;

/**
 * Issue 21: the link the roster import's report promises. Ana's roster e-mail belonged to an old mentor account, so the
 * import left her unlinked; she has a resident account under her own e-mail. An administrator links that account to
 * Ana Souza of the roster, and Ana then sees her cohort.
 */
class AdminLinksAccountIT extends BrowserTest {

    @Autowired
    Scenarios scenarios;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdministratorLinksAnAccountToARosterPersonWhoThenSeesTheirCohort() {
        Scenario scenario = scenarios.create("Family Medicine");
        String oldAccount = "ana-old-" + scenario.tag;
        String ana = "ana-" + scenario.tag;
        SystemActor.run(() -> accounts.create(new NewUser(oldAccount, "Ana Souza (old)", scenario.email("ana.souza"),
                Scenario.PASSWORD, Role.MENTOR, null)));
        SystemActor.run(() -> accounts.create(new NewUser(ana, "Ana Souza", "ana." + scenario.tag + "@home.example",
                Scenario.PASSWORD, Role.RESIDENT, null)));
        long cohortId = scenarios.open(scenario);
        String cohortName = jdbc.queryForObject("select name from cohort where id = ?", String.class, cohortId);
        assertThat(jdbc.queryForObject("select count(*) from resident where cohort_id = ? and name = 'Ana Souza'"
                + " and user_id is null", Long.class, cohortId)).as("the import left Ana unlinked").isEqualTo(1);

        browser.signIn("admin", PASSWORD);
        browser.open("/accounts/" + ana);
        assertThat(browser.text(By.id("memberships"))).contains("This account is on no roster.");
        browser.click(By.id("link-roster"));
        assertThat(browser.text(By.id("no-candidates"))).startsWith("Nobody without an account has this account's e-mail");
        browser.type(By.id("q"), "ana.souza+" + scenario.tag);
        browser.click(By.xpath("//button[text()='Search']"));
        browser.assertAccessible();
        browser.press(By.xpath("//summary[text()='Link to Ana Souza']"));
        browser.click(By.xpath("//button[text()='Yes, link the account']"));

        assertThat(browser.text(By.id("linked"))).isEqualTo("Ana Souza is now Ana Souza of " + cohortName + " (Family Medicine "
                + scenario.tag + ").");
        assertThat(browser.text(By.id("memberships"))).contains(cohortName, "Resident", "Ana Souza");
        browser.assertAccessible();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'roster.linked' and cohort_id = ?",
                Long.class, cohortId)).isEqualTo(1);
        browser.signOut();

        browser.signIn(ana, Scenario.PASSWORD);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/preferences/" + cohortId);
        assertThat(browser.text(By.tagName("main"))).contains(cohortName);
        browser.open("/account");
        assertThat(browser.text(By.id("memberships"))).contains(cohortName, "Resident");
        browser.assertAccessible();
        browser.phoneSize();
        browser.screenshot("80-my-account-phone");
        browser.desktopSize();
    }
}
