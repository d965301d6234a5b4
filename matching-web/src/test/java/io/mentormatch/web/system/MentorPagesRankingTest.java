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

import io.mentormatch.web.system.PageWorlds.Stage;
import io.mentormatch.web.system.PageWorlds.World;

/**
 * How the resident ranked a mentor stays off the mentor's pages (issue 19): the inbox and the published pairing say
 * why the pair fits without "Your 1st choice"; the director's review still says it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MentorPagesRankingTest {

    private static final String RANK = "Your 1st choice";

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
        assertThat(html(director, "/cohorts/" + world.cohortId + "/proposals")).contains(RANK);
    }

    @Test
    void theMentorsPublishedPairingLeavesTheRankingOut() throws Exception {
        World world = worlds.world(Stage.PUBLISHED);
        rankedFirst(world);
        String published = "/cohorts/" + world.cohortId + "/published";
        assertThat(html(PageWorlds.signIn(mvc, world.mentor1), published)).contains("Same specialty: Cardiology")
                .doesNotContain("choice");
        assertThat(html(PageWorlds.signIn(mvc, world.resident1), published)).contains(RANK);
        assertThat(html(PageWorlds.signIn(mvc, world.director), published)).contains(RANK);
    }

    private void rankedFirst(World world) {
        jdbc.update("update proposal set reasons = '[\"Same specialty: Cardiology\", \"" + RANK + "\"]' where id = ?",
                world.proposalR1);
    }

    private String html(MockHttpSession session, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).session(session).accept(MediaType.TEXT_HTML))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }
}
