package io.mentormatch.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import io.mentormatch.api.account.UserAccounts;
import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.cohort.ProgramService;
import io.mentormatch.api.roster.RosterService;
import io.mentormatch.api.access.Role;

/** Both sides choose: a mentor names preferred residents, a resident explores mentors while typing. */
class MentorPreferencesIT extends BrowserTest {

    private static final By ANA = By.xpath(
            "//fieldset[@id='preferred-residents']//label[strong[text()='Ana Souza']]/input");

    @Autowired
    ProgramService programs;
    @Autowired
    UserAccounts accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    RosterService rosters;

    @Test
    void mentorNamesPreferredResidentsFromTheSuggestions() {
        Scenario scenario = new Scenario(programs, accounts, "Family Medicine");
        String ana = scenario.account("ana.souza", Role.RESIDENT);
        String grace = scenario.account("grace.oduya", Role.MENTOR);
        long cohortId = scenario.openCohort(cohorts, rosters);
        browser.signIn(ana, Scenario.PASSWORD);
        browser.press(By.name("withoutRanking"));
        browser.click(By.xpath("//button[text()='Submit preferences']"));
        browser.signOut();

        browser.signIn(grace, Scenario.PASSWORD);
        browser.open("/inbox/" + cohortId);
        assertThat(browser.text(By.id("preferred-residents"))).contains("Ana Souza").contains("Sports Medicine")
                .doesNotContain("Ben Adler");
        browser.press(ANA);
        browser.click(By.xpath("//button[text()='Save my profile']"));

        assertThat(browser.text(By.cssSelector(".notice.ok"))).contains("Your profile is saved");
        assertThat(browser.find(ANA).isSelected()).isTrue();
        browser.assertAccessible();
        browser.screenshot("40-mentor-preferred-residents");
    }

    @Test
    void residentSeesSimilarMentorsAndRecommendationsFollowingTheDraft() {
        Scenario scenario = new Scenario(programs, accounts, "Family Medicine");
        String ana = scenario.account("ana.souza", Role.RESIDENT);
        scenario.openCohort(cohorts, rosters);
        browser.signIn(ana, Scenario.PASSWORD);
        assertThat(browser.text(By.cssSelector("#recommended li strong"))).isEqualTo("Dr. Grace Oduya");

        browser.type(By.id("careerGoal"), "Geriatrics");
        browser.type(By.id("interest-0"), "geriatric care");
        browser.type(By.id("interest-1"), "palliative care");

        browser.waitForText(By.cssSelector("#recommended li strong"), "Dr. Henrik Solberg");
        browser.press(By.cssSelector("#recommended button[aria-label='Similar mentors: Dr. Henrik Solberg']"));
        browser.waitFor(By.cssSelector("#similar-recommended-M002 .similar li"));
        assertThat(browser.text(By.id("similar-recommended-M002"))).contains("place");
        assertThat(browser.find(By.id("careerGoal")).getAttribute("value")).isEqualTo("Geriatrics");
        browser.assertAccessible();
        browser.screenshot("41-live-recommendations-and-similar-mentors");
    }
}
