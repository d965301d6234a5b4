package io.mentormatch.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import io.mentormatch.api.account.UserAccounts;
import io.mentormatch.api.cohort.ProgramService;
import io.mentormatch.api.access.Role;

/**
 * The second factor in the browser: a resident sets it up (QR code and key, one code from the app computed here from
 * the key at the application's clock), keeps the recovery codes shown once, is asked for a code at the next sign-in
 * (a wrong one is refused, a recovery code works), and turns it off with the password. Every page is checked with
 * axe-core, at 360 px wide without sideways scrolling, and under the strict Content-Security-Policy (BrowserTest).
 */
class SecondFactorPagesIT extends BrowserTest {

    @Autowired
    ProgramService programs;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aResidentSetsUpASecondFactorSignsInWithARecoveryCodeAndTurnsItOff() throws Exception {
        Scenario scenario = new Scenario(programs, accounts, "Dermatology");
        String ana = scenario.account("ana.lima", Role.RESIDENT);
        browser.signIn(ana, Scenario.PASSWORD);
        browser.open("/account/password");
        browser.click(By.partialLinkText("Second factor"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Second factor");
        check("70-second-factor-off");

        browser.click(By.xpath("//button[text()='Set up a second factor']"));
        WebElement qr = browser.find(By.cssSelector("img.qr-code"));
        assertThat(qr.getAttribute("src")).startsWith("data:image/png;base64,");
        assertThat(((Number) browser.driver().executeScript("return arguments[0].naturalWidth", qr)).intValue())
                .as("the QR code image loaded under the CSP").isPositive();
        String key = browser.text(By.cssSelector(".secret-key")).replace(" ", "");
        assertThat(key).hasSize(32);
        check("71-second-factor-scan");

        browser.type(By.id("code"), "000000".equals(code(key)) ? "111111" : "000000");
        browser.click(By.xpath("//button[text()='Turn on the second factor']"));
        assertThat(browser.text(By.id("code-error"))).isEqualTo("is not the current code from your authenticator app");
        assertThat(browser.find(By.id("code")).getAttribute("aria-invalid")).isEqualTo("true");
        check("72-second-factor-wrong-code");

        browser.type(By.id("code"), code(key));
        browser.click(By.xpath("//button[text()='Turn on the second factor']"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Your recovery codes");
        List<String> recovery = browser.findAll(By.cssSelector(".recovery-codes code")).stream().map(WebElement::getText).toList();
        assertThat(recovery).hasSize(10).allMatch(code -> code.matches("[a-z0-9]{4}(-[a-z0-9]{4}){3}"));
        check("73-recovery-codes");
        browser.signOut();

        browser.open("/login");
        browser.type(By.id("username"), ana);
        browser.type(By.id("password"), Scenario.PASSWORD);
        browser.click(By.cssSelector("main button[type=submit]"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/login/code");
        assertThat(browser.findAll(By.cssSelector("form.signout"))).as("not signed in yet").isEmpty();
        assertThat(browser.text(By.cssSelector("label[for=code]"))).isEqualTo("Enter the 6-digit code from your authenticator app");
        check("74-sign-in-code");
        browser.type(By.id("code"), "123");
        browser.click(By.cssSelector("main button[type=submit]"));
        assertThat(browser.text(By.cssSelector(".notice.error"))).contains("That code is not right");
        check("75-sign-in-code-wrong");
        browser.type(By.id("code"), recovery.get(0));
        browser.click(By.cssSelector("main button[type=submit]"));
        browser.waitFor(By.cssSelector("form.signout"));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'second-factor.recovery-code-used' "
                + "and after_json like ?", Integer.class, "%" + ana + "%")).isEqualTo(1);

        browser.open("/account/second-factor");
        assertThat(browser.text(By.cssSelector("main"))).contains("You have 9 unused recovery codes.");
        check("76-second-factor-on");
        browser.type(By.id("password"), Scenario.PASSWORD);
        browser.click(By.xpath("//button[text()='Turn off the second factor']"));
        assertThat(browser.text(By.cssSelector(".notice.ok"))).contains("Your second factor is off");
        browser.signOut();
        browser.signIn(ana, Scenario.PASSWORD);
    }

    /** Accessible, and fits a 360 px wide screen without sideways scrolling; a screenshot of each. */
    private void check(String name) {
        browser.assertAccessible();
        browser.screenshot(name);
        browser.driver().manage().window().setSize(new Dimension(360, 800));
        Object overflow = browser.driver().executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).as("sideways scrolling at 360 px on " + name).isLessThanOrEqualTo(0);
        browser.screenshot(name + "-360");
        browser.desktopSize();
    }

    private String code(String key) throws Exception {
        return new DefaultCodeGenerator().generate(key, clock.instant().getEpochSecond() / 30);
    }
}
