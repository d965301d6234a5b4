package io.mentormatch.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.mentormatch.api.access.Role;

class SurveyIT extends BrowserTest {

    private static final String SECRET = "we talked about night shifts";

    @Autowired
    Scenarios scenarios;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void residentAnswersTheFirstMeetingSurveyAndTheDirectorSeesTheRateButNotTheAnswer() {
        Scenario scenario = scenarios.create("Family Medicine");
        String ana = scenario.account("ana.souza", Role.RESIDENT);
        long cohortId = scenarios.published(scenario, Duration.ofDays(40));

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
        assertThat(browser.text(By.cssSelector(".poor-fit-notice"))).isEqualTo("An answer of 1 or 2 tells your"
                + " program director that this pairing needs a conversation; your answer itself is not shown.");
        browser.type(By.id("text"), SECRET);
        browser.click(By.xpath("//button[text()='Send my answer']"));
        assertThat(browser.text(By.id("score-error"))).isEqualTo("Choose a score from 1 to 5.");
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
        assertThat(after).startsWith("1 of ");
        assertThat(browser.text(By.cssSelector(".survey-result[data-kind='first-meeting'] .suppressed")))
                .contains("hidden until 5 people have answered");
        assertThat(browser.driver().getPageSource()).doesNotContain(SECRET);
        browser.assertAccessible();
        browser.screenshot("61-survey-results-director");
    }

}
