package io.mentormatch.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo pair's year from the goals to the survey results: gs.resident changes a goal's text, status and date,
 * completes it and deletes another; gs.mentor answers the first-meeting survey that waits for them; gs.director
 * reads the survey charts on a phone, where their text stays legible.
 */
class GoalsAndSurveysJourneyIT extends BrowserTest {

    private static final String ABSTRACT = "Submit an abstract to the Academic Surgical Congress";
    private static final String ABSITE = "Score above the 50th percentile on the ABSITE";
    private static final String CHANGED = "Submit an abstract to the Southwestern Surgical Congress";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theResidentKeepsTheGoalsTheMentorAnswersAndTheDirectorReadsTheCharts() {
        long cohortId = demoYearLoaded();

        browser.signIn("gs.resident", PASSWORD);
        browser.open("/mentoring");
        assertThat(goal(ABSTRACT).getText()).contains("Not started");
        browser.click(By.xpath(goalXpath(ABSTRACT) + "//a[starts-with(normalize-space(.), 'Change')]"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Change a goal");
        browser.assertAccessible();
        browser.type(By.id("text"), CHANGED);
        browser.press(By.cssSelector("#status option[value='IN_PROGRESS']"));
        browser.driver().executeScript("arguments[0].value = '2027-03-31'", browser.find(By.id("targetDate")));
        browser.click(By.xpath("//button[text()='Save goal']"));
        assertThat(browser.text(By.cssSelector(".notice.ok"))).isEqualTo("Goal saved: " + CHANGED + " (In progress).");
        assertThat(goal(CHANGED).getText()).contains("In progress").contains("by 31 Mar 2027");

        browser.click(By.xpath(goalXpath(CHANGED) + "//a[starts-with(normalize-space(.), 'Change')]"));
        browser.press(By.cssSelector("#status option[value='ACHIEVED']"));
        browser.click(By.xpath("//button[text()='Save goal']"));
        assertThat(goal(CHANGED).getText()).contains("Done").contains("by 31 Mar 2027");

        browser.click(By.xpath(goalXpath(ABSITE) + "//a[starts-with(normalize-space(.), 'Delete')]"));
        assertThat(browser.text(By.tagName("main"))).contains("Delete the goal '" + ABSITE + "'? This cannot be undone");
        browser.assertAccessible();
        browser.click(By.xpath("//button[text()='Delete the goal']"));
        assertThat(browser.text(By.cssSelector(".notice.ok"))).isEqualTo("Goal deleted: " + ABSITE + ".");
        assertThat(browser.findAll(By.xpath(goalXpath(ABSITE)))).isEmpty();
        assertThat(jdbc.queryForList("select status from mentoring_goal where cohort_id = ? and text = ?", String.class,
                cohortId, CHANGED)).containsExactly("ACHIEVED");
        browser.phoneSize();
        browser.screenshot("80-goals-phone");
        browser.desktopSize();
        browser.signOut();

        browser.signIn("gs.mentor", PASSWORD);
        browser.click(By.linkText("Surveys"));
        browser.click(By.linkText("After the first meeting survey"));
        assertThat(browser.text(By.cssSelector(".choices"))).contains("1 Poor").contains("5 Very good");
        browser.press(By.cssSelector("input[name='score'][value='4']"));
        browser.type(By.id("text"), "A good start: we planned the next three months.");
        browser.click(By.xpath("//button[text()='Send my answer']"));
        assertThat(browser.text(By.cssSelector(".notice.ok"))).isEqualTo("Thank you: your answer is saved.");
        browser.signOut();

        browser.signIn("gs.director", PASSWORD);
        browser.phoneSize();
        browser.open("/cohorts/" + cohortId + "/surveys");
        List<WebElement> texts = browser.findAll(By.cssSelector("svg.chart text"));
        assertThat(texts).isNotEmpty();
        for (WebElement text : texts) {
            double size = Double.parseDouble(text.getCssValue("font-size").replace("px", ""));
            assertThat(size).as(text.getText()).isGreaterThanOrEqualTo(12);
        }
        assertThat(browser.driver().getPageSource()).doesNotContain(CHANGED).doesNotContain(ABSITE);
        Object scroll = browser.driver().executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
        assertThat(scroll).as("sideways scrolling at 360 px").isEqualTo(false);
        browser.assertAccessible();
        browser.screenshot("81-survey-results-phone");
        browser.desktopSize();
        for (WebElement text : browser.findAll(By.cssSelector("svg.chart text"))) {
            assertThat(text.getCssValue("font-size")).isEqualTo("14px");
        }
        browser.screenshot("82-survey-results-desktop");
    }

    private WebElement goal(String text) {
        return browser.find(By.xpath(goalXpath(text)));
    }

    private static String goalXpath(String text) {
        return "//ul[@class='goals']/li[strong[normalize-space()='" + text + "']]";
    }

    /** The demo loads General Surgery's year in the background, a few seconds after start-up, the demo pair first. */
    private long demoYearLoaded() {
        long cohortId = jdbc.queryForObject("select id from cohort where code = 'GS-2026'", Long.class);
        await().atMost(Duration.ofSeconds(120)).until(() -> jdbc.queryForObject(
                "select count(*) from mentoring_goal where cohort_id = ? and text = ?", Integer.class, cohortId, ABSITE) >= 1);
        return cohortId;
    }
}
