package io.mentormatch.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The General Surgery director finds the poor-fit pair at risk on the health dashboard and decides gs.resident2's
 * change of mentor on its own page: the reason beside every compatible mentor with a free seat, narrowed to one
 * specialty, and a mentor picked from that list. The pairing that ended keeps its meetings in the program's figures.
 * Only this test changes General Surgery.
 */
class ChangeDecisionJourneyIT extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void directorPicksANewMentorFromTheListFilteredBySpecialty() {
        long cohortId = generalSurgeryWithItsChangeRequest();
        Map<String, Object> request = jdbc.queryForMap("""
                select q.reason, r.code, r.name, m.name as mentor from change_request q
                  join proposal p on p.id = q.pairing_id join resident r on r.id = p.resident_id
                  join mentor m on m.id = p.mentor_id
                where q.cohort_id = ? and q.status = 'OPEN'""", cohortId);
        String resident = (String) request.get("name");

        browser.signIn("gs.director", PASSWORD);
        browser.open("/cohorts/" + cohortId + "/health");
        assertThat(browser.text(By.xpath("//section[@id='at-risk']//tr[td[normalize-space()='" + resident + "']]")))
                .contains("poor-fit survey answer");
        browser.assertAccessible();
        browser.phoneSize();
        browser.screenshot("71-program-health-phone");
        browser.desktopSize();
        browser.open("/cohorts/" + cohortId + "/health/report");
        String metBefore = browser.text(By.cssSelector(".pairs-met"));

        browser.open("/cohorts/" + cohortId + "/change-requests");
        browser.click(By.linkText("Choose a new mentor for " + resident + ", or decline"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Change of mentor for " + resident);
        assertThat(browser.text(By.cssSelector(".change-request .reason"))).isEqualTo(request.get("reason"));
        List<WebElement> everyone = browser.findAll(By.cssSelector("div.candidate"));
        assertThat(everyone).isNotEmpty();
        assertThat(browser.text(By.cssSelector("fieldset"))).doesNotContain((String) request.get("mentor"));
        assertThat(browser.text(By.tagName("main"))).doesNotContainPattern("\\b[RM]\\d{3}\\b");
        browser.assertAccessible();
        browser.screenshot("change-of-mentor-after");
        browser.phoneSize();
        browser.screenshot("change-of-mentor-after-phone");
        browser.desktopSize();

        Select specialty = new Select(browser.find(By.id("filter-specialty")));
        String chosenSpecialty = specialty.getOptions().get(specialty.getOptions().size() - 1).getText();
        specialty.selectByVisibleText(chosenSpecialty);
        browser.click(By.xpath("//button[text()='Show these mentors']"));
        List<WebElement> filtered = browser.findAll(By.cssSelector("div.candidate"));
        assertThat(filtered).isNotEmpty()
                .allSatisfy(c -> assertThat(c.getDomAttribute("data-specialty")).isEqualTo(chosenSpecialty));
        WebElement last = filtered.get(filtered.size() - 1);
        String newMentor = last.getDomAttribute("data-mentor-name");
        last.findElement(By.cssSelector("input[type='radio']")).click();
        browser.assertAccessible();
        browser.click(By.cssSelector("button[aria-label='Approve the chosen mentor for " + resident + "']"));

        assertThat(browser.text(By.cssSelector(".notice.ok"))).isEqualTo(resident + " is now mentored by " + newMentor
                + ", who is asked to confirm.");
        assertThat(jdbc.queryForObject("""
                select m.name from proposal p join mentor m on m.id = p.mentor_id join resident r on r.id = p.resident_id
                where p.cohort_id = ? and r.code = ? and p.superseded_at is null and p.state <> 'DECLINED'""",
                String.class, cohortId, request.get("code"))).isEqualTo(newMentor);
        browser.open("/cohorts/" + cohortId + "/published");
        assertThat(browser.text(By.xpath("//tr[@data-resident='" + request.get("code") + "']/ancestor::section//h2")))
                .isEqualTo(newMentor);
        browser.open("/cohorts/" + cohortId + "/health");
        assertThat(browser.text(By.id("at-risk"))).doesNotContain("poor-fit survey answer");
        browser.open("/cohorts/" + cohortId + "/health/report");
        assertThat(browser.text(By.cssSelector(".pairs-met"))).isEqualTo(metBefore);
    }

    /** The demo loads General Surgery's year in the background, a few seconds after start-up. */
    private long generalSurgeryWithItsChangeRequest() {
        long cohortId = jdbc.queryForObject("select id from cohort where code = 'GS-2026'", Long.class);
        await().atMost(Duration.ofSeconds(120)).until(() -> jdbc.queryForObject(
                "select count(*) from change_request where cohort_id = ? and status = 'OPEN'", Integer.class, cohortId) == 1);
        return cohortId;
    }
}
