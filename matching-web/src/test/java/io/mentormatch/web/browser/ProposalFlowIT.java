package io.mentormatch.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

import io.mentormatch.api.account.UserAccounts;
import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.cohort.ProgramService;
import io.mentormatch.api.proposal.ProposalReview;
import io.mentormatch.api.roster.RosterService;
import io.mentormatch.api.run.RunService;
import io.mentormatch.api.run.RunStatus;
import io.mentormatch.api.run.StartRun;
import io.mentormatch.api.access.Role;
import io.mentormatch.api.access.SystemActor;

class ProposalFlowIT extends BrowserTest {

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
    ProposalReview review;

    @Test
    void mentorDeclinesTheRematchProposesAnotherMentorAndTheDirectorPublishes() {
        Scenario scenario = new Scenario(programs, accounts, "Family Medicine");
        String grace = scenario.account("grace.oduya", Role.MENTOR);
        String ana = scenario.account("ana.souza", Role.RESIDENT);
        long cohortId = scenario.openCohort(cohorts, rosters);
        long runId = SystemActor.call(() -> runs.start(cohortId, new StartRun("optimal-load-balanced", 10))).id();
        await().atMost(Duration.ofSeconds(60)).until(() -> SystemActor.call(() -> runs.get(cohortId, runId)).status() == RunStatus.SUCCEEDED);

        browser.signIn(scenario.director, Scenario.PASSWORD);
        browser.open("/cohorts/" + cohortId + "/proposals");
        assertThat(mentorOf("R001")).isEqualTo("Dr. Grace Oduya");
        browser.click(By.xpath("//button[starts-with(text(), 'Send 6 proposal')]"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Send 6 proposals to 4 mentors?");
        browser.click(By.id("confirm"));
        assertThat(browser.text(By.cssSelector(".notice.ok"))).isEqualTo("6 proposals sent to their mentors.");
        browser.signOut();

        browser.signIn(grace, Scenario.PASSWORD);
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("My mentees");
        assertThat(browser.findAll(By.cssSelector("article.proposal"))).hasSize(2);
        assertThat(browser.text(By.cssSelector("article.proposal[data-resident='R001'] .career-goal"))).isEqualTo("Sports Medicine");
        browser.screenshot("30-mentor-inbox");
        browser.click(By.cssSelector("button[aria-label='Decline Ana Souza']"));
        assertThat(browser.text(By.cssSelector("article.proposal[data-resident='R001'] .field-error")))
                .contains("Please say why");
        browser.type(By.cssSelector("article.proposal[data-resident='R001'] textarea"), "On parental leave until March");
        browser.click(By.cssSelector("button[aria-label='Decline Ana Souza']"));
        assertThat(browser.text(By.tagName("main"))).contains("“On parental leave until March”")
                .contains("You cannot take a decline back.");
        browser.click(By.id("confirm"));
        assertThat(browser.text(By.cssSelector(".notice.ok"))).contains("You declined Ana Souza");
        assertThat(browser.findAll(By.cssSelector("article.proposal"))).hasSize(1);
        browser.click(By.cssSelector("button[aria-label='Accept Farid Haddad']"));
        assertThat(browser.text(By.cssSelector(".notice.ok"))).contains("You accepted Farid Haddad");
        browser.screenshot("31-mentor-inbox-answered");
        browser.signOut();

        browser.signIn(scenario.director, Scenario.PASSWORD);
        browser.open("/cohorts/" + cohortId + "/rematch-drafts");
        browser.click(By.linkText("Review the new mentor for Ana Souza"));
        assertThat(browser.text(By.cssSelector(".decline .reason"))).isEqualTo("On parental leave until March");
        String suggested = browser.text(By.cssSelector(".decline .suggested"));
        browser.click(By.xpath("//button[text()='Propose Ana Souza to the chosen mentor']"));
        assertThat(browser.text(By.cssSelector(".notice.ok"))).startsWith("Ana Souza is proposed to ");
        browser.open("/cohorts/" + cohortId + "/proposals");
        String newMentor = mentorOf("R001");
        assertThat(suggested).isEqualTo("The matching suggests " + newMentor + ". Nothing has been sent yet.");
        assertThat(newMentor).isNotEqualTo("Dr. Grace Oduya").isNotEqualTo("— unmatched —");
        browser.open("/cohorts/" + cohortId + "/proposals?filter=DECLINED");
        assertThat(browser.text(By.id("pairings-table"))).contains("Ana Souza", "On parental leave until March");
        browser.screenshot("32-proposal-review-declined");

        browser.open("/cohorts/" + cohortId + "/proposals");
        browser.click(By.xpath("//button[text()='Publish the pairings']"));
        assertThat(browser.text(By.cssSelector(".notice.error"))).contains("Give a reason");
        browser.type(By.id("reason"), "Orientation starts Monday; the rest confirm by phone");
        browser.click(By.xpath("//button[text()='Publish the pairings']"));
        assertThat(browser.text(By.tagName("h1"))).startsWith("Publish 6 pairings of Family Medicine");
        browser.click(By.id("confirm"));
        assertThat(browser.text(By.tagName("h1"))).startsWith("Mentoring pairings");
        assertThat(browser.text(By.cssSelector("tr.pairing[data-resident='R001']"))).contains("Ana Souza");
        assertThat(browser.findAll(By.cssSelector("section.mentor-group h2")).stream().map(e -> e.getText()))
                .contains(newMentor);
        browser.screenshot("33-published-director");
        // window.print() would open a dialog; a stand-in records that app.js wired the button
        browser.driver().executeScript("window.print = function () { document.body.dataset.printed = 'yes'; }");
        browser.press(By.xpath("//button[text()='Print']"));
        assertThat(browser.find(By.tagName("body")).getDomAttribute("data-printed")).isEqualTo("yes");
        browser.signOut();

        browser.signIn(ana, Scenario.PASSWORD);
        browser.open("/published");
        assertThat(browser.findAll(By.cssSelector("tr.pairing"))).hasSize(1);
        assertThat(browser.text(By.cssSelector("section.mentor-group h2"))).isEqualTo(newMentor);
        assertThat(browser.findAll(By.linkText(".ics"))).hasSizeLessThanOrEqualTo(1);
        browser.screenshot("34-published-resident");
        assertThat(SystemActor.call(() -> review.list(cohortId, io.mentormatch.api.proposal.ProposalFilter.ALL, 0, Pageable.ofSize(50)))
                .getContent()).hasSize(6);
    }

    private String mentorOf(String resident) {
        return browser.text(By.cssSelector("tr[data-resident='" + resident + "'] .mentor"));
    }
}
