package io.mentormatch.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import io.mentormatch.api.account.UserAccounts;
import io.mentormatch.api.cohort.ProgramService;

class RosterAndRunIT extends BrowserTest {

    @Autowired
    ProgramService programs;
    @Autowired
    UserAccounts accounts;

    @Test
    void directorImportsARosterAndRunsAMatching() {
        Scenario scenario = new Scenario(programs, accounts, "Family Medicine");
        browser.signIn(scenario.director, Scenario.PASSWORD);
        assertThat(browser.text(By.cssSelector("main"))).contains("No cohorts yet");

        browser.press(By.cssSelector("details summary"));
        browser.type(By.id("code"), "FM-2028");
        browser.type(By.id("name"), "Family Medicine PGY-1, 2028-2029");
        browser.type(By.id("academicYear"), "2028");
        setDeadline(LocalDateTime.now().plusDays(10));
        browser.click(By.xpath("//button[text()='Create cohort']"));
        assertThat(browser.text(By.id("academicYear-error"))).isEqualTo("must look like 2027-2028");
        browser.type(By.id("academicYear"), "2028-2029");
        browser.click(By.xpath("//button[text()='Create cohort']"));

        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Roster");
        assertThat(browser.text(By.tagName("main"))).contains("No residents yet — import a roster.");
        browser.screenshot("10-roster-empty");

        upload("RESIDENTS", scenario.roster("residents.csv").toString());
        assertThat(browser.text(By.cssSelector("#report .notice"))).contains("6 rows are fine: 6 would be added");
        browser.click(By.xpath("//button[text()='Import 6 rows']"));
        assertThat(browser.text(By.cssSelector(".notice.ok"))).isEqualTo("Imported: 6 added, 0 updated.");

        upload("MENTORS", scenario.roster("mentors-with-errors.csv").toString());
        assertThat(browser.text(By.cssSelector("#report .notice.error"))).contains("Nothing was imported");
        WebElement badLine = browser.find(By.xpath("//table[@class='report']//tr[td[1][normalize-space()='3']]"));
        assertThat(badLine.getText()).contains("kind");
        assertThat(browser.text(By.xpath("//table[@class='report']//tr[td[1][normalize-space()='2']]"))).contains("OK");
        browser.screenshot("11-roster-dry-run-report");

        upload("MENTORS", scenario.roster("mentors.csv").toString());
        browser.click(By.xpath("//button[text()='Import 4 rows']"));
        assertThat(browser.findAll(By.cssSelector("main table.responsive")).get(1).getText()).contains("Dr. Grace Oduya", "Jonas Weber");
        browser.screenshot("12-roster-imported");

        browser.click(By.linkText("← Family Medicine PGY-1, 2028-2029"));
        browser.click(By.xpath("//button[text()='Move to: Open for preferences']"));
        assertThat(browser.text(By.cssSelector(".notice.ok"))).contains("Open for preferences");

        browser.click(By.linkText("Matching runs"));
        assertThat(browser.text(By.tagName("main"))).contains("No runs yet.");
        browser.click(By.xpath("//button[text()='Start matching']"));
        assertThat(browser.text(By.tagName("main"))).contains("Starting now closes the preference forms before their deadline");
        browser.click(By.id("confirm"));
        assertThat(browser.text(By.id("closePreferences-error"))).startsWith("Tick the box");
        browser.press(By.id("closePreferences"));
        browser.click(By.id("confirm"));
        browser.waitForText(By.id("run-status"), "Finished");
        assertThat(browser.find(By.id("run-progress")).getAttribute("value")).isEqualTo("100");
        // issue 21: no raw total of pair scores; the fit on its scale beside the outcome
        assertThat(browser.text(By.cssSelector("#run-figures .result-summary"))).isEqualTo("no rule broken, every resident matched");
        assertThat(browser.text(By.cssSelector("#run-figures .result-fit"))).matches("\\d{1,3} %");
        browser.screenshot("13-run-finished");

        browser.click(By.linkText("Review the proposal"));
        assertThat(browser.text(By.id("matched-count"))).isEqualTo("6");
        assertThat(browser.findAll(By.cssSelector("#pairings-table tbody tr"))).hasSize(6);
        assertThat(browser.find(By.cssSelector("tr[data-resident='R001'] .mentor")).getText()).isEqualTo("Dr. Grace Oduya");
        assertThat(browser.findAll(By.cssSelector("svg.chart"))).hasSize(3);
        browser.screenshot("14-proposal-review");

        new Select(browser.find(By.id("change-resident"))).selectByValue("R005");
        new Select(browser.find(By.id("change-mentor"))).selectByVisibleText("Dr. Henrik Solberg, Geriatrics");
        browser.press(By.xpath("//button[text()='Preview the change']"));
        String change = browser.text(By.id("score-change"));
        assertThat(change).matches("[+−]\\d+ points?|no change");
        assertThat(browser.text(By.id("preview"))).contains("Emma Larsen: Dr. Isabel Cruz → Dr. Henrik Solberg");
        browser.screenshot("15-proposal-change-preview");
        browser.click(By.xpath("//button[text()='Apply this change']"));
        assertThat(browser.text(By.tagName("main"))).contains("Emma Larsen: Dr. Isabel Cruz → Dr. Henrik Solberg");
        browser.click(By.id("confirm"));
        assertThat(browser.text(By.cssSelector(".notice.ok")))
                .isEqualTo("Change applied; change in fit of the moved pairs: " + change + ".");
        assertThat(browser.find(By.cssSelector("tr[data-resident='R005'] .mentor")).getText()).isEqualTo("Dr. Henrik Solberg");
        // issue 21: the summary card follows the change: the average of the fits the table shows now
        assertThat(browser.text(By.id("average-fit"))).isEqualTo(averageOfTheTablesFits() + " %");
        // each fit opens its parts by keyboard: a details element, no script
        WebElement fit = browser.find(By.cssSelector("tr[data-resident='R005'] details.fit summary"));
        assertThat(fit.getText()).matches("(?s)\\d{1,3} %.*");
        fit.sendKeys(Keys.ENTER);
        assertThat(browser.text(By.cssSelector("tr[data-resident='R005'] .fit-parts")))
                .matches("(?s)Specialty: -?\\d+ of \\d+ %.*");
        browser.assertAccessible();
    }

    private long averageOfTheTablesFits() {
        return Math.round(browser.findAll(By.cssSelector("#pairings-table .score")).stream()
                .mapToInt(cell -> Integer.parseInt(cell.getText().replace(" %", ""))).average().orElseThrow());
    }

    private void setDeadline(LocalDateTime deadline) {
        // A datetime-local input takes its value from script; typing depends on the browser's locale.
        browser.driver().executeScript("document.getElementById('preferenceDeadline').value = arguments[0]",
                deadline.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
    }

    private void upload(String kind, String path) {
        browser.press(By.cssSelector("input[name=kind][value=" + kind + "]"));
        browser.find(By.id("file")).sendKeys(path);
        browser.click(By.xpath("//button[text()='Check the file']"));
    }
}
