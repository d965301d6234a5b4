package io.mentormatch.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.mentormatch.api.account.UserAccounts;
import io.mentormatch.api.cohort.ProgramService;

/**
 * The "Teams and Slack" page in the browser (issue 23): a director refuses to be led to a plain http address, saves
 * a Slack address, sees it only masked afterwards, and reads the delivery log in words. Every state is checked with
 * axe-core, at 360 px wide without sideways scrolling, and under the strict Content-Security-Policy (BrowserTest).
 */
class WebhookSettingsPageIT extends BrowserTest {

    private static final String SECRET = "T0AAA1111/B0BBB2222/Xk9fQ2mPzL7rV4wS8nT3yU6h";

    @Autowired
    ProgramService programs;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDirectorSetsTheChannelSeesItOnlyMaskedAndReadsTheDeliveryLog() {
        Scenario scenario = new Scenario(programs, accounts, "Emergency Medicine");
        browser.signIn(scenario.director, Scenario.PASSWORD);
        browser.open("/dashboard");
        browser.click(By.partialLinkText("Teams and Slack notices for Emergency Medicine"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Teams and Slack");
        assertThat(browser.text(By.cssSelector(".empty"))).isEqualTo("No message has been sent yet.");
        browser.assertAccessible();
        atPhoneWidth();

        save("Slack", "http://hooks.slack.com/services/" + SECRET);
        assertThat(browser.text(By.id("url-error"))).isEqualTo("The address must start with https:// so that messages "
                + "travel encrypted.");
        assertThat(browser.find(By.id("url")).getAttribute("aria-invalid")).isEqualTo("true");
        browser.assertAccessible();
        save("Slack", "https://10.0.0.8/hooks");
        assertThat(browser.text(By.id("url-error"))).startsWith("Only Slack and Microsoft Teams webhook addresses");

        save("Slack", "https://hooks.slack.com/services/" + SECRET);
        assertThat(browser.text(By.cssSelector(".notice.ok"))).isEqualTo("The settings are saved.");
        assertThat(browser.text(By.tagName("main"))).contains("Messages go to Slack at the address "
                + "https://hooks.slack.com/…" + SECRET.substring(SECRET.length() - 4));
        assertThat(browser.driver().getPageSource()).as("never shown again").doesNotContain(SECRET.substring(0, 20));
        browser.assertAccessible();

        // a message that failed on every attempt, as the delivery job leaves it
        jdbc.update("""
                insert into webhook_delivery (program_id, event, title, body, link, created_at, next_attempt_at, attempts,
                                              status, finished_at, last_error)
                values (?, 'DECLINE', 'A proposal was declined in Emergency Medicine PGY-1', 'Dr. Chen declined to mentor Ana Ruiz.',
                        null, ?, ?, 6, 'GAVE_UP', ?, 'Slack answered 404: the address does not exist (the webhook or workflow may have been removed).')""",
                scenario.programId, Timestamp.from(Instant.now()), Timestamp.from(Instant.now()), Timestamp.from(Instant.now()));
        browser.open("/programs/" + scenario.programId + "/webhook");
        String log = browser.text(By.tagName("tbody"));
        assertThat(log).contains("A mentor declines a proposed mentee: A proposal was declined in Emergency Medicine PGY-1")
                .contains("Not delivered; no more attempts").contains("6")
                .contains("Slack answered 404: the address does not exist");
        assertThat(log).doesNotContain("GAVE_UP").doesNotContain("DECLINE ");
        browser.assertAccessible();
        atPhoneWidth();
        // the test button is not pressed here: it would post to Slack itself (WebhookDeliveryIT posts to a local server)
        assertThat(browser.find(By.xpath("//button[text()='Send a test message']")).isDisplayed()).isTrue();

        // removing asks once more and says what happens; cancelling keeps the channel, confirming forgets the address
        browser.click(By.xpath("//button[text()='Remove this webhook']"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Remove the Slack webhook?");
        assertThat(browser.text(By.cssSelector(".consequences"))).contains("hears nothing more from Mentor matching")
                .contains("The delivery log stays on this page.");
        browser.assertAccessible();
        atPhoneWidth();
        browser.click(By.linkText("Cancel"));
        assertThat(browser.text(By.tagName("main"))).contains("Messages go to Slack at the address");
        browser.click(By.xpath("//button[text()='Remove this webhook']"));
        browser.click(By.id("confirm"));
        assertThat(browser.text(By.cssSelector(".notice.ok"))).startsWith("The webhook is removed");
        assertThat(browser.text(By.tagName("main"))).contains("No channel is set.")
                .contains("A proposal was declined in Emergency Medicine PGY-1");
        assertThat(jdbc.queryForObject("select count(*) from program_webhook where program_id = ?", Long.class,
                scenario.programId)).isZero();
        browser.assertAccessible();
    }

    private void save(String service, String url) {
        new Select(browser.find(By.id("service"))).selectByVisibleText(service);
        browser.type(By.id("url"), url);
        browser.click(By.xpath("//button[text()='Save']"));
    }

    /** The page at 360 px wide: nothing wider than the screen, so nothing needs sideways scrolling. */
    private void atPhoneWidth() {
        browser.phoneSize();
        Number scrollWidth = (Number) browser.driver().executeScript("return document.documentElement.scrollWidth");
        Number clientWidth = (Number) browser.driver().executeScript("return document.documentElement.clientWidth");
        assertThat(scrollWidth.intValue()).as("page width at 360 px").isLessThanOrEqualTo(clientWidth.intValue());
        browser.assertAccessible();
        browser.desktopSize();
    }
}
