package io.mentormatch.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.mentormatch.api.access.Role;

/**
 * The mentoring year in the browser: a pair logs, answers and confirms on "My mentoring" (a scenario of its own,
 * since it adds meetings). The demo's General Surgery director and its change of mentor: {@link ChangeDecisionJourneyIT}.
 */
class MentoringYearIT extends BrowserTest {

    private static final List<String> MENTORS = List.of("grace.oduya", "henrik.solberg", "isabel.cruz", "jonas.weber");

    @Autowired
    Scenarios scenarios;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void residentLogsAMeetingAndAnswersTheFirstMeetingSurveyAndTheMentorConfirmsIt() {
        Scenario scenario = scenarios.create("Family Medicine");
        String ana = scenario.account("ana.souza", Role.RESIDENT);
        MENTORS.forEach(mentor -> scenario.account(mentor, Role.MENTOR));
        long cohortId = scenarios.published(scenario, Duration.ofDays(40));
        LocalDate metOn = LocalDate.now().minusDays(3);
        String shown = metOn.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH));

        browser.signIn(ana, Scenario.PASSWORD);
        browser.open("/mentoring");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("My mentoring");
        assertThat(browser.text(By.cssSelector("section.pairing"))).contains("No meeting logged yet.");
        browser.assertAccessible();
        // a date input takes its value from script; typing depends on the browser's locale
        browser.driver().executeScript("document.querySelector('.meeting-form input[type=date]').value = arguments[0]",
                metOn.toString());
        browser.type(By.cssSelector(".meeting-form input[name='minutes']"), "50");
        browser.press(By.xpath("//form[contains(@class,'meeting-form')]//label[normalize-space()='Research']/input"));
        browser.type(By.cssSelector(".meeting-form textarea[name='note']"), "Talked about a sports medicine elective");
        browser.click(By.xpath("//button[text()='Log meeting']"));
        assertThat(browser.text(By.cssSelector(".notice.ok"))).isEqualTo("Your meeting is logged. Your partner can now confirm it.");
        assertThat(browser.text(By.cssSelector("tr.meeting"))).contains(shown, "50", "Research").contains("waiting for your partner");

        browser.click(By.linkText("Surveys"));
        browser.click(By.linkText("After the first meeting survey"));
        browser.press(By.cssSelector("input[name='score'][value='5']"));
        browser.click(By.xpath("//button[text()='Send my answer']"));
        assertThat(browser.text(By.cssSelector(".notice.ok"))).isEqualTo("Thank you: your answer is saved.");
        browser.signOut();

        browser.signIn(mentorOfAna(cohortId), Scenario.PASSWORD);
        browser.open("/mentoring");
        assertThat(browser.text(By.cssSelector("section.pairing h2"))).isEqualTo("With Ana Souza");
        browser.assertAccessible();
        browser.click(By.cssSelector("button[aria-label='Confirm the meeting of " + shown + "']"));
        assertThat(browser.text(By.cssSelector(".notice.ok"))).isEqualTo("Meeting confirmed.");
        assertThat(browser.text(By.cssSelector("tr.meeting .confirmed"))).isEqualTo("Confirmed");
        browser.assertAccessible();
        browser.phoneSize();
        browser.screenshot("70-my-mentoring-phone");
        browser.desktopSize();
    }

    private String mentorOfAna(long cohortId) {
        return jdbc.queryForObject("""
                select m.email from proposal p join resident r on r.id = p.resident_id join mentor m on m.id = p.mentor_id
                where p.cohort_id = ? and r.code = 'R001' and p.superseded_at is null""", String.class, cohortId);
    }

}
