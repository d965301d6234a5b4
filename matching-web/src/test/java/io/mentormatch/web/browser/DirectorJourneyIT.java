package io.mentormatch.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import io.mentormatch.api.proposal.PairingChange;
import io.mentormatch.api.proposal.PairingEdits;
import io.mentormatch.api.access.SystemActor;

/**
 * Issue 21, the director's journey through the actions that cannot be undone, on the demo: Internal Medicine's
 * director starts a run before the deadline (the confirmation names the missing forms and asks to close the forms
 * now), reviews, applies a swap and reverts it, sends through the confirmation and withdraws one proposal (its mentor
 * mailed); the Pediatrics director publishes through the confirmation. Each confirmation is checked with axe-core
 * and at 360 px. The journey changes the demo, so the application is started afresh for the next test class.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DirectorJourneyIT extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PairingEdits edits;

    @Test
    void directorConfirmsRunSendAndPublishSwapsAndRevertsAndWithdrawsAProposal() {
        long im = jdbc.queryForObject("select id from cohort where code = 'IM-2027'", Long.class);
        List<String> missing = jdbc.queryForList(
                "select name from resident where cohort_id = ? and form_saved_at is null order by name", String.class, im);
        int residents = jdbc.queryForObject("select count(*) from resident where cohort_id = ?", Integer.class, im);

        browser.signIn("im.director", PASSWORD);
        browser.open("/cohorts/" + im + "/runs");
        browser.type(By.id("timeLimitSeconds"), "5");
        browser.click(By.xpath("//button[text()='Start matching']"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Start matching Internal Medicine PGY-1, 2027-2028?");
        assertThat(browser.text(By.tagName("main")))
                .contains((residents - missing.size()) + " of " + residents + " residents have saved a preference form.")
                .contains(missing.size() + " forms are missing: ")
                .contains(missing)
                .contains("before their deadline");
        assertThat(jdbc.queryForObject("select state from cohort where id = ?", String.class, im))
                .as("nothing happened yet").isEqualTo("OPEN_FOR_PREFERENCES");
        checkConfirmationPage("40-confirm-start-matching");
        browser.click(By.id("confirm"));
        assertThat(browser.text(By.id("closePreferences-error"))).startsWith("Tick the box");
        assertThat(jdbc.queryForObject("select count(*) from matching_run where cohort_id = ?", Integer.class, im)).isZero();
        browser.press(By.id("closePreferences"));
        browser.click(By.id("confirm"));
        browser.waitForText(By.id("run-status"), "Finished");
        assertThat(jdbc.queryForObject("select state from cohort where id = ?", String.class, im)).isEqualTo("MATCHING");
        browser.signOut();

        browser.signIn("resident", PASSWORD);
        browser.open("/preferences");
        assertThat(browser.text(By.tagName("main"))).contains("Your director closed preferences on")
                .contains("before the deadline").doesNotContain("Preferences are closed");
        browser.signOut();

        browser.signIn("im.director", PASSWORD);
        browser.open("/cohorts/" + im + "/proposals");
        String[] pair = swappablePair(im);
        String firstBefore = mentorOf(pair[0]);
        String secondBefore = mentorOf(pair[1]);
        browser.press(By.cssSelector("input[name='kind'][value='SWAP']"));
        new Select(browser.find(By.id("change-resident"))).selectByValue(pair[0]);
        new Select(browser.find(By.id("change-other"))).selectByValue(pair[1]);
        browser.press(By.xpath("//button[text()='Preview the change']"));
        browser.click(By.xpath("//button[text()='Apply this change']"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Apply this swap?");
        assertThat(browser.text(By.tagName("main"))).contains("→ " + secondBefore).contains("→ " + firstBefore)
                .contains("you can revert this swap");
        checkConfirmationPage("41-confirm-swap");
        browser.click(By.id("confirm"));
        assertThat(browser.text(By.cssSelector(".notice.ok"))).startsWith("Change applied");
        assertThat(mentorOf(pair[0])).isEqualTo(secondBefore);
        assertThat(mentorOf(pair[1])).isEqualTo(firstBefore);
        browser.click(By.cssSelector("#swaps button"));
        assertThat(browser.text(By.cssSelector(".notice.ok"))).startsWith("Swap reverted");
        assertThat(mentorOf(pair[0])).isEqualTo(firstBefore);
        assertThat(mentorOf(pair[1])).isEqualTo(secondBefore);
        assertThat(browser.text(By.id("swaps"))).contains("reverted already");

        int drafts = jdbc.queryForObject("select count(*) from proposal where cohort_id = ? and superseded_at is null"
                + " and sent_at is null and state = 'PROPOSED'", Integer.class, im);
        int mentors = jdbc.queryForObject("select count(distinct mentor_id) from proposal where cohort_id = ?"
                + " and superseded_at is null and sent_at is null and state = 'PROPOSED'", Integer.class, im);
        browser.click(By.id("send"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Send " + drafts + " proposals to " + mentors + " mentors?");
        assertThat(browser.text(By.tagName("main"))).contains("Each of the " + mentors + " mentors gets an e-mail");
        assertThat(jdbc.queryForObject("select count(*) from proposal where cohort_id = ? and sent_at is not null",
                Integer.class, im)).as("nothing sent yet").isZero();
        checkConfirmationPage("42-confirm-send");
        browser.click(By.id("confirm"));
        assertThat(browser.text(By.cssSelector(".notice.ok"))).isEqualTo(drafts + " proposals sent to their mentors.");

        By withdraw = By.cssSelector("button[aria-label^='Withdraw the proposal of ']");
        String resident = browser.find(withdraw).getDomAttribute("aria-label").substring("Withdraw the proposal of ".length());
        browser.click(withdraw);
        assertThat(browser.text(By.tagName("h1"))).startsWith("Withdraw the proposal of " + resident + " to ");
        checkConfirmationPage("43-confirm-withdraw");
        browser.click(By.id("confirm"));
        assertThat(browser.text(By.cssSelector(".notice.ok"))).contains(resident).contains("is withdrawn");
        assertThat(jdbc.queryForObject("select count(*) from notification where subject like ?", Integer.class,
                "Proposal withdrawn: " + resident + "%")).as("the mentor's mail").isEqualTo(1);
        assertThat(jdbc.queryForObject("""
                select count(*) from proposal p join resident r on r.id = p.resident_id
                where p.cohort_id = ? and r.name = ? and p.superseded_at is null and p.sent_at is null""",
                Integer.class, im, resident)).as("a draft again").isEqualTo(1);
        browser.signOut();

        publishPediatrics();
    }

    /** The Pediatrics cohort has sent proposals, some unanswered: publishing asks for a reason, then confirms. */
    private void publishPediatrics() {
        long peds = jdbc.queryForObject("select id from cohort where code = 'PEDS-2027'", Long.class);
        int pairings = jdbc.queryForObject("select count(*) from proposal where cohort_id = ? and superseded_at is null"
                + " and state <> 'DECLINED' and sent_at is not null", Integer.class, peds);
        int mailsBefore = jdbc.queryForObject("select count(*) from notification where template = 'published'", Integer.class);
        browser.signIn("peds.director", PASSWORD);
        browser.open("/cohorts/" + peds + "/proposals");
        Optional.of(browser.findAll(By.id("reason"))).filter(found -> !found.isEmpty())
                .ifPresent(found -> browser.type(By.id("reason"), "The rest confirm by phone"));
        browser.click(By.xpath("//button[text()='Publish the pairings']"));
        assertThat(browser.text(By.tagName("h1"))).startsWith("Publish " + pairings + " pairings of Pediatrics");
        assertThat(browser.text(By.tagName("main"))).contains("Every resident and mentor is told their pairing by e-mail")
                .contains("This cannot be undone.");
        assertThat(jdbc.queryForObject("select state from cohort where id = ?", String.class, peds)).isEqualTo("PROPOSED");
        checkConfirmationPage("44-confirm-publish");
        browser.click(By.id("confirm"));
        assertThat(browser.text(By.tagName("h1"))).startsWith("Mentoring pairings");
        assertThat(jdbc.queryForObject("select state from cohort where id = ?", String.class, peds)).isEqualTo("PUBLISHED");
        assertThat(jdbc.queryForObject("select count(*) from notification where template = 'published'", Integer.class))
                .as("a mail to each resident and each mentor of a pairing").isEqualTo(mailsBefore + 2 * pairings);
    }

    /** Two residents whose mentors can be swapped without breaking a rule, by their codes. */
    private String[] swappablePair(long cohortId) {
        List<String> codes = jdbc.queryForList("""
                select r.code from proposal p join resident r on r.id = p.resident_id
                where p.cohort_id = ? and p.superseded_at is null order by r.code""", String.class, cohortId);
        for (int i = 0; i < codes.size(); i++) {
            for (int j = i + 1; j < codes.size(); j++) {
                PairingChange swap = new PairingChange(PairingChange.Kind.SWAP, codes.get(i), codes.get(j), null);
                boolean fits = SystemActor.call(() -> edits.preview(cohortId, swap)).warnings().isEmpty();
                boolean differs = !mentorOf(codes.get(i)).equals(mentorOf(codes.get(j)));
                if (fits && differs) {
                    return new String[] {codes.get(i), codes.get(j)};
                }
            }
        }
        throw new AssertionError("no two residents whose mentors can be swapped");
    }

    private void checkConfirmationPage(String screenshot) {
        browser.assertAccessible();
        browser.phoneSize();
        Number scrollWidth = (Number) browser.driver().executeScript("return document.documentElement.scrollWidth");
        Number clientWidth = (Number) browser.driver().executeScript("return document.documentElement.clientWidth");
        assertThat(scrollWidth.intValue()).as("page width at 360 px").isLessThanOrEqualTo(clientWidth.intValue());
        browser.screenshot(screenshot);
        browser.desktopSize();
    }

    private String mentorOf(String resident) {
        return browser.text(By.cssSelector("tr[data-resident='" + resident + "'] .mentor"));
    }
}
