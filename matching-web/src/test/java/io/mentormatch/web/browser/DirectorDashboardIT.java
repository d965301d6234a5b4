package io.mentormatch.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class DirectorDashboardIT extends BrowserTest {

    @Test
    void showsTheDirectorsCohortsWithStageAndCounts() {
        browser.open("/login");
        // no identity provider configured: no single sign-on offered (OidcSignInPageIT has one)
        assertThat(browser.findAll(By.partialLinkText("Sign in with"))).isEmpty();
        browser.screenshot("01-login");
        browser.signIn("im.director", PASSWORD);

        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Your cohorts");
        assertThat(browser.text(By.tagName("tbody")))
                .contains("Internal Medicine PGY-1, 2027-2028", "Open for preferences", "34 / 40")
                .doesNotContain("Pediatrics");
        browser.screenshot("02-dashboard");
        browser.phoneSize();
        browser.screenshot("02-dashboard-phone");
        browser.desktopSize();
    }

    @Test
    void showsFieldErrorsAndSavesValidWeights() {
        browser.signIn("im.director", PASSWORD);
        browser.click(By.linkText("Internal Medicine PGY-1, 2027-2028"));

        browser.type(By.id("interests"), "11");
        browser.click(By.xpath("//button[text()='Save settings']"));
        assertThat(browser.text(By.id("interests-hint"))).contains("Choose a number of at most 10.");
        assertThat(browser.find(By.id("interests")).getAttribute("aria-invalid")).isEqualTo("true");
        browser.screenshot("03-cohort-settings-invalid");

        browser.type(By.id("interests"), "9");
        browser.click(By.xpath("//button[text()='Save settings']"));
        assertThat(browser.text(By.cssSelector(".notice.ok"))).isEqualTo("Settings saved.");
        assertThat(browser.find(By.id("interests")).getAttribute("value")).isEqualTo("9");
    }

    @Test
    void refusesAnotherProgramsCohortWithAFriendlyPage() {
        browser.signIn("peds.director", PASSWORD);
        browser.open("/cohorts/1");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("You do not have access to this page");
        assertThat(browser.driver().getPageSource()).doesNotContain("Exception", "at io.mentormatch");
        browser.screenshot("04-forbidden");
    }
}
