package io.mentormatch.web.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import io.mentormatch.web.system.PageWorlds.Stage;
import io.mentormatch.web.system.PageWorlds.World;

/**
 * My mentoring's goals and calendar link with data in place: a goal's status in words, changed on its own page and
 * deleted after one more question; a pair without a common hour reads why instead of a calendar link, and the
 * download itself answers a page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class GoalPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PageWorlds worlds;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theResidentChangesAGoalAndDeletesItAfterOneMoreQuestion() throws Exception {
        World world = worlds.world(Stage.PUBLISHED);
        MockHttpSession resident = PageWorlds.signIn(mvc, world.resident1);
        String goal = "/mentoring/" + world.cohortId + "/pairings/" + world.proposalR1 + "/goals/" + world.goalR1;
        assertThat(html(resident, "/mentoring")).contains("private goal text").contains("Not started")
                .doesNotContain("not_started").contains(goal + "/edit").contains(goal + "/delete");

        MockHttpServletResponse saved = mvc.perform(post(goal + "/edit").session(resident).with(csrf())
                .param("text", "Present at grand rounds").param("competency", "COMMUNICATION")
                .param("status", "ACHIEVED").param("targetDate", "2027-05-31")).andReturn().getResponse();

        assertThat(saved.getRedirectedUrl()).isEqualTo("/mentoring#goals-" + world.proposalR1);
        Map<String, Object> row = jdbc.queryForMap("select text, status, target_date from mentoring_goal where id = ?", world.goalR1);
        assertThat(row.get("text")).isEqualTo("Present at grand rounds");
        assertThat(row.get("status")).isEqualTo("ACHIEVED");
        assertThat(row.get("target_date").toString()).isEqualTo("2027-05-31");
        assertThat(html(resident, "/mentoring")).contains("Done").contains("by 31 May 2027");

        assertThat(html(resident, goal + "/delete"))
                .contains("Delete the goal &#39;Present at grand rounds&#39;? This cannot be undone");
        assertThat(count(world)).isOne();
        mvc.perform(post(goal + "/delete").session(resident).with(csrf()));
        assertThat(count(world)).isZero();
    }

    @Test
    void aBlankGoalIsRefusedOnTheFormAndNothingChanges() throws Exception {
        World world = worlds.world(Stage.PUBLISHED);
        MockHttpSession mentor = PageWorlds.signIn(mvc, world.mentor1);
        String goal = "/mentoring/" + world.cohortId + "/pairings/" + world.proposalR1 + "/goals/" + world.goalR1;

        MockHttpServletResponse refused = mvc.perform(post(goal + "/edit").session(mentor).with(csrf())
                .accept(MediaType.TEXT_HTML).param("text", " ").param("competency", "COMMUNICATION")
                .param("status", "IN_PROGRESS")).andReturn().getResponse();

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("nothing was saved").contains("aria-invalid=\"true\"");
        assertThat(jdbc.queryForObject("select status from mentoring_goal where id = ?", String.class, world.goalR1))
                .isEqualTo("NOT_STARTED");
    }

    @Test
    void aPairWithoutACommonHourReadsWhyInsteadOfACalendarLink() throws Exception {
        World world = worlds.world(Stage.PUBLISHED);
        MockHttpSession resident = PageWorlds.signIn(mvc, world.resident1);
        String series = "/mentoring/" + world.cohortId + "/pairings/" + world.proposalR1 + "/meetings.ics";
        assertThat(html(resident, "/mentoring")).contains(series).doesNotContain("No calendar series");

        jdbc.update("update resident set availability = '[\"SUN-03\"]' where cohort_id = ? and code = 'R1'", world.cohortId);

        assertThat(html(resident, "/mentoring")).doesNotContain(series).contains("No calendar series")
                .contains("share no weekly hour");
        MockHttpServletResponse download = mvc.perform(get(series).session(resident).accept(MediaType.TEXT_HTML))
                .andReturn().getResponse();
        assertThat(download.getStatus()).isEqualTo(409);
        assertThat(download.getContentType()).startsWith("text/html");
        assertThat(download.getContentAsString()).contains("share no weekly hour").doesNotContain("\"status\"")
                .doesNotContain("pairing " + world.proposalR1);
    }

    private long count(World world) {
        return jdbc.queryForObject("select count(*) from mentoring_goal where pairing_id = ?", Long.class, world.proposalR1);
    }

    private String html(MockHttpSession session, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).session(session).accept(MediaType.TEXT_HTML))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }
}
