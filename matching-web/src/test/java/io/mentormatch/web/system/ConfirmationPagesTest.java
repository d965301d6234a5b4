package io.mentormatch.web.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import io.mentormatch.web.system.PageWorlds.Stage;
import io.mentormatch.web.system.PageWorlds.World;

/**
 * Issue 21: an action that cannot be undone acts only on its confirmed POST. The first POST shows what will happen,
 * in numbers and names, and changes nothing; starting a run before the deadline needs closing the forms ticked too;
 * a sent proposal is withdrawn (its mentor mailed) and an applied swap reverted from the review page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConfirmationPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PageWorlds worlds;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void sendsProposalsOnlyOnceConfirmed() throws Exception {
        World world = worlds.world(Stage.DRAFTS);
        MockHttpSession director = PageWorlds.signIn(mvc, world.director);
        List<Object> before = worlds.snapshot(world);

        MockHttpServletResponse asked = perform(post("/cohorts/{id}/proposals/send", world.cohortId), director);

        assertThat(asked.getStatus()).isEqualTo(200);
        assertThat(asked.getContentAsString()).contains("Send 2 proposals to 2 mentors?")
                .contains("Each of the 2 mentors gets an e-mail").contains("Dr. F1 and Dr. F2")
                .contains("name=\"confirmed\" value=\"true\"");
        assertThat(worlds.snapshot(world)).as("nothing sent").isEqualTo(before);

        MockHttpServletResponse sent = perform(post("/cohorts/{id}/proposals/send", world.cohortId)
                .param("confirmed", "true"), director);
        assertThat(sent.getStatus()).isEqualTo(302);
        assertThat(count("select count(*) from proposal where cohort_id = ? and sent_at is not null", world)).isEqualTo(2);
    }

    @Test
    void startsARunBeforeTheDeadlineOnlyWithClosingTheFormsTicked() throws Exception {
        World world = worlds.world(Stage.OPEN);
        MockHttpSession director = PageWorlds.signIn(mvc, world.director);
        jdbc.update("update resident set form_saved_at = current_timestamp where cohort_id = ? and code = 'R2'", world.cohortId);

        MockHttpServletResponse asked = perform(start(world), director);
        assertThat(asked.getStatus()).isEqualTo(200);
        assertThat(asked.getContentAsString()).contains("1 of 2 residents have saved a preference form.")
                .contains("1 form is missing: Resident R1").contains("Close the preference forms now, before the deadline, with 1 form missing");

        MockHttpServletResponse unticked = perform(start(world).param("confirmed", "true"), director);
        assertThat(unticked.getStatus()).isEqualTo(400);
        assertThat(unticked.getContentAsString()).contains("Tick the box to close the forms now");
        assertThat(count("select count(*) from matching_run where cohort_id = ?", world)).isZero();
        assertThat(jdbc.queryForObject("select state from cohort where id = ?", String.class, world.cohortId))
                .isEqualTo("OPEN_FOR_PREFERENCES");

        MockHttpServletResponse started = perform(start(world).param("confirmed", "true")
                .param("closePreferences", "true"), director);
        assertThat(started.getStatus()).isEqualTo(302);
        assertThat(count("select count(*) from matching_run where cohort_id = ?", world)).isEqualTo(1);
        assertThat(count("select count(*) from cohort where id = ? and preferences_closed_at is not null", world)).isEqualTo(1);
    }

    @Test
    void tellsTheResidentTheFormsClosedBeforeTheDeadline() throws Exception {
        World world = worlds.world(Stage.DRAFTS);
        jdbc.update("update cohort set preferences_closed_at = current_timestamp where id = ?", world.cohortId);

        String page = mvc.perform(get("/preferences/{id}", world.cohortId).session(PageWorlds.signIn(mvc, world.resident1)))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Your director closed preferences on").contains("before the deadline")
                .doesNotContain("Preferences are closed");
    }

    @Test
    void withdrawsASentProposalOnceConfirmedAndMailsItsMentor() throws Exception {
        World world = worlds.world(Stage.PROPOSED);
        MockHttpSession director = PageWorlds.signIn(mvc, world.director);
        String path = "/cohorts/" + world.cohortId + "/proposals/" + world.proposalR1 + "/withdraw";

        MockHttpServletResponse asked = perform(post(path), director);
        assertThat(asked.getContentAsString()).contains("Withdraw the proposal of Resident R1 to Dr. F1?")
                .contains("Dr. F1 gets an e-mail");
        assertThat(count("select count(*) from proposal where cohort_id = ? and sent_at is null", world)).isZero();

        assertThat(perform(post(path).param("confirmed", "true"), director).getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select sent_at from proposal where id = ?", Object.class, world.proposalR1)).isNull();
        assertThat(count("select count(*) from notification where cohort_id = ? and template = 'proposal-recalled'", world))
                .isEqualTo(1);
    }

    @Test
    void revertsAnAppliedSwapFromTheReviewPage() throws Exception {
        World world = worlds.world(Stage.SWAPPED);
        MockHttpSession director = PageWorlds.signIn(mvc, world.director);
        String review = mvc.perform(get("/cohorts/{id}/proposals", world.cohortId).session(director)).andReturn().getResponse().getContentAsString();
        assertThat(review).contains("Resident R1 (was with Dr. F1) and Resident R2 (was with Dr. F2)")
                .contains("Revert the swap of Resident R1 and Resident R2");

        MockHttpServletResponse reverted = perform(post("/cohorts/{id}/proposals/swaps/{s}/revert", world.cohortId,
                world.swapId), director);

        assertThat(reverted.getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select m.code from proposal p join mentor m on m.id = p.mentor_id where p.id = ?",
                String.class, world.proposalR1)).isEqualTo("F1");
        assertThat(count("select count(*) from applied_swap where cohort_id = ? and reverted_at is not null", world)).isEqualTo(1);
        assertThat(count("select count(*) from audit_entry where cohort_id = ? and action = 'proposal.swap-reverted'", world))
                .isEqualTo(2);
    }

    @Test
    void declinesOnlyOnceTheMentorConfirms() throws Exception {
        World world = worlds.world(Stage.PROPOSED);
        MockHttpSession mentor = PageWorlds.signIn(mvc, world.mentor1);
        MockHttpServletRequestBuilder decline = post("/inbox/{c}/proposals/{p}/decline", world.cohortId, world.proposalR1)
                .param("version", "0").param("reason", "On leave until March");

        MockHttpServletResponse asked = perform(decline, mentor);
        assertThat(asked.getContentAsString()).contains("Decline mentoring Resident R1?")
                .contains("“On leave until March”").contains("You cannot take a decline back.");
        assertThat(jdbc.queryForObject("select state from proposal where id = ?", String.class, world.proposalR1))
                .isEqualTo("PROPOSED");

        perform(post("/inbox/{c}/proposals/{p}/decline", world.cohortId, world.proposalR1).param("version", "0")
                .param("reason", "On leave until March").param("confirmed", "true"), mentor);
        assertThat(jdbc.queryForObject("select state from proposal where id = ?", String.class, world.proposalR1))
                .isEqualTo("DECLINED");
    }

    private static MockHttpServletRequestBuilder start(World world) {
        return post("/cohorts/{id}/runs", world.cohortId).param("mode", "stable").param("timeLimitSeconds", "1");
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
        return mvc.perform(request.session(session).with(csrf()).accept(MediaType.TEXT_HTML)).andReturn().getResponse();
    }

    private long count(String sql, World world) {
        return jdbc.queryForObject(sql, Long.class, world.cohortId);
    }
}
