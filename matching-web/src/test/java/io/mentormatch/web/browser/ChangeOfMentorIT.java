package io.mentormatch.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import io.mentormatch.api.access.Role;

class ChangeOfMentorIT extends BrowserTest {

    private static final String REASON = "We have not managed to meet since October";

    @Autowired
    Scenarios scenarios;

    @Test
    void residentAsksForAChangeAndTheDirectorApprovesASuggestedMentor() {
        Scenario scenario = scenarios.create("Family Medicine");
        String ana = scenario.account("ana.souza", Role.RESIDENT);
        long cohortId = scenarios.published(scenario, Duration.ZERO);

        browser.signIn(ana, Scenario.PASSWORD);
        browser.open("/cohorts/" + cohortId + "/published");
        String oldMentor = browser.text(By.cssSelector("section.mentor-group h2"));
        browser.click(By.linkText("Request a change of mentor"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Request a change of mentor");
        browser.assertAccessible();
        browser.click(By.xpath("//button[text()='Send the request to the program director']"));
        assertThat(browser.text(By.id("reason-error"))).contains("Please say why");
        browser.type(By.id("reason"), REASON);
        browser.click(By.xpath("//button[text()='Send the request to the program director']"));
        assertThat(browser.text(By.cssSelector(".notice.ok"))).contains("sent to the program director");
        browser.signOut();

        browser.signIn(scenario.director, Scenario.PASSWORD);
        browser.open("/cohorts/" + cohortId + "/change-requests");
        assertThat(browser.text(By.cssSelector("article.change-request[data-resident='R001']"))).contains(REASON);
        browser.assertAccessible();
        browser.phoneSize();
        browser.screenshot("40-change-request-review-phone");
        browser.desktopSize();
        browser.click(By.linkText("Choose a new mentor for Ana Souza, or decline"));
        assertThat(browser.text(By.cssSelector(".change-request .reason"))).isEqualTo(REASON);
        String newMentor = browser.text(By.cssSelector("div.candidate strong"));
        assertThat(newMentor).isNotEqualTo(oldMentor);
        browser.assertAccessible();
        browser.click(By.cssSelector("button[aria-label='Approve the chosen mentor for Ana Souza']"));
        assertThat(browser.text(By.cssSelector(".notice.ok"))).isEqualTo("Ana Souza is now mentored by " + newMentor
                + ", who is asked to confirm.");
        browser.assertAccessible();
        browser.open("/cohorts/" + cohortId + "/published");
        assertThat(browser.text(By.xpath("//tr[@data-resident='R001']/ancestor::section//h2"))).isEqualTo(newMentor);
        browser.signOut();

        browser.signIn(ana, Scenario.PASSWORD);
        browser.open("/cohorts/" + cohortId + "/published");
        assertThat(browser.text(By.cssSelector("section.mentor-group h2"))).isEqualTo(newMentor);
        assertThat(browser.text(By.tagName("main"))).doesNotContain(REASON);
    }

    @Test
    void directorPreviewsAMinimalChangeRematchWithOneOtherMoveAndApprovesIt() {
        Scenario scenario = scenarios.create("Family Medicine");
        String ana = scenario.account("ana.souza", Role.RESIDENT);
        long cohortId = scenarios.published(scenario, Duration.ZERO);
        browser.signIn(ana, Scenario.PASSWORD);
        browser.open("/cohorts/" + cohortId + "/published");
        String oldMentor = browser.text(By.cssSelector("section.mentor-group h2"));
        browser.click(By.linkText("Request a change of mentor"));
        browser.type(By.id("reason"), REASON);
        browser.click(By.xpath("//button[text()='Send the request to the program director']"));
        browser.signOut();

        browser.signIn(scenario.director, Scenario.PASSWORD);
        browser.open("/cohorts/" + cohortId + "/change-requests");
        browser.click(By.linkText("Choose a new mentor for Ana Souza, or decline"));
        String decision = browser.driver().getCurrentUrl();
        browser.open(decision.substring(decision.indexOf("/cohorts/")) + "/rematch-preview?allowAccepted=R999");
        assertThat(browser.text(By.cssSelector("form.rematch .field-error"))).contains("R999");
        browser.assertAccessible();
        browser.driver().navigate().back();
        WebElement other = browser.find(By.cssSelector("form.rematch input[name='allowAccepted']"));
        assertThat(other.findElement(By.xpath("..")).getText()).matches(".+, with .+")
                .doesNotContainPattern("\\b[RFM]\\d{3}\\b");
        other.click();
        browser.click(By.cssSelector("button[aria-label='Preview who would move for Ana Souza']"));
        String firstMove = ".rematch-preview tbody tr:first-child ";
        assertThat(browser.find(By.cssSelector(firstMove)).getAttribute("data-resident")).isEqualTo("R001");
        assertThat(browser.text(By.cssSelector(firstMove + "td[data-label='From']"))).isEqualTo(oldMentor);
        String newMentor = browser.text(By.cssSelector(firstMove + "td[data-label='To']"));
        assertThat(newMentor).isNotEqualTo(oldMentor).isNotEqualTo("no mentor found");
        assertThat(browser.findAll(By.cssSelector(".rematch-preview tbody tr"))).hasSizeBetween(1, 2);
        assertThat(browser.text(By.cssSelector(".rematch-total"))).contains("Change in fit of the moved pairs");
        browser.assertAccessible();
        browser.phoneSize();
        browser.screenshot("41-rematch-preview-phone");
        browser.desktopSize();
        browser.click(By.cssSelector("button[aria-label='Approve these moves for Ana Souza']"));
        assertThat(browser.text(By.cssSelector(".notice.ok"))).isEqualTo("Ana Souza is now mentored by " + newMentor
                + "; every previewed move was applied, and each new mentor is asked to confirm.");
        browser.open("/cohorts/" + cohortId + "/published");
        assertThat(browser.text(By.xpath("//tr[@data-resident='R001']/ancestor::section//h2"))).isEqualTo(newMentor);
    }

}
