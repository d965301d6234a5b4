package io.mentormatch.web.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import io.mentormatch.web.system.PageWorlds.Stage;
import io.mentormatch.web.system.PageWorlds.World;

/**
 * Issue 21: each person starts where their stage's work is, My mentoring lists what waits for them and the
 * navigation says how much (in the link's accessible name), a disabled person reads whom to ask, account pages list
 * the rosters a person is on, and the audit page shows a director their program's entries only.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StartPagesTest {

    private static final Pattern NAV_MENTORING = Pattern.compile("<a [^>]*id=\"nav-mentoring\"[^>]*>(.*?)</a>", Pattern.DOTALL);

    @Autowired
    MockMvc mvc;
    @Autowired
    PageWorlds worlds;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eachPersonStartsOnThePageTheirStageNeeds() throws Exception {
        World published = worlds.world(Stage.PUBLISHED);
        assertThat(start(published.resident1)).isEqualTo("/mentoring");
        assertThat(start(published.mentor1)).isEqualTo("/mentoring");
        assertThat(start(published.director)).isEqualTo("/dashboard");
        assertThat(start(published.admin)).isEqualTo("/dashboard");
        World open = worlds.world(Stage.OPEN);
        assertThat(start(open.resident1)).isEqualTo("/preferences");
        assertThat(start(open.mentor1)).isEqualTo("/inbox");
        World proposed = worlds.world(Stage.PROPOSED);
        assertThat(start(proposed.mentor1)).isEqualTo("/inbox");
    }

    @Test
    void myMentoringListsTheMeetingToConfirmAndTheNavigationCountsItUntilItIsConfirmed() throws Exception {
        World world = worlds.world(Stage.PUBLISHED);
        MockHttpSession mentor = PageWorlds.signIn(mvc, world.mentor1);

        String page = page("/mentoring", mentor);
        assertThat(navigationName(page)).as("the meeting to confirm, and the first-meeting survey it opened")
                .isEqualTo("My mentoring, 2 things to do");
        assertThat(page).contains("Confirm the meeting of").contains("Answer the survey &quot;After the first meeting&quot;")
                .contains("Ask the director to change this pairing").doesNotContain("Ask for a different mentor");

        mvc.perform(post("/mentoring/{c}/pairings/{p}/meetings/{m}/confirm", world.cohortId, world.proposalR1, world.meetingR1)
                .session(mentor).with(csrf())).andReturn();
        String after = page("/mentoring", mentor);
        assertThat(navigationName(after)).isEqualTo("My mentoring, 1 thing to do");
        assertThat(after).doesNotContain("Confirm the meeting of").contains("Answer the survey");
    }

    @Test
    void aGoalDueWithinTwoWeeksIsAToDoAndOneDueLaterIsNot() throws Exception {
        World world = worlds.world(Stage.PUBLISHED);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        goal(world, "Submit the abstract", today.plusDays(10), "IN_PROGRESS");
        goal(world, "Present at grand rounds", today.plusDays(40), "NOT_STARTED");
        goal(world, "Finish the audit", today.plusDays(3), "ACHIEVED");
        MockHttpSession resident = PageWorlds.signIn(mvc, world.resident1);

        String page = page("/mentoring", resident);

        assertThat(page).contains("Your goal &quot;Submit the abstract&quot;").doesNotContain("Your goal &quot;Present at grand rounds")
                .doesNotContain("Your goal &quot;Finish the audit").contains("Ask for a different mentor").contains("Answer the survey");
        assertThat(navigationName(page)).as("the goal, and the first-meeting survey").isEqualTo("My mentoring, 2 things to do");
    }

    @Test
    void aDisabledPersonWithTheRightPasswordReadsWhomToAsk() throws Exception {
        World world = worlds.world(Stage.PUBLISHED);
        jdbc.update("update app_user set enabled = false where username = ?", world.resident1);

        MvcResult refused = mvc.perform(formLogin("/login").user(world.resident1).password(PageWorlds.PASSWORD)).andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).endsWith("/login?disabled");
        String login = mvc.perform(get("/login?disabled").session((MockHttpSession) refused.getRequest().getSession(false)))
                .andReturn().getResponse().getContentAsString();
        assertThat(login).contains("Your account is disabled").contains("Ask your program director, " + world.director)
                .doesNotContain("Wrong username or password");

        MvcResult wrong = mvc.perform(formLogin("/login").user(world.resident1).password("not-the-password")).andReturn();
        assertThat(wrong.getResponse().getRedirectedUrl()).endsWith("/login?error");
    }

    @Test
    void accountPagesListTheRostersAPersonIsOn() throws Exception {
        World world = worlds.world(Stage.DRAFT);
        String cohortName = jdbc.queryForObject("select name from cohort where id = ?", String.class, world.cohortId);

        assertThat(page("/accounts/" + world.resident1, PageWorlds.signIn(mvc, world.director)))
                .contains("On rosters").contains(cohortName).contains("Resident");
        assertThat(page("/account", PageWorlds.signIn(mvc, world.resident1))).contains("My account").contains(cohortName);
        assertThat(page("/account", PageWorlds.signIn(mvc, world.director))).contains("You are on no roster yet.");
    }

    @Test
    void anAdministratorLinksAnAccountToItsRosterPersonAfterConfirming() throws Exception {
        World world = worlds.world(Stage.DRAFT);
        jdbc.update("update resident set user_id = null where cohort_id = ? and code = 'R1'", world.cohortId);
        MockHttpSession admin = PageWorlds.signIn(mvc, world.admin);

        String candidates = page("/accounts/" + world.resident1 + "/link", admin);
        assertThat(candidates).contains("Yes, link the account");

        MockHttpServletResponse linked = mvc.perform(post("/accounts/{u}/link", world.resident1).session(admin).with(csrf())
                .param("cohortId", Long.toString(world.cohortId)).param("code", "R1")).andReturn().getResponse();
        assertThat(linked.getRedirectedUrl()).endsWith("/accounts/" + world.resident1);
        assertThat(jdbc.queryForObject("select u.username from resident r join app_user u on u.id = r.user_id"
                + " where r.cohort_id = ? and r.code = 'R1'", String.class, world.cohortId)).isEqualTo(world.resident1);
    }

    @Test
    void theAuditPageShowsADirectorTheirProgramsEntriesOnlyAndRefusesBadFiltersWithMessages() throws Exception {
        World mine = worlds.world(Stage.PUBLISHED);
        World other = worlds.world(Stage.PUBLISHED);
        String otherProgram = jdbc.queryForObject("select name from program where id = ?", String.class, other.programId);
        String myProgram = jdbc.queryForObject("select name from program where id = ?", String.class, mine.programId);
        audited(mine);
        audited(other);
        MockHttpSession director = PageWorlds.signIn(mvc, mine.director);

        String page = page("/audit", director);
        assertThat(page).contains(myProgram).doesNotContain(otherProgram).contains("Download these entries (CSV)");

        MockHttpServletResponse outOfOrder = mvc.perform(get("/audit?from=2026-12-10&to=2026-12-01").session(director))
                .andReturn().getResponse();
        assertThat(outOfOrder.getStatus()).isEqualTo(400);
        assertThat(outOfOrder.getContentAsString()).contains("The last day must not be before the first day.");
        for (String query : new String[] {"from=yesterday", "page=-1", "person=" + "x".repeat(201)}) {
            MockHttpServletResponse bad = mvc.perform(get("/audit?" + query).session(director)).andReturn().getResponse();
            assertThat(bad.getStatus()).as(query).isEqualTo(400);
            assertThat(bad.getContentAsString()).as(query).contains("Please correct the filters marked below.");
        }
    }

    private String start(String username) throws Exception {
        return mvc.perform(get("/").session(PageWorlds.signIn(mvc, username))).andReturn().getResponse().getRedirectedUrl();
    }

    private String page(String path, MockHttpSession session) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).session(session)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    /** The link's accessible name: its text with the markup taken out, as a screen reader reads it. */
    private static String navigationName(String page) {
        Matcher link = NAV_MENTORING.matcher(page);
        assertThat(link.find()).as("the My mentoring link").isTrue();
        return link.group(1).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip();
    }

    private void audited(World world) {
        jdbc.update("insert into audit_entry (occurred_at, actor, action, entity_type, entity_id, cohort_id)"
                + " values (current_timestamp, ?, 'cohort.published', 'cohort', ?, ?)", world.director,
                Long.toString(world.cohortId), world.cohortId);
    }

    private void goal(World world, String text, LocalDate target, String status) {
        jdbc.update("insert into mentoring_goal (cohort_id, pairing_id, text, competency, status, target_date)"
                + " values (?, ?, ?, 'PATIENT_CARE', ?, ?)", world.cohortId, world.proposalR1, text, status, Date.valueOf(target));
    }
}
