package io.mentormatch.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import io.mentormatch.api.access.Role;

/**
 * A mentor declines one proposal and accepts another; the decline's re-match waits as a draft for the director, who
 * instead previews a re-match with minimal change on the proposal review page: first with an altered form (field
 * messages), then choosing "Also move up to 2 other residents" and ticking the accepted resident by name; applying it
 * settles the draft.
 */
class DeclineRematchIT extends BrowserTest {

    @Autowired
    Scenarios scenarios;

    @Test
    void directorPreviewsARematchAfterADeclineWithOtherMovesAllowedAndAppliesIt() {
        Scenario scenario = scenarios.create("Family Medicine");
        String grace = scenario.account("grace.oduya", Role.MENTOR);
        long cohortId = scenarios.sent(scenario);

        browser.signIn(grace, Scenario.PASSWORD);
        browser.type(By.cssSelector("article.proposal[data-resident='R001'] textarea"), "On parental leave until March");
        browser.click(By.cssSelector("button[aria-label='Decline Ana Souza']"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Decline mentoring Ana Souza?");
        browser.click(By.id("confirm"));
        assertThat(browser.text(By.cssSelector(".notice.ok"))).contains("You declined Ana Souza");
        browser.click(By.cssSelector("button[aria-label='Accept Farid Haddad']"));
        assertThat(browser.text(By.cssSelector(".notice.ok"))).contains("You accepted Farid Haddad");
        browser.signOut();

        browser.signIn(scenario.director, Scenario.PASSWORD);
        browser.open("/cohorts/" + cohortId + "/proposals");
        String article = "article.declined-resident[data-resident='R001'] ";
        assertThat(browser.text(By.cssSelector(article))).contains("Declined by Dr. Grace Oduya");
        browser.open("/dashboard");
        assertThat(browser.text(By.cssSelector(".needs-review"))).contains("1 declined resident needs a new mentor");
        browser.open("/cohorts/" + cohortId + "/proposals");
        assertThat(browser.text(By.cssSelector(article + "fieldset.others"))).contains("Farid Haddad, with Dr. Grace Oduya");
        assertThat(new Select(browser.find(By.cssSelector(article + "select[name='k']"))).getOptions())
                .extracting(option -> option.getText())
                .containsExactly("Move nobody else", "Also move up to 1 other resident",
                        "Also move up to 2 other residents", "Also move up to 3 other residents",
                        "Also move up to 4 other residents", "Also move up to 5 other residents");

        String preview = browser.find(By.cssSelector(article + "form.rematch")).getDomAttribute("action");
        browser.open(preview + "?k=9&allowAccepted=R999");
        assertThat(browser.text(By.cssSelector(article + "select[name='k'] + .field-error")))
                .isEqualTo("Choose how many other residents may move, from the list.");
        assertThat(browser.text(By.cssSelector(article + "fieldset.others .field-error")))
                .isEqualTo("Tick only residents from this list; it may have changed, so look again.");
        assertThat(browser.find(By.cssSelector(article + "select[name='k']")).getDomAttribute("aria-invalid"))
                .isEqualTo("true");
        browser.assertAccessible();

        new Select(browser.find(By.cssSelector(article + "select[name='k']"))).selectByValue("2");
        browser.press(By.cssSelector(article + "input[name='allowAccepted']"));
        browser.click(By.cssSelector("button[aria-label='Preview the moves for Ana Souza']"));
        assertThat(browser.find(By.cssSelector(article + "input[name='allowAccepted']")).isSelected()).isTrue();
        String firstMove = article + ".rematch-preview tbody tr:first-child ";
        assertThat(browser.find(By.cssSelector(firstMove)).getDomAttribute("data-resident")).isEqualTo("R001");
        assertThat(browser.text(By.cssSelector(firstMove + "td[data-label='Resident']"))).contains("declined");
        String to = browser.text(By.cssSelector(firstMove + "td[data-label='To']"));
        assertThat(to).isNotEqualTo("no mentor found").doesNotContain("Grace Oduya");
        assertThat(browser.findAll(By.cssSelector(article + ".rematch-preview tbody tr"))).hasSizeBetween(1, 3);
        assertThat(browser.text(By.cssSelector(article + ".rematch-total"))).contains("Change in fit of the moved pairs");
        browser.assertAccessible();
        browser.phoneSize();
        browser.screenshot("35-decline-rematch-preview-phone");
        browser.desktopSize();

        browser.click(By.cssSelector("button[aria-label='Apply these moves and send the proposals for Ana Souza']"));
        String newMentor = to.replace(" (stays)", "");
        assertThat(browser.text(By.cssSelector(".notice.ok"))).startsWith("Ana Souza is proposed to " + newMentor);
        assertThat(browser.text(By.cssSelector("#pairings-table tr[data-resident='R001'] .mentor"))).isEqualTo(newMentor);
        assertThat(browser.text(By.cssSelector("#pairings-table tr[data-resident='R001'] td[data-label='State'] .state")))
                .isEqualTo("proposed");
        browser.assertAccessible();
        browser.open("/cohorts/" + cohortId + "/rematch-drafts");
        assertThat(browser.text(By.tagName("main"))).contains("No decline waits for your review.");
    }
}
