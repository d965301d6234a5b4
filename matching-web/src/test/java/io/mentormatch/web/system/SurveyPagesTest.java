package io.mentormatch.web.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Timestamp;
import java.time.Instant;

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
 * The survey pages with answers in place (the page matrices see them empty): the director's results show
 * aggregates in steps of five answers and never an answer's text unless an administrator switched single answers on,
 * and then only answers given afterwards; the form says what the director learns before anyone answers; a resident
 * who judged the fit poor is offered a confidential change request.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SurveyPagesTest {

    private static final String SECRET = "my mentor cancels every time";

    @Autowired
    MockMvc mvc;
    @Autowired
    PageWorlds worlds;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void showsTheDirectorAggregatesButNotTheAnswersAndOffersTheResidentAChange() throws Exception {
        World world = worlds.world(Stage.SURVEYS_DUE);
        MockHttpSession resident = PageWorlds.signIn(mvc, world.resident1);
        MockHttpServletResponse answered = mvc.perform(post("/surveys/{id}", world.proposalR1 + "-first-meeting")
                .session(resident).with(csrf()).accept(MediaType.TEXT_HTML).param("score", "2").param("text", SECRET))
                .andReturn().getResponse();
        assertThat(answered.getRedirectedUrl()).isEqualTo("/surveys/" + world.proposalR1 + "-first-meeting");
        String page = html(resident, "/surveys/" + world.proposalR1 + "-first-meeting");
        assertThat(page).contains("Would another mentor suit you better?")
                .contains("/cohorts/" + world.cohortId + "/published/" + world.proposalR1 + "/change-request");

        MockHttpSession mentor = PageWorlds.signIn(mvc, world.mentor1);
        assertThat(html(mentor, "/surveys/" + world.proposalR1 + "-first-meeting"))
                .contains("An answer of 1 or 2 tells your program director that this pairing needs a conversation;"
                        + " your answer itself is not shown.")
                .contains("never your answer on its own").doesNotContain("chosen to show individual answers");

        MockHttpSession director = PageWorlds.signIn(mvc, world.director);
        assertThat(html(director, "/cohorts/" + world.cohortId + "/surveys"))
                .contains("1 of 4 answers due").contains("hidden until 5 people have answered").doesNotContain(SECRET)
                .contains("Only an administrator can switch single answers on").doesNotContain("Switch single answers on");

        answer(world, "MENTOR", 4);
        answer(world, "RESIDENT", 5);
        assertThat(html(director, "/cohorts/" + world.cohortId + "/surveys"))
                .contains("3 of 4 answers due").contains("hidden until 5 people").doesNotContain("Mean:")
                .doesNotContain(SECRET);
        assertThat(mvc.perform(post("/cohorts/{id}/surveys/settings", world.cohortId).session(director).with(csrf())
                .param("showIndividualAnswers", "true")).andReturn().getResponse().getStatus())
                .as("a director cannot switch single answers on").isEqualTo(403);

        MockHttpSession admin = PageWorlds.signIn(mvc, world.admin);
        assertThat(html(admin, "/cohorts/" + world.cohortId + "/surveys")).contains("Switch single answers on");
        mvc.perform(post("/cohorts/{id}/surveys/settings", world.cohortId).session(admin).with(csrf())
                .param("showIndividualAnswers", "true"));
        assertThat(html(director, "/cohorts/" + world.cohortId + "/surveys")).contains("On since")
                .contains("Switch single answers off").doesNotContain(SECRET);
        jdbc.update("update survey_response set answer_text = 'said after the switch', answered_at = ? where cohort_id = ?"
                + " and respondent_role = 'MENTOR'", Timestamp.from(Instant.now().plusSeconds(1)), world.cohortId);
        assertThat(html(director, "/cohorts/" + world.cohortId + "/surveys")).contains("said after the switch")
                .doesNotContain(SECRET);
    }

    @Test
    void resetsRewordedQuestionsToTheDefaultsFromTheEditor() throws Exception {
        World world = worlds.world(Stage.DRAFT);
        MockHttpSession director = PageWorlds.signIn(mvc, world.director);
        String editor = "/cohorts/" + world.cohortId + "/surveys/questions";
        assertThat(html(director, editor)).doesNotContain("/surveys/questions/reset");
        mvc.perform(post(editor, world.cohortId).session(director).with(csrf()).param("kind", "first-meeting")
                .param("scoreQuestion", "Does this pairing work for you?").param("textQuestion", "Tell us more"));
        assertThat(html(director, editor)).contains("Does this pairing work for you?")
                .contains("Reset to the default questions (After the first meeting)");

        MockHttpServletResponse reset = mvc.perform(post(editor + "/reset").session(director).with(csrf())
                .param("kind", "first-meeting")).andReturn().getResponse();

        assertThat(reset.getRedirectedUrl()).isEqualTo(editor + "#first-meeting");
        assertThat(html(director, editor)).doesNotContain("Does this pairing work for you?").contains("Is this a good fit?")
                .contains("“After the first meeting” asks the default questions again.").doesNotContain("/surveys/questions/reset");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where cohort_id = ? and action = 'survey.wording-reset'",
                Long.class, world.cohortId)).isOne();
    }

    private String html(MockHttpSession session, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).session(session).accept(MediaType.TEXT_HTML))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    /** An answer stored directly: by R1-F1's mentor, or for the other pairing's resident (any account will do). */
    private void answer(World world, String role, int score) {
        long pairing = role.equals("MENTOR") ? world.proposalR1 : jdbc.queryForObject(
                "select max(id) from proposal where cohort_id = ? and id <> ?", Long.class, world.cohortId, world.proposalR1);
        long user = jdbc.queryForObject("select id from app_user where username = ?", Long.class,
                role.equals("MENTOR") ? world.mentor1 : world.resident1);
        jdbc.update("""
                insert into survey_response (cohort_id, pairing_id, kind, respondent_role, user_id, score, answered_at)
                values (?, ?, 'FIRST_MEETING', ?, ?, ?, ?)""", world.cohortId, pairing, role, user, score,
                Timestamp.from(Instant.now()));
    }
}
