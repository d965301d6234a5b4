package io.mentormatch.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 21, the mentoring year's journey: the demo's paired General Surgery resident and mentor land on My mentoring
 * after signing in, read how many things wait for them in the navigation, and work through them: the resident
 * confirms the meeting the mentor logged and logs one, which the mentor then confirms. Each count is read from the
 * link's accessible name, as a screen reader announces it.
 */
class MentoringYearJourneyIT extends BrowserTest {

    /** Chromium sets the visually hidden comma apart with a space: "My mentoring , 2 things to do". */
    private static final Pattern COUNT = Pattern.compile("My mentoring(?: ?, (\\d+) things? to do)?");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void thePairLandsOnMyMentoringAndWorksThroughItsToDos() {
        Map<String, Object> pair = demoPair();
        long pairingId = ((Number) pair.get("id")).longValue();
        String waiting = DAY.format(jdbc.queryForObject("select met_on from mentoring_meeting where pairing_id = ?"
                + " and confirmed_at is null and logged_by_mentor = true", LocalDate.class, pairingId));
        String yesterday = DAY.format(LocalDate.now().minusDays(1));

        browser.signIn("gs.resident", PASSWORD);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/mentoring");
        int residentToDos = toDos();
        assertThat(residentToDos).isPositive();
        assertThat(browser.text(By.id("to-dos"))).contains("Confirm the meeting of " + waiting + " that " + pair.get("mentor") + " logged");
        assertThat(browser.text(By.id("pairing-" + pairingId))).contains("Ask for a different mentor");
        browser.assertAccessible();
        browser.screenshot("72-my-mentoring-to-dos");

        browser.click(By.cssSelector("#pairing-" + pairingId + " button[aria-label='Confirm the meeting of " + waiting + "']"));
        assertThat(browser.text(By.cssSelector(".notice.ok"))).isEqualTo("Meeting confirmed.");
        assertThat(toDos()).isEqualTo(residentToDos - 1);

        browser.driver().executeScript("document.getElementById(arguments[0]).value = arguments[1]", "date-" + pairingId,
                LocalDate.now().minusDays(1).toString());
        browser.type(By.id("minutes-" + pairingId), "40");
        browser.click(By.xpath("//section[@id='pairing-" + pairingId + "']//button[text()='Log meeting']"));
        assertThat(browser.text(By.cssSelector(".notice.ok"))).isEqualTo("Your meeting is logged. Your partner can now confirm it.");
        assertThat(toDos()).as("the resident's own meeting waits for the mentor").isEqualTo(residentToDos - 1);
        browser.signOut();

        browser.signIn("gs.mentor", PASSWORD);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/mentoring");
        int mentorToDos = toDos();
        assertThat(browser.text(By.id("to-dos"))).contains("Confirm the meeting of " + yesterday + " that " + pair.get("resident") + " logged");
        assertThat(browser.text(By.id("pairing-" + pairingId))).contains("Ask the director to change this pairing");
        browser.assertAccessible();
        browser.click(By.cssSelector("#pairing-" + pairingId + " button[aria-label='Confirm the meeting of " + yesterday + "']"));
        assertThat(browser.text(By.cssSelector(".notice.ok"))).isEqualTo("Meeting confirmed.");
        assertThat(toDos()).isEqualTo(mentorToDos - 1);
        browser.phoneSize();
        browser.screenshot("73-my-mentoring-to-dos-phone");
        browser.desktopSize();
    }

    /** The number of to-dos the navigation announces: "My mentoring, 2 things to do", or just "My mentoring". */
    private int toDos() {
        String name = browser.find(By.id("nav-mentoring")).getAccessibleName();
        Matcher matcher = COUNT.matcher(name);
        assertThat(matcher.matches()).as(name).isTrue();
        return matcher.group(1) == null ? 0 : Integer.parseInt(matcher.group(1));
    }

    /** gs.resident and gs.mentor's pairing, once the demo has loaded General Surgery's year (in the background). */
    private Map<String, Object> demoPair() {
        String query = """
                select p.id, r.name as resident, m.name as mentor from proposal p
                  join resident r on r.id = p.resident_id join app_user ur on ur.id = r.user_id
                  join mentor m on m.id = p.mentor_id join app_user um on um.id = m.user_id
                where ur.username = 'gs.resident' and um.username = 'gs.mentor' and p.superseded_at is null
                  and p.state <> 'DECLINED'""";
        await().atMost(Duration.ofSeconds(120)).until(() -> jdbc.queryForObject("select count(*) from mentoring_meeting"
                + " where pairing_id in (select id from (" + query + ") q)", Integer.class) >= 2);
        return jdbc.queryForMap(query);
    }
}
