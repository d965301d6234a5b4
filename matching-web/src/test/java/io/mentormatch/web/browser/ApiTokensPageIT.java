package io.mentormatch.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import io.mentormatch.api.account.UserAccounts;
import io.mentormatch.api.cohort.ProgramService;
import io.mentormatch.api.access.Role;

/**
 * The "API tokens" page in the browser (issue 19): a person creates a token, sees it once, uses it, and revokes it
 * after a confirmation. Every state of the page is checked with axe-core, at 360 px wide without sideways scrolling,
 * and under the strict Content-Security-Policy (BrowserTest).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiTokensPageIT extends BrowserTest {

    @Autowired
    ProgramService programs;
    @Autowired
    UserAccounts accounts;

    @Test
    void aPersonCreatesATokenSeesItOnceAndRevokesItAfterConfirming() throws Exception {
        Scenario scenario = new Scenario(programs, accounts, "Family Medicine");
        String grace = scenario.account("grace.oduya", Role.MENTOR);

        browser.signIn(grace, Scenario.PASSWORD);
        browser.click(By.linkText("API tokens"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("API tokens");
        assertThat(browser.text(By.cssSelector(".empty"))).isEqualTo("You have no API tokens.");
        browser.assertAccessible();

        create("Nightly export", "Read and change", "0");
        assertThat(browser.text(By.id("expiresInDays-error"))).isEqualTo("Choose a number of at least 1.");
        assertThat(browser.find(By.id("expiresInDays")).getAttribute("aria-invalid")).isEqualTo("true");
        browser.assertAccessible();

        create("Nightly export", "Read and change", "30");
        assertThat(browser.text(By.id("created-heading"))).isEqualTo("Your new token “Nightly export”");
        assertThat(browser.text(By.cssSelector(".notice.ok"))).contains("Copy it now: it is shown only this once.");
        String token = browser.find(By.id("new-token")).getAttribute("value");
        assertThat(token).startsWith("mmt_").hasSize(47);
        assertThat(browser.text(By.tagName("tbody"))).contains("Nightly export").contains("Read and change").contains("Never");
        browser.assertAccessible();
        atPhoneWidth("64-api-token-created-360");

        assertThat(get(token)).as("the token signs the API in").isEqualTo(200);
        browser.open("/account/tokens");
        assertThat(browser.driver().getPageSource()).as("shown once only").doesNotContain(token.substring(4));

        browser.click(By.linkText("Revoke"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Revoke the token “Nightly export”?");
        browser.assertAccessible();
        atPhoneWidth("65-api-token-revoke-360");
        browser.click(By.xpath("//button[text()='Revoke token']"));
        assertThat(browser.text(By.cssSelector(".notice.ok"))).contains("The token has been revoked");
        assertThat(browser.text(By.cssSelector(".empty"))).isEqualTo("You have no API tokens.");
        browser.assertAccessible();
        assertThat(get(token)).as("revoked").isEqualTo(401);
    }

    private void create(String name, String access, String days) {
        browser.type(By.id("name"), name);
        new Select(browser.find(By.id("scope"))).selectByVisibleText(access);
        browser.type(By.id("expiresInDays"), days);
        browser.click(By.xpath("//button[text()='Create token']"));
    }

    /** The page at 360 px wide: nothing wider than the screen, so nothing needs sideways scrolling. */
    private void atPhoneWidth(String screenshot) {
        browser.driver().manage().window().setSize(new Dimension(360, 800));
        Number scrollWidth = (Number) browser.driver().executeScript("return document.documentElement.scrollWidth");
        Number clientWidth = (Number) browser.driver().executeScript("return document.documentElement.clientWidth");
        assertThat(scrollWidth.intValue()).as("page width at 360 px").isLessThanOrEqualTo(clientWidth.intValue());
        browser.assertAccessible();
        browser.screenshot(screenshot);
        browser.desktopSize();
    }

    private int get(String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
                .header("Authorization", "Bearer " + token).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
