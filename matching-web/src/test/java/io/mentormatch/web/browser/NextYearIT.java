package io.mentormatch.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.mentormatch.api.access.Role;

class NextYearIT extends BrowserTest {

    @Autowired
    Scenarios scenarios;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void directorStartsNextYearAResidentAsksToKeepTheirMentorAndTheDirectorPinsThePair() {
        Scenario scenario = scenarios.create("Family Medicine");
        String ana = scenario.account("ana.souza", Role.RESIDENT);
        long cohortId = scenarios.published(scenario, Duration.ZERO);

        browser.signIn(scenario.director, Scenario.PASSWORD);
        browser.open("/cohorts/" + cohortId);
        browser.click(By.xpath("//button[text()=\"Create next year's cohort\"]"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Create Family Medicine PGY-1, 2029-2030?");
        browser.assertAccessible();
        browser.click(By.id("confirm"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Family Medicine PGY-1, 2029-2030");
        assertThat(browser.text(By.cssSelector(".notice.ok"))).contains("is ready as a draft");
        long nextId = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*/cohorts/(\\d+).*", "$1"));
        browser.assertAccessible();
        browser.signOut();
        jdbc.update("update cohort set state = 'OPEN_FOR_PREFERENCES', preference_deadline = ? where id = ?",
                Timestamp.from(Instant.now().plus(Duration.ofDays(10))), nextId);

        browser.signIn(ana, Scenario.PASSWORD);
        browser.open("/preferences/" + nextId);
        browser.waitForText(By.id("continuity-offer"), "were mentored by");
        browser.assertAccessible();
        browser.screenshot("60-keep-my-mentor");
        browser.click(By.cssSelector("#continuity-offer button"));
        assertThat(browser.text(By.cssSelector(".notice.ok"))).startsWith("You asked to keep");
        browser.signOut();

        browser.signIn(scenario.director, Scenario.PASSWORD);
        browser.open("/cohorts/" + nextId);
        assertThat(browser.text(By.tagName("main"))).contains("Continuity requests", "Ana Souza");
        browser.click(By.xpath("//button[starts-with(text(), 'Pin R001')]"));
        assertThat(browser.text(By.cssSelector(".notice.ok"))).contains("Ana Souza stays with");
        assertThat(browser.text(By.tagName("main"))).contains("Pinned");
        browser.assertAccessible();
        browser.phoneSize();
        browser.screenshot("61-continuity-requests-phone");
        browser.desktopSize();
    }

}
