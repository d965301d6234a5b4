package io.mentormatch.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import io.mentormatch.api.account.UserAccounts;
import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.cohort.ProgramService;
import io.mentormatch.api.roster.RosterService;
import io.mentormatch.api.system.Role;

class PreferenceFormIT extends BrowserTest {

    @Autowired
    ProgramService programs;
    @Autowired
    UserAccounts accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    RosterService rosters;

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
        assertThat(browser.text(By.id("avoid-error"))).contains("M001 is both ranked and avoided");
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

    private List<String> ranking() {
        return browser.findAll(By.cssSelector("#ranking li strong")).stream().map(WebElement::getText).toList();
    }

    private void avoid(String mentor) {
        browser.press(By.xpath("//fieldset[legend[text()='Mentors you must not get']]//label[span[text()='" + mentor + "']]/input"));
    }
}
