package io.mentormatch.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's Pediatrics mentor declines a proposed mentee; nothing is re-proposed: the Pediatrics director gets one
 * e-mail, finds "Needs your review" on the dashboard, reads the decline reason beside the suggestion and the other
 * compatible mentors, and proposes the resident to a mentor of their choice.
 */
class DeclineDraftJourneyIT extends BrowserTest {

    private static final String REASON = "A psychiatry-linked mentor would serve this resident better";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void mentorDeclinesAndTheDirectorReviewsTheDraftAndProposesAnotherMentor() {
        browser.signIn("mentor", PASSWORD);
        WebElement proposal = browser.find(By.cssSelector("article.proposal"));
        String code = proposal.getDomAttribute("data-resident");
        String resident = proposal.findElement(By.cssSelector("button.danger")).getDomAttribute("aria-label")
                .substring("Decline ".length());
        browser.type(By.cssSelector("article.proposal[data-resident='" + code + "'] textarea"), REASON);
        browser.click(By.cssSelector("button[aria-label='Decline " + resident + "']"));
        assertThat(browser.text(By.tagName("main"))).contains("your program director finds " + resident + " another mentor");
        browser.assertAccessible();
        browser.click(By.id("confirm"));
        assertThat(browser.text(By.cssSelector(".notice.ok"))).contains("You declined " + resident);
        long cohortId = jdbc.queryForObject("""
                select p.cohort_id from proposal p join resident r on r.id = p.resident_id
                where r.code = ? and p.state = 'DECLINED' and p.decision_reason = ?""", Long.class, code, REASON);
        assertThat(liveProposalsOf(cohortId, code)).isEmpty();
        browser.signOut();

        assertThat(jdbc.queryForList("select recipient from notification where cohort_id = ? and template = 'rematch-drafted'",
                String.class, cohortId)).containsExactly("samir.aziz@riverside-hospital.example");
        browser.signIn("peds.director", PASSWORD);
        browser.open("/dashboard");
        assertThat(browser.text(By.cssSelector(".needs-review"))).contains("1 declined resident needs a new mentor");
        browser.assertAccessible();
        browser.click(By.cssSelector(".needs-review a"));
        browser.click(By.linkText("Review the new mentor for " + resident));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("A new mentor for " + resident);
        assertThat(browser.text(By.cssSelector(".decline .reason"))).isEqualTo(REASON);
        assertThat(browser.text(By.cssSelector(".decline .suggested"))).startsWith("The matching suggests ");
        List<WebElement> candidates = browser.findAll(By.cssSelector("div.candidate"));
        assertThat(candidates).isNotEmpty();
        browser.assertAccessible();
        browser.screenshot("decline-review-after");
        WebElement chosen = candidates.get(candidates.size() - 1);
        String mentor = chosen.getDomAttribute("data-mentor-name");
        chosen.findElement(By.cssSelector("input[type='radio']")).click();
        browser.click(By.xpath("//button[text()='Propose " + resident + " to the chosen mentor']"));

        assertThat(browser.text(By.cssSelector(".notice.ok"))).isEqualTo(resident + " is proposed to " + mentor
                + ", who gets an e-mail to accept or decline.");
        assertThat(liveProposalsOf(cohortId, code)).containsExactly(mentor);
        browser.open("/dashboard");
        assertThat(browser.findAll(By.cssSelector(".needs-review"))).isEmpty();
    }

    private List<String> liveProposalsOf(long cohortId, String residentCode) {
        return jdbc.queryForList("""
                select m.name from proposal p join resident r on r.id = p.resident_id join mentor m on m.id = p.mentor_id
                where p.cohort_id = ? and r.code = ? and p.superseded_at is null and p.state <> 'DECLINED'
                  and p.sent_at is not null""", String.class, cohortId, residentCode);
    }
}
