package io.mentormatch.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 21: a director gives a person on their roster an account. Ana Souza is on the roster without one (her e-mail
 * changed); the director creates it from the roster page, at phone width: a resident's account linked to Ana, with an
 * invitation to set a password; the roster then says she has an account.
 */
class DirectorCreatesAccountIT extends BrowserTest {

    @Autowired
    Scenarios scenarios;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDirectorCreatesTheAccountOfAResidentOnTheirRoster() {
        Scenario scenario = scenarios.create("Family Medicine");
        long cohortId = scenarios.open(scenario);
        String email = "ana.new." + scenario.tag + "@home.example";
        jdbc.update("update resident set user_id = null, email = ? where cohort_id = ? and name = 'Ana Souza'",
                email, cohortId);

        browser.signIn(scenario.director, Scenario.PASSWORD);
        browser.phoneSize();
        browser.open("/cohorts/" + cohortId + "/roster");
        By create = By.cssSelector("button[aria-label='Create an account for Ana Souza and e-mail an invitation']");
        assertThat(browser.text(create)).isEqualTo("Create an account");
        browser.assertAccessible();
        assertThat((Boolean) browser.driver().executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("no sideways scrolling at 360 px").isTrue();

        browser.click(create);
        assertThat(browser.text(By.cssSelector(".notice.ok")))
                .isEqualTo("Ana Souza has an account now; an e-mail invites them to set a password.");
        assertThat(browser.findAll(create)).isEmpty();
        browser.assertAccessible();
        assertThat(jdbc.queryForObject("select a.role from app_user a join resident r on r.user_id = a.id"
                + " where r.cohort_id = ? and r.name = 'Ana Souza'", String.class, cohortId)).isEqualTo("RESIDENT");
        assertThat(jdbc.queryForObject("select count(*) from password_link l join app_user a on a.id = l.user_id"
                + " where a.username = ?", Long.class, email)).isEqualTo(1);
        browser.screenshot("60-director-creates-account-phone");
    }
}
