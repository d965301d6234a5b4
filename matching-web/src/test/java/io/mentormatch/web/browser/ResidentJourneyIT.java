package io.mentormatch.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo resident's journey through the preference form (issue 21): fills it in, saves a draft, comes back and
 * edits it, submits; what they see after a reload is what they entered, and their director sees the form in. The
 * demo is shared by every browser test, so the resident's form is put back as it was afterwards.
 */
class ResidentJourneyIT extends BrowserTest {

    private static final String FORM_COLUMNS = "career_goal, interests, availability, ranking, avoid,"
            + " open_to_other_specialties, form_saved_at, version";
    private static final String THE_DEMO_RESIDENT = "user_id = (select id from app_user where username = 'resident')";

    @Autowired
    JdbcTemplate jdbc;

    private Map<String, Object> formBefore;

    @BeforeEach
    void rememberTheForm() {
        formBefore = jdbc.queryForMap("select " + FORM_COLUMNS + " from resident where " + THE_DEMO_RESIDENT);
    }

    @AfterEach
    void putTheFormBack() {
        jdbc.update("update resident set career_goal = ?, interests = ?, availability = ?, ranking = ?, avoid = ?,"
                        + " open_to_other_specialties = ?, form_saved_at = ?, version = ? where " + THE_DEMO_RESIDENT,
                formBefore.get("career_goal"), formBefore.get("interests"), formBefore.get("availability"),
                formBefore.get("ranking"), formBefore.get("avoid"), formBefore.get("open_to_other_specialties"),
                formBefore.get("form_saved_at"), formBefore.get("version"));
    }

    @Test
    void residentFillsSavesEditsAndSubmitsAndTheDirectorSeesIt() {
        browser.signIn("im.director", PASSWORD);
        browser.click(By.linkText("Internal Medicine PGY-1, 2027-2028"));
        browser.click(By.partialLinkText("Roster"));
        String residentName = jdbc.queryForObject("select name from resident where " + THE_DEMO_RESIDENT, String.class);
        assertThat(formColumnOf(residentName)).isEqualTo("not yet");
        browser.signOut();

        browser.signIn("resident", PASSWORD);
        browser.click(By.linkText("My preferences"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("My mentor preferences");
        browser.type(By.id("careerGoal"), "Cardiology");
        browser.type(By.id("interest-0"), "heart failure");
        String first = addFirstMentorOffered();
        browser.click(By.xpath("//button[text()='Save draft']"));
        assertThat(browser.text(By.cssSelector(".notice.ok"))).isEqualTo("Draft saved.");

        reload();
        assertThat(browser.find(By.id("careerGoal")).getAttribute("value")).isEqualTo("Cardiology");
        assertThat(ranking()).containsExactly(first);

        browser.type(By.id("careerGoal"), "Pulmonology");
        browser.type(By.id("interest-1"), "sleep medicine");
        String second = addFirstMentorOffered();
        boolean mondayEvening = browser.find(By.id("slot-MON-18")).isSelected();
        browser.press(By.id("slot-MON-18"));
        browser.click(By.xpath("//button[text()='Submit preferences']"));
        assertThat(browser.text(By.cssSelector(".notice.ok"))).contains("Your preferences are submitted");
        browser.assertAccessible();

        reload();
        assertThat(browser.find(By.id("careerGoal")).getAttribute("value")).isEqualTo("Pulmonology");
        assertThat(browser.findAll(By.name("interests")).stream().map(e -> e.getAttribute("value")).toList())
                .contains("heart failure", "sleep medicine");
        assertThat(ranking()).containsExactly(first, second);
        assertThat(browser.find(By.id("slot-MON-18")).isSelected()).isEqualTo(!mondayEvening);
        assertThat(jdbc.queryForObject("select career_goal from resident where " + THE_DEMO_RESIDENT, String.class))
                .isEqualTo("Pulmonology");
        browser.signOut();

        browser.signIn("im.director", PASSWORD);
        browser.click(By.linkText("Internal Medicine PGY-1, 2027-2028"));
        browser.click(By.partialLinkText("Roster"));
        assertThat(formColumnOf(residentName)).startsWith("saved ");
        assertThat(browser.text(By.xpath("//tr[td[text()='" + residentName + "']]"))).contains("Pulmonology");
    }

    /** Adds the first mentor the "add a mentor" list offers and returns their name as the ranking shows it. */
    private String addFirstMentorOffered() {
        Select mentors = new Select(browser.find(By.id("add-mentor")));
        WebElement offered = mentors.getOptions().stream()
                .filter(o -> o.isEnabled() && !o.getAttribute("value").isEmpty()).findFirst().orElseThrow();
        String name = offered.getText().replaceFirst(" — .*", "");
        mentors.selectByValue(offered.getAttribute("value"));
        browser.click(By.xpath("//button[text()='Add to my ranking']"));
        return name;
    }

    private String formColumnOf(String residentName) {
        return browser.text(By.xpath("//tr[td[text()='" + residentName + "']]/td[@data-label='Form']"));
    }

    private List<String> ranking() {
        return browser.findAll(By.cssSelector("#ranking li strong")).stream().map(WebElement::getText).toList();
    }

    private void reload() {
        browser.open(browser.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", ""));
    }
}
