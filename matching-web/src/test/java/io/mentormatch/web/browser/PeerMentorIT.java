package io.mentormatch.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.mentormatch.api.access.Role;

/** Senior residents as peer mentors: the director turns the layer on, and every resident gets a mentor and a peer. */
class PeerMentorIT extends BrowserTest {

    private static final String PEER = "Jonas Weber";

    @Autowired
    Scenarios scenarios;
    @Autowired
    JdbcTemplate jdbc;

    /** The run's figures, faculty then peer layer, in a director's words (run and review pages). */
    private void assertPeerFigures() {
        assertThat(browser.text(By.cssSelector(".result-figures"))).contains("Faculty mentors: result",
                "Peer mentors: result", "Peer mentors: choices", "Peer mentors: pairs who would both rather be together");
        assertThat(browser.text(By.cssSelector(".result-peer-summary"))).isEqualTo("no rule broken, every resident matched");
        assertThat(browser.text(By.cssSelector(".result-peer-fit"))).matches("\\d{1,3} %");
        assertThat(browser.text(By.cssSelector(".result-peer-choices"))).isNotBlank();
        assertThat(browser.text(By.cssSelector(".result-peer-blocking"))).contains("would");
    }

    @Test
    void aDirectorTurnsOnPeerMentorsAndEveryResidentSeesBothMentors() {
        Scenario scenario = scenarios.create("Family Medicine");
        String ana = scenario.account("ana.souza", Role.RESIDENT);
        long cohortId = scenarios.open(scenario);
        // the roster's one senior resident takes every resident as peer mentee; the faculty seat all six
        jdbc.update("update mentor set capacity = 6 where cohort_id = ? and kind = 'SENIOR_RESIDENT'", cohortId);

        browser.signIn(scenario.director, Scenario.PASSWORD);
        browser.open("/cohorts/" + cohortId);
        browser.type(By.id("peerAvailability"), "11");
        browser.press(By.id("peerMentoring"));
        browser.click(By.xpath("//button[text()='Save settings']"));
        assertThat(browser.find(By.id("peerAvailability")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.text(By.cssSelector(".peer-weights .field-error"))).contains("10");
        browser.assertAccessible();
        browser.type(By.id("peerAvailability"), "10");
        if (!browser.find(By.id("peerMentoring")).isSelected()) {
            browser.press(By.id("peerMentoring"));
        }
        browser.click(By.xpath("//button[text()='Save settings']"));
        browser.open("/cohorts/" + cohortId);
        assertThat(browser.find(By.id("peerMentoring")).isSelected()).isTrue();
        assertThat(browser.find(By.id("peerAvailability")).getDomProperty("value")).isEqualTo("10");
        browser.screenshot("80-peer-mentoring-settings");

        scenarios.match(cohortId);
        browser.open("/cohorts/" + cohortId + "/proposals");
        List<WebElement> anaRows = browser.findAll(By.cssSelector("#pairings-table tr[data-resident='R001']"));
        assertThat(anaRows).hasSize(2);
        assertThat(anaRows.get(0).getText()).doesNotContain("Peer mentor").contains("Dr. ");
        assertThat(anaRows.get(1).getText()).contains("Peer mentor: " + PEER);
        assertThat(browser.findAll(By.cssSelector("#pairings-table td.mentor.peer"))).hasSize(6);
        assertPeerFigures();
        assertThat(browser.findAll(By.tagName("figcaption")).stream().map(WebElement::getText)).contains(
                "Faculty mentors: residents who got their 1st, 2nd, 3rd choice",
                "Peer mentors: residents who got their 1st, 2nd, 3rd choice");
        assertThat(browser.find(By.cssSelector("svg[aria-label^='Peer mentors: residents who got']"))
                .getDomAttribute("aria-label")).contains("Unmatched 0 %");
        List<WebElement> anaChoices = browser.findAll(By.cssSelector("#change-resident option[value='R001']"));
        assertThat(anaChoices).as("one choice per resident, naming both mentors").hasSize(1);
        assertThat(anaChoices.get(0).getText()).contains("Dr. ", "peer mentor: " + PEER);
        assertThat(browser.findAll(By.cssSelector("#change-resident option"))).hasSize(6);
        browser.assertAccessible();
        browser.screenshot("81-peer-mentoring-review");
        browser.click(By.xpath("//a[starts-with(text(), 'run #')]"));
        assertThat(browser.text(By.tagName("h1"))).startsWith("Matching run #");
        assertPeerFigures();
        browser.assertAccessible();
        browser.open("/cohorts/" + cohortId + "/proposals");
        browser.click(By.xpath("//button[starts-with(text(), 'Send 12 proposal')]"));
        assertThat(browser.text(By.tagName("h1"))).startsWith("Send 12 proposals to ");
        browser.click(By.id("confirm"));

        browser.open("/cohorts/" + cohortId);
        browser.press(By.id("peerMentoring"));
        browser.click(By.xpath("//button[text()='Save settings']"));
        assertThat(browser.find(By.id("peerMentoring")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.text(By.id("peerMentoring-error"))).startsWith("Peer mentoring stays on: 6 residents have")
                .contains("R001");
        browser.assertAccessible();
        browser.open("/cohorts/" + cohortId);
        assertThat(browser.find(By.id("peerMentoring")).isSelected()).isTrue();
        browser.open("/cohorts/" + cohortId + "/proposals");
        browser.type(By.id("reason"), "Orientation starts Monday; the rest confirm by phone");
        browser.click(By.xpath("//button[text()='Publish the pairings']"));
        browser.click(By.id("confirm"));
        assertThat(browser.text(By.tagName("h1"))).startsWith("Mentoring pairings");
        assertThat(browser.findAll(By.cssSelector("section.mentor-group h2")).stream().map(WebElement::getText))
                .contains("Peer mentor: " + PEER);
        browser.signOut();

        browser.signIn(ana, Scenario.PASSWORD);
        browser.open("/cohorts/" + cohortId + "/published");
        assertThat(browser.findAll(By.cssSelector("tr.pairing"))).hasSize(2);
        List<String> mentors = browser.findAll(By.cssSelector("section.mentor-group h2")).stream()
                .map(WebElement::getText).toList();
        assertThat(mentors).hasSize(2);
        assertThat(mentors.get(0)).startsWith("Dr. ");
        assertThat(mentors.get(1)).isEqualTo("Peer mentor: " + PEER);
        browser.assertAccessible();
        browser.screenshot("82-peer-mentoring-published-resident");
        browser.open("/mentoring");
        assertThat(browser.findAll(By.cssSelector("section.pairing"))).hasSize(2);
        assertThat(browser.text(By.tagName("main"))).contains("With " + PEER, "Your peer mentor, a senior resident.");
        browser.assertAccessible();
        browser.phoneSize();
        browser.screenshot("83-peer-mentoring-resident-phone");
        browser.desktopSize();
    }
}
