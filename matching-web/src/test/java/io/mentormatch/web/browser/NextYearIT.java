package io.mentormatch.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.mentormatch.api.account.UserAccounts;
import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.cohort.ProgramService;
import io.mentormatch.api.roster.RosterService;
import io.mentormatch.api.run.RunService;
import io.mentormatch.api.run.RunStatus;
import io.mentormatch.api.run.StartRun;
import io.mentormatch.api.system.Role;
import io.mentormatch.api.system.SystemActor;

class NextYearIT extends BrowserTest {

    @Autowired
    ProgramService programs;
    @Autowired
    UserAccounts accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    RosterService rosters;
    @Autowired
    RunService runs;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void directorStartsNextYearAResidentAsksToKeepTheirMentorAndTheDirectorPinsThePair() {
        Scenario scenario = new Scenario(programs, accounts, "Family Medicine");
        String ana = scenario.account("ana.souza", Role.RESIDENT);
        long cohortId = publishedCohort(scenario);

        browser.signIn(scenario.director, Scenario.PASSWORD);
        browser.open("/cohorts/" + cohortId);
        browser.click(By.xpath("//button[text()=\"Create next year's cohort\"]"));
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

    /** The scenario's cohort, matched and published as if every mentor had accepted. */
    private long publishedCohort(Scenario scenario) {
        long cohortId = scenario.openCohort(cohorts, rosters);
        long runId = SystemActor.call(() -> runs.start(cohortId, new StartRun("optimal", 10))).id();
        await().atMost(Duration.ofSeconds(90))
                .until(() -> SystemActor.call(() -> runs.get(cohortId, runId)).status() == RunStatus.SUCCEEDED);
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("update proposal set state = 'ACCEPTED', sent_at = ?, decided_at = ? where cohort_id = ?", now, now, cohortId);
        jdbc.update("update cohort set state = 'PUBLISHED' where id = ?", cohortId);
        jdbc.update("insert into publication (cohort_id, published_at, published_by, overrode_open_proposals) "
                + "values (?, ?, 'test', false)", cohortId, now);
        return cohortId;
    }
}
