package io.mentormatch.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import io.mentormatch.api.account.UserAccounts;
import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.cohort.ProgramService;
import io.mentormatch.api.roster.RosterService;
import io.mentormatch.api.access.Role;

/**
 * The two calendar pages in the browser (issue 23): a resident makes their calendar address, sees it once, replaces
 * and revokes it after a confirmation each; then fills in their weekly hours from a calendar file, which the form shows
 * unsaved; a mentor does the same on their profile and saves it. Every state is checked with axe-core, and the pages
 * at 360 px wide, under the strict CSP (BrowserTest).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CalendarPagesIT extends BrowserTest {

    @Autowired
    ProgramService programs;
    @Autowired
    UserAccounts accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    RosterService rosters;

    @Test
    void aPersonMakesReplacesAndRevokesTheirCalendarAddress() throws Exception {
        Scenario scenario = new Scenario(programs, accounts, "Family Medicine");
        String ana = scenario.account("ana.souza", Role.RESIDENT);

        browser.signIn(ana, Scenario.PASSWORD);
        browser.click(By.linkText("Calendar"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Calendar");
        assertThat(browser.text(By.tagName("main"))).contains("You have no calendar address.");
        browser.assertAccessible();

        browser.click(By.xpath("//button[text()='Make my calendar address']"));
        String first = browser.find(By.id("feed-url")).getAttribute("value");
        assertThat(browser.text(By.cssSelector(".notice.ok"))).contains("Copy it now: it is shown only this once.");
        assertThat(fetch(first)).isEqualTo(200);
        browser.assertAccessible();
        atPhoneWidth("70-calendar-address-360");

        browser.open("/account/calendar");
        assertThat(browser.driver().getPageSource()).as("shown once only").doesNotContain(path(first));
        browser.click(By.linkText("Replace the address"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Replace your calendar address?");
        browser.assertAccessible();
        atPhoneWidth("71-calendar-replace-360");
        browser.click(By.xpath("//button[text()='Replace the address']"));
        String second = browser.find(By.id("feed-url")).getAttribute("value");
        assertThat(second).isNotEqualTo(first);
        assertThat(fetch(first)).as("the replaced address").isEqualTo(404);
        assertThat(fetch(second)).isEqualTo(200);

        browser.click(By.linkText("Stop sharing"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Stop sharing your calendar?");
        browser.assertAccessible();
        browser.click(By.xpath("//button[text()='Stop sharing']"));
        assertThat(browser.text(By.cssSelector(".notice.ok"))).contains("Your calendar address has been revoked.");
        assertThat(fetch(second)).as("the revoked address").isEqualTo(404);
        browser.assertAccessible();
    }

    @Test
    void aResidentFillsInTheirWeekFromACalendarFileAndSeesItUnsaved() throws Exception {
        Scenario scenario = new Scenario(programs, accounts, "Family Medicine");
        String ana = scenario.account("ana.souza", Role.RESIDENT);
        long cohortId = scenario.openCohort(cohorts, rosters);

        browser.signIn(ana, Scenario.PASSWORD);
        browser.open("/preferences/" + cohortId);
        browser.click(By.linkText("Fill in from my calendar"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Fill in from your calendar");
        browser.assertAccessible();
        atPhoneWidth("72-calendar-import-360");

        browser.find(By.id("file")).sendKeys(file("broken.ics", "BEGIN:VCALENDAR\r\nthis is no calendar\r\n").toString());
        browser.click(By.xpath("//button[text()='Show the hours on my form']"));
        assertThat(browser.text(By.id("file-error"))).contains("not a calendar file");
        assertThat(browser.find(By.id("file")).getAttribute("aria-invalid")).isEqualTo("true");
        browser.assertAccessible();

        browser.type(By.id("url"), "https://10.0.0.1/calendar.ics");
        browser.click(By.xpath("//button[text()='Show the hours on my form']"));
        assertThat(browser.text(By.id("url-error"))).contains("private or local network");
        browser.assertAccessible();

        browser.find(By.id("url")).clear();
        browser.find(By.id("file")).sendKeys(file("rota.ics", mondayClinic()).toString());
        browser.click(By.xpath("//button[text()='Show the hours on my form']"));
        assertThat(browser.text(By.cssSelector("fieldset .notice.ok"))).contains("These hours come from your calendar")
                .contains("Nothing is saved yet.");
        assertThat(browser.find(By.id("slot-MON-09")).isSelected()).as("Monday 9:00, the clinic").isFalse();
        assertThat(browser.find(By.id("slot-MON-08")).isSelected()).isTrue();
        assertThat(browser.find(By.id("slot-WED-07")).isSelected()).isTrue();
        browser.assertAccessible();
        browser.open("/preferences/" + cohortId);
        assertThat(browser.find(By.id("slot-MON-08")).isSelected()).as("nothing saved: the roster's hours").isFalse();
    }

    @Test
    void aMentorFillsInTheirProfilesWeekFromACalendarFileAndSavesIt() throws Exception {
        Scenario scenario = new Scenario(programs, accounts, "Family Medicine");
        String grace = scenario.account("grace.oduya", Role.MENTOR);
        long cohortId = scenario.openCohort(cohorts, rosters);

        browser.signIn(grace, Scenario.PASSWORD);
        browser.open("/inbox/" + cohortId);
        assertThat(browser.find(By.id("slot-MON-08")).isSelected()).as("the roster's hours").isFalse();
        browser.click(By.linkText("Fill in from my calendar"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Fill in from your calendar");
        assertThat(browser.text(By.tagName("main"))).contains("your profile's weekly grid");
        browser.assertAccessible();
        atPhoneWidth("73-mentor-calendar-import-360");

        browser.find(By.id("file")).sendKeys(file("mentor-broken.ics", "BEGIN:VCALENDAR\r\nthis is no calendar\r\n").toString());
        browser.click(By.xpath("//button[text()='Show the hours on my profile']"));
        assertThat(browser.text(By.id("file-error"))).contains("not a calendar file");
        browser.assertAccessible();

        browser.find(By.id("file")).sendKeys(file("mentor-rota.ics", mondayClinic()).toString());
        browser.click(By.xpath("//button[text()='Show the hours on my profile']"));
        assertThat(browser.text(By.cssSelector("fieldset .notice.ok"))).contains("These hours come from your calendar")
                .contains("Check them, then save your profile.");
        assertThat(browser.find(By.id("slot-MON-09")).isSelected()).as("Monday 9:00, the clinic").isFalse();
        assertThat(browser.find(By.id("slot-MON-08")).isSelected()).isTrue();
        browser.assertAccessible();
        atPhoneWidth("74-mentor-calendar-proposal-360");

        browser.click(By.xpath("//button[text()='Save my profile']"));
        assertThat(browser.text(By.cssSelector(".notice.ok"))).contains("Your profile is saved");
        browser.open("/inbox/" + cohortId);
        assertThat(browser.find(By.id("slot-MON-08")).isSelected()).as("saved with the profile").isTrue();
        assertThat(browser.find(By.id("slot-MON-09")).isSelected()).isFalse();
        browser.assertAccessible();
    }

    /** Every Monday 09:00-10:00 (UTC, the program's zone here) for the coming weeks. */
    private static String mondayClinic() {
        LocalDate monday = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String day = DateTimeFormatter.BASIC_ISO_DATE.format(monday);
        return String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN", "BEGIN:VEVENT",
                "UID:clinic@example.org", "DTSTAMP:20260101T000000Z", "SUMMARY:Clinic", "DTSTART:" + day + "T090000Z",
                "DTEND:" + day + "T100000Z", "RRULE:FREQ=WEEKLY", "END:VEVENT", "END:VCALENDAR", "");
    }

    private static Path file(String name, String content) throws Exception {
        Path file = Path.of("target", "calendars", name).toAbsolutePath();
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private static String path(String address) {
        return URI.create(address).getPath();
    }

    private int fetch(String address) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path(address))).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private void atPhoneWidth(String screenshot) {
        browser.phoneSize();
        Number scrollWidth = (Number) browser.driver().executeScript("return document.documentElement.scrollWidth");
        Number clientWidth = (Number) browser.driver().executeScript("return document.documentElement.clientWidth");
        assertThat(scrollWidth.intValue()).as("page width at 360 px").isLessThanOrEqualTo(clientWidth.intValue());
        browser.assertAccessible();
        browser.screenshot(screenshot);
        browser.desktopSize();
    }
}
