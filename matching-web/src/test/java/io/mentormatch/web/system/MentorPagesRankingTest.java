package io.mentormatch.web.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import io.mentormatch.web.system.PageWorlds.Stage;
import io.mentormatch.web.system.PageWorlds.World;

/**
 * Each reader gets a pairing's reasons in their own words (issues 19 and 21): how the resident ranked a mentor stays
 * off the mentor's pages; the director reads "Resident R1's 1st choice" where the resident reads "Your 1st choice";
 * advice to the resident ("Add interests ...") reaches no director table, mentor inbox, published page or CSV.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MentorPagesRankingTest {

    private static final String RANK = "Your 1st choice";
    private static final String ADVICE = "Add interests to get better suggestions";
    /** R1's name in the page worlds, as the director's words name the resident. */
    private static final String DIRECTOR_RANK = "Resident R1's 1st choice";

    @Autowired
    MockMvc mvc;
    @Autowired
    PageWorlds worlds;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theMentorsInboxLeavesTheRankingOut() throws Exception {
        World world = worlds.world(Stage.PROPOSED);
        rankedFirst(world);
        MockHttpSession mentor = PageWorlds.signIn(mvc, world.mentor1);
        assertThat(html(mentor, "/inbox/" + world.cohortId)).contains("Same specialty: Cardiology").doesNotContain("choice");
        MockHttpSession director = PageWorlds.signIn(mvc, world.director);
        assertThat(html(director, "/cohorts/" + world.cohortId + "/proposals")).contains(DIRECTOR_RANK);
    }

    @Test
    void theDirectorsTableAndTheInboxNameTheResidentAndGiveNoAdvice() throws Exception {
        World world = worlds.world(Stage.PROPOSED);
        rankedFirst(world);
        String inbox = html(PageWorlds.signIn(mvc, world.mentor1), "/inbox/" + world.cohortId);
        String table = html(PageWorlds.signIn(mvc, world.director), "/cohorts/" + world.cohortId + "/proposals");

        assertThat(inbox).contains("Resident R1 gave no interests").doesNotContain(ADVICE).doesNotContain("Your ");
        assertThat(table).contains(DIRECTOR_RANK, "Resident R1 gave no interests").doesNotContain(ADVICE)
                .doesNotContain(RANK).doesNotContainIgnoringCase("your 1st choice");
    }

    @Test
    void thePublishedPageAndItsCsvGiveNoAdviceAndNameTheResidentForTheDirector() throws Exception {
        World world = worlds.world(Stage.PUBLISHED);
        rankedFirst(world);
        String published = "/cohorts/" + world.cohortId + "/published";
        MockHttpSession director = PageWorlds.signIn(mvc, world.director);
        String csv = mvc.perform(get(published + "/pairings.csv").session(director)).andReturn().getResponse()
                .getContentAsString();

        assertThat(html(director, published)).contains(DIRECTOR_RANK).doesNotContain(ADVICE).doesNotContain(RANK);
        assertThat(csv).contains(DIRECTOR_RANK, "Resident R1 gave no interests").doesNotContain(ADVICE)
                .doesNotContain("Your ");
        assertThat(html(PageWorlds.signIn(mvc, world.mentor1), published)).doesNotContain(ADVICE);
        assertThat(html(PageWorlds.signIn(mvc, world.resident1), published)).contains(RANK, "You gave no interests")
                .doesNotContain(ADVICE);
    }

    @Test
    void theMentorsPublishedPairingLeavesTheRankingOut() throws Exception {
        World world = worlds.world(Stage.PUBLISHED);
        rankedFirst(world);
        String published = "/cohorts/" + world.cohortId + "/published";
        assertThat(html(PageWorlds.signIn(mvc, world.mentor1), published)).contains("Same specialty: Cardiology")
                .doesNotContain("choice");
        assertThat(html(PageWorlds.signIn(mvc, world.resident1), published)).contains(RANK);
        assertThat(html(PageWorlds.signIn(mvc, world.director), published)).contains(DIRECTOR_RANK);
    }

    private void rankedFirst(World world) {
        jdbc.update("update proposal set reasons = '[\"Same specialty: Cardiology\", \"" + ADVICE + "\", \"" + RANK
                + "\"]' where id = ?", world.proposalR1);
    }

    private String html(MockHttpSession session, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).session(session).accept(MediaType.TEXT_HTML))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        // the text as a reader sees it: "R1's", not "R1&#39;s"
        return HtmlUtils.htmlUnescape(response.getContentAsString());
    }
}
