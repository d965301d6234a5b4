package io.mentormatch.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import io.mentormatch.api.account.UserAccounts;
import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.cohort.ProgramService;
import io.mentormatch.api.roster.RosterService;

class CompareModesIT extends BrowserTest {

    @Autowired
    ProgramService programs;
    @Autowired
    UserAccounts accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    RosterService rosters;

    @Test
    void directorComparesTheModesAndRunsTheOneWithTheMostFirstChoices() {
        Scenario scenario = new Scenario(programs, accounts, "Family Medicine");
        long cohortId = scenario.openCohort(cohorts, rosters);
        browser.signIn(scenario.director, Scenario.PASSWORD);
        browser.open("/cohorts/" + cohortId + "/runs");

        browser.click(By.id("compare-link"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Compare modes");
        browser.waitFor(By.id("comparison-table"));
        List<WebElement> rows = browser.findAll(By.cssSelector("#comparison-table tbody tr"));
        // the cohort weighs load balance (the default weights), so the load-balanced row is there too
        assertThat(rows).extracting(row -> row.getAttribute("data-mode"))
                .containsExactly("optimal", "stable", "stable-mentor-optimal", "rank-maximal", "optimal-load-balanced");
        assertThat(browser.text(By.cssSelector("tr[data-mode='rank-maximal'] th"))).isEqualTo("Most first choices");
        assertThat(browser.text(By.cssSelector("tr[data-mode='optimal'] .matched"))).isEqualTo("6 of 6");
        assertThat(browser.findAll(By.cssSelector("#comparison svg.chart"))).hasSize(2);
        // issue 20: each mode's worst single decline, in words
        assertThat(browser.text(By.cssSelector("tr[data-mode='stable'] .decline"))).matches("nobody else moves|\\d+ others? moves?");
        // residents proposing: nobody gains by answering differently, every one of the 6 checked
        assertThat(browser.text(By.cssSelector("tr[data-mode='stable'] .gain"))).isEqualTo("0 of 6 checked");
        browser.assertAccessible();
        browser.screenshot("16-compare-modes");
        browser.phoneSize();
        browser.assertAccessible();
        browser.desktopSize();

        String averageFit = browser.text(By.cssSelector("tr[data-mode='rank-maximal'] .total"));
        assertThat(averageFit).matches("\\d{1,3} %");
        browser.click(By.xpath("//button[text()='Run: Most first choices']"));
        assertThat(browser.text(By.tagName("main"))).contains("by “Most first choices”");
        browser.press(By.id("closePreferences"));
        browser.click(By.id("confirm"));
        browser.waitForText(By.id("run-status"), "Finished");
        // the run gives what its row of the comparison showed
        assertThat(browser.text(By.cssSelector("#run-figures .result-summary")))
                .isEqualTo("no rule broken, every resident matched");
        assertThat(browser.text(By.cssSelector("#run-figures .result-fit"))).isEqualTo(averageFit);
        assertThat(browser.text(By.cssSelector("#run-figures .result-mode"))).isEqualTo("Most first choices");
        // the roster files rank no mentors: every choice is a mentor the resident did not rank
        assertThat(browser.text(By.cssSelector("#run-figures .result-choices"))).isEqualTo("6 got a mentor they did not rank");
        assertThat(browser.text(By.cssSelector("#run-figures .result-blocking"))).isNotBlank();
        // issue 20: the run's integrity report, in plain words
        assertThat(browser.text(By.cssSelector("#run-integrity .integrity-complaints"))).contains("complaint");
        assertThat(browser.text(By.cssSelector("#run-integrity .integrity-gaming")))
                .contains("filling in the form differently").contains("all 6 residents checked");
        assertThat(browser.text(By.cssSelector("#run-integrity .integrity-fragility"))).startsWith("Any single decline");
        browser.assertAccessible();
        browser.screenshot("17-run-in-rank-maximal-mode");
    }
}
