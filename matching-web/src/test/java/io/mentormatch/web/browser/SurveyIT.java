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
import io.mentormatch.api.proposal.ProposalSending;
import io.mentormatch.api.publication.PublicationService;
import io.mentormatch.api.publication.PublishRequest;
import io.mentormatch.api.roster.RosterService;
import io.mentormatch.api.run.RunService;
import io.mentormatch.api.run.RunStatus;
import io.mentormatch.api.run.StartRun;
import io.mentormatch.api.system.Role;
import io.mentormatch.api.system.SystemActor;

class SurveyIT extends BrowserTest {

    private static final String SECRET = "we talked about night shifts";

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
    ProposalSending proposals;
    @Autowired
    PublicationService publications;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void residentAnswersTheFirstMeetingSurveyAndTheDirectorSeesTheRateButNotTheAnswer() {
        Scenario scenario = new Scenario(programs, accounts, "Family Medicine");
        String ana = scenario.account("ana.souza", Role.RESIDENT);
        long cohortId = publishedFortyDaysAgo(scenario);

        browser.signIn(scenario.director, Scenario.PASSWORD);
        browser.open("/cohorts/" + cohortId + "/surveys");
        String before = browser.text(By.cssSelector(".survey-result[data-kind='first-meeting'] .response-rate"));
        assertThat(before).startsWith("0 of ");
        browser.signOut();

        browser.signIn(ana, Scenario.PASSWORD);
        browser.click(By.linkText("Surveys"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Surveys due");
        browser.assertAccessible();
        browser.click(By.linkText("After the first meeting survey"));
        browser.type(By.id("text"), SECRET);
        browser.click(By.xpath("//button[text()='Send my answer']"));
        assertThat(browser.text(By.id("score-error"))).isEqualTo("must be between 1 and 5");
        browser.assertAccessible();
        browser.phoneSize();
        browser.screenshot("60-survey-answer-phone");
        browser.desktopSize();
        browser.press(By.cssSelector("input[name='score'][value='4']"));
        browser.click(By.xpath("//button[text()='Send my answer']"));
        assertThat(browser.text(By.cssSelector(".notice.ok"))).isEqualTo("Thank you: your answer is saved.");
        browser.signOut();

        browser.signIn(scenario.director, Scenario.PASSWORD);
        browser.open("/cohorts/" + cohortId + "/surveys");
        String after = browser.text(By.cssSelector(".survey-result[data-kind='first-meeting'] .response-rate"));
        assertThat(after).startsWith("1 of ").contains("1 from residents");
        assertThat(browser.text(By.cssSelector(".survey-result[data-kind='first-meeting'] .suppressed")))
                .contains("hidden until at least 3");
        assertThat(browser.driver().getPageSource()).doesNotContain(SECRET);
        browser.assertAccessible();
        browser.screenshot("61-survey-results-director");
    }

    /** The scenario's cohort matched, its proposals sent and published with an override, 40 days ago. */
    private long publishedFortyDaysAgo(Scenario scenario) {
        long cohortId = scenario.openCohort(cohorts, rosters);
        long runId = SystemActor.call(() -> runs.start(cohortId, new StartRun("optimal", 10))).id();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> SystemActor.call(() -> runs.get(cohortId, runId)).status() == RunStatus.SUCCEEDED);
        SystemActor.call(() -> proposals.send(cohortId));
        SystemActor.call(() -> publications.publish(cohortId, new PublishRequest(true, "term starts")));
        jdbc.update("update publication set published_at = ? where cohort_id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofDays(40))), cohortId);
        return cohortId;
    }
}
