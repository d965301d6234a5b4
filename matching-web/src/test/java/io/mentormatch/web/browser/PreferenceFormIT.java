package io.mentormatch.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.mentormatch.api.account.UserAccounts;
import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.cohort.ProgramService;
import io.mentormatch.api.roster.RosterService;
import io.mentormatch.api.access.Role;

class PreferenceFormIT extends BrowserTest {

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
    void residentFillsInAndSubmitsTheFormWithWeekGridAndRanking() {
        Scenario scenario = new Scenario(programs, accounts, "Family Medicine");
        String ana = scenario.account("ana.souza", Role.RESIDENT);
        scenario.openCohort(cohorts, rosters);

        browser.signIn(ana, Scenario.PASSWORD);
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("My mentor preferences");
        assertThat(browser.text(By.id("deadline"))).isNotBlank();

        browser.type(By.id("careerGoal"), "Sports Medicine");
        browser.type(By.id("interest-2"), "marathon medicine");
        WebElement monday18 = browser.find(By.id("slot-MON-18"));
        assertThat(monday18.isSelected()).isTrue();
        monday18.click();
        assertThat(monday18.isSelected()).isFalse();
        browser.find(By.id("slot-WED-07")).sendKeys(Keys.ARROW_RIGHT);
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("slot-THU-07");
        browser.driver().switchTo().activeElement().sendKeys(Keys.SPACE);
        assertThat(browser.find(By.id("slot-THU-07")).isSelected()).isTrue();

        browser.click(By.cssSelector("button[aria-label='Add Dr. Grace Oduya to my ranking']"));
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("add-mentor"))).selectByVisibleText("Dr. Isabel Cruz — Family Medicine");
        browser.click(By.xpath("//button[text()='Add to my ranking']"));
        assertThat(ranking()).containsExactly("Dr. Grace Oduya", "Dr. Isabel Cruz");
        browser.find(By.cssSelector("button[aria-label='Move Dr. Isabel Cruz up']")).sendKeys(Keys.ENTER);
        assertThat(ranking()).containsExactly("Dr. Isabel Cruz", "Dr. Grace Oduya");
        assertThat(browser.driver().switchTo().activeElement().getAttribute("aria-label")).isEqualTo("Move Dr. Isabel Cruz up");
        browser.screenshot("20-preference-form");

        avoid("Dr. Grace Oduya");
        browser.click(By.xpath("//button[text()='Submit preferences']"));
        assertThat(browser.text(By.id("avoid-error"))).contains("You ranked Dr. Grace Oduya and also asked never to get them");
        browser.screenshot("21-preference-form-invalid");

        avoid("Dr. Grace Oduya");
        browser.click(By.xpath("//button[text()='Submit preferences']"));
        assertThat(browser.text(By.cssSelector(".notice.ok"))).contains("Your preferences are submitted");

        browser.open(browser.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", ""));
        assertThat(ranking()).containsExactly("Dr. Isabel Cruz", "Dr. Grace Oduya");
        assertThat(browser.find(By.id("careerGoal")).getAttribute("value")).isEqualTo("Sports Medicine");
        assertThat(browser.find(By.id("slot-MON-18")).isSelected()).isFalse();
        assertThat(browser.find(By.id("slot-THU-07")).isSelected()).isTrue();
        assertThat(browser.find(By.id("slot-MON-19")).isSelected()).isTrue();
        assertThat(browser.findAll(By.name("interests")).stream().map(e -> e.getAttribute("value")).toList())
                .contains("marathon medicine");
        browser.phoneSize();
        browser.screenshot("22-preference-form-phone");
        browser.desktopSize();
    }

    /**
     * The form guides before anything is saved: an empty ranking is not submitted unless the resident says so, a
     * mentor who takes no mentees is shown but cannot be chosen, the limit holds as mentors are added, the
     * recommendations follow the unsaved answers, and the page fits a 360 px phone.
     */
    @Test
    void residentIsGuidedToACompleteRankingWithinTheLimit() {
        Scenario scenario = new Scenario(programs, accounts, "Family Medicine");
        String ana = scenario.account("ana.souza", Role.RESIDENT);
        long cohortId = scenario.openCohort(cohorts, rosters);
        jdbc.update("update cohort set max_ranked_mentors = 2 where id = ?", cohortId);
        jdbc.update("update mentor set accepting = false where cohort_id = ? and code = 'M004'", cohortId);
        browser.signIn(ana, Scenario.PASSWORD);

        browser.click(By.xpath("//button[text()='Submit preferences']"));
        assertThat(browser.text(By.id("ranking-error"))).contains("Rank at least one mentor before you submit");
        assertThat(browser.findAll(By.cssSelector(".notice.ok"))).isEmpty();

        WebElement jonas = browser.find(By.xpath("//select[@id='add-mentor']/option[starts-with(text(), 'Jonas Weber')]"));
        assertThat(jonas.isEnabled()).isFalse();
        assertThat(jonas.getText()).endsWith("(not taking mentees this year)");

        browser.type(By.id("careerGoal"), "Geriatrics");
        browser.type(By.id("interest-0"), "geriatric care");
        browser.type(By.id("interest-1"), "palliative care");
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("add-mentor"))).selectByVisibleText("Dr. Grace Oduya — Sports Medicine");
        browser.click(By.xpath("//button[text()='Add to my ranking']"));
        assertThat(browser.find(By.id("careerGoal")).getAttribute("value")).isEqualTo("Geriatrics");
        assertThat(browser.text(By.cssSelector("#recommended li strong"))).isEqualTo("Dr. Henrik Solberg");

        new org.openqa.selenium.support.ui.Select(browser.find(By.id("add-mentor"))).selectByVisibleText("Dr. Isabel Cruz — Family Medicine");
        browser.click(By.xpath("//button[text()='Add to my ranking']"));
        assertThat(browser.text(By.id("ranking-limit"))).contains("You have ranked 2 mentors, the most this program allows");
        assertThat(browser.findAll(By.cssSelector("#recommended button[name='add']"))).isEmpty();
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("add-mentor"))).selectByVisibleText("Dr. Henrik Solberg — Geriatrics");
        browser.click(By.xpath("//button[text()='Add to my ranking']"));
        assertThat(browser.text(By.id("ranking-error"))).contains("Remove one before you add another");
        assertThat(ranking()).containsExactly("Dr. Grace Oduya", "Dr. Isabel Cruz");

        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(360, 800));
        Number overflow = (Number) browser.driver().executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow.intValue()).as("pixels the page is wider than a 360 px phone").isLessThanOrEqualTo(0);
        Number removeRight = (Number) browser.driver().executeScript("return document.querySelector("
                + "\"button[aria-label='Remove Dr. Isabel Cruz from the ranking']\").getBoundingClientRect().right");
        assertThat(removeRight.intValue()).isLessThanOrEqualTo(360);
        browser.screenshot("23-preference-form-at-the-limit-360");
        browser.desktopSize();

        browser.press(By.xpath("//button[@aria-label='Remove Dr. Grace Oduya from the ranking']"));
        browser.press(By.xpath("//button[@aria-label='Remove Dr. Isabel Cruz from the ranking']"));
        browser.press(By.name("withoutRanking"));
        browser.click(By.xpath("//button[text()='Submit preferences']"));
        assertThat(browser.text(By.cssSelector(".notice.ok"))).contains("Your preferences are submitted");
        assertThat(ranking()).isEmpty();
    }

    private List<String> ranking() {
        return browser.findAll(By.cssSelector("#ranking li strong")).stream().map(WebElement::getText).toList();
    }

    private void avoid(String mentor) {
        browser.press(By.xpath("//fieldset[legend[text()='Mentors you must not get']]//label[span[text()='" + mentor + "']]/input"));
    }
}
