package io.mentormatch.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.mentormatch.api.access.Role;

class FamilyIT extends BrowserTest {

    @Autowired
    Scenarios scenarios;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFamilyMemberSeesTheirFamilyAndTheGroupSlot() {
        Scenario scenario = scenarios.create("Family Medicine");
        String ana = scenario.account("ana.souza", Role.RESIDENT);
        long cohortId = publishedFamilyCohort(scenario);

        browser.signIn(ana, Scenario.PASSWORD);
        browser.open("/cohorts/" + cohortId + "/published");
        WebElement family = browser.waitFor(By.cssSelector("section.family"));
        assertThat(family.getText()).contains("Mentoring family", "Meets as a group with Dr. ", "Ana Souza (you)");
        List<WebElement> members = browser.findAll(By.cssSelector("section.family .family-member"));
        assertThat(members).isNotEmpty().hasSizeLessThanOrEqualTo(2);
        // every Monday at 18:00 suits the whole family (set below), so the group meets first on a Monday evening
        assertThat(browser.text(By.cssSelector(".family-meeting"))).startsWith("Mon ").endsWith("18:00");
        assertThat(browser.find(By.cssSelector("a.family-calendar")).getAttribute("href"))
                .endsWith("/family-meetings.ics");
        browser.assertAccessible();
        browser.screenshot("70-mentoring-family");
        browser.phoneSize();
        browser.screenshot("71-mentoring-family-phone");
        browser.desktopSize();
        browser.signOut();

        browser.signIn(scenario.director, Scenario.PASSWORD);
        browser.open("/cohorts/" + cohortId + "/published");
        assertThat(browser.findAll(By.cssSelector("section.family"))).hasSizeGreaterThanOrEqualTo(2);
        browser.assertAccessible();
    }

    /**
     * The scenario's cohort with families of two, matched and published as if every mentor had accepted; then
     * everyone is also free on Mondays at 18:00, so that the group slot does not depend on which family Ana is in.
     */
    private long publishedFamilyCohort(Scenario scenario) {
        long cohortId = scenarios.open(scenario);
        jdbc.update("update cohort set family_size = 2 where id = ?", cohortId);
        scenarios.match(cohortId);
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("update proposal set state = 'ACCEPTED', sent_at = ?, decided_at = ? where cohort_id = ?", now, now, cohortId);
        jdbc.update("update cohort set state = 'PUBLISHED' where id = ?", cohortId);
        jdbc.update("insert into publication (cohort_id, published_at, published_by, overrode_open_proposals) "
                + "values (?, ?, 'test', false)", cohortId, now);
        for (String table : List.of("resident", "mentor")) {
            jdbc.update("update " + table + " set availability = '[\"MON-18\"]' where cohort_id = ?", cohortId);
        }
        return cohortId;
    }
}
