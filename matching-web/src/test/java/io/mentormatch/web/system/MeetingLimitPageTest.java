package io.mentormatch.web.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import io.mentormatch.web.system.PageWorlds.Stage;
import io.mentormatch.web.system.PageWorlds.World;

/** The meeting form says at the date when a pairing has logged the 10 meetings a day allows (issue 19). */
@SpringBootTest
@AutoConfigureMockMvc
class MeetingLimitPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PageWorlds worlds;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void showsTheDailyMeetingLimitAsAFieldMessage() throws Exception {
        World world = worlds.world(Stage.PUBLISHED);
        for (int i = 1; i < 10; i++) {
            jdbc.update("""
                    insert into mentoring_meeting (cohort_id, pairing_id, met_on, minutes, format, topics, logged_by,
                      logged_by_mentor, logged_at) select cohort_id, pairing_id, met_on, minutes, format, topics, logged_by,
                      logged_by_mentor, logged_at from mentoring_meeting where id = ?""", world.meetingR1);
        }

        MockHttpServletResponse response = mvc.perform(post("/mentoring/{c}/pairings/{p}/meetings", world.cohortId, world.proposalR1)
                        .session(PageWorlds.signIn(mvc, world.resident1)).with(csrf()).accept(MediaType.TEXT_HTML)
                        .param("date", LocalDate.now(ZoneOffset.UTC).toString()).param("minutes", "30")
                        .param("format", "VIDEO"))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString())
                .contains("id=\"date-error-" + world.proposalR1 + "\"")
                .contains("This pairing has already logged 10 meetings today, the most a day allows.");
        assertThat(jdbc.queryForObject("select count(*) from mentoring_meeting where pairing_id = ?", Long.class,
                world.proposalR1)).isEqualTo(10);
    }
}
