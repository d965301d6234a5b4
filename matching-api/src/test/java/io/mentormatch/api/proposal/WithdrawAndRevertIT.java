package io.mentormatch.api.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import io.mentormatch.api.Http;
import io.mentormatch.api.Pairings;
import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.cohort.CohortState;

/**
 * Issue 21, over real HTTP: a sent proposal can be withdrawn while its mentor has not answered (a draft again, the
 * mentor told by e-mail, the withdrawal audited), and not once answered; an applied swap of two drafts can be
 * reverted, restoring both pairings, until the proposals are sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WithdrawAndRevertIT {

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    Pairings pairings;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void withdrawsAnUnansweredProposalAndTellsItsMentor() {
        Http http = new Http(port);
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.drafts(world);
        String cohort = "/api/cohorts/" + world.cohortId();
        assertThat(http.post(world.director(), cohort + "/proposals/send", null).status()).isEqualTo(200);

        Http.Response withdrawn = http.post(world.director(), cohort + "/proposals/" + stage.proposalR1() + "/withdraw", null);

        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(sentAt(stage.proposalR1())).as("a draft again").isNull();
        assertThat(sentAt(stage.proposalR2())).as("the other proposal stays sent").isNotNull();
        assertThat(mail(world.mentor1(), "Proposal withdrawn")).as("F1 told").hasSize(1)
                .allSatisfy(body -> assertThat(body).contains("need not answer"));
        assertThat(mail(world.mentor2(), "Proposal withdrawn")).as("F2 not told").isEmpty();
        assertThat(audit(world, "proposal.withdrawn")).containsExactly(String.valueOf(stage.proposalR1()));
        assertThat(http.get(world.mentor1(), cohort + "/mentors/F1/proposals").json().size())
                .as("the mentor's list no longer shows it").isZero();
    }

    @Test
    void refusesToWithdrawAProposalItsMentorAnswered() {
        Http http = new Http(port);
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.drafts(world);
        String cohort = "/api/cohorts/" + world.cohortId();
        http.post(world.director(), cohort + "/proposals/send", null);
        JsonNode mine = http.get(world.mentor1(), cohort + "/mentors/F1/proposals").json().get(0);
        assertThat(http.post(world.mentor1(), cohort + "/proposals/" + stage.proposalR1() + "/accept",
                "{\"version\": " + mine.get("version").asLong() + "}").status()).isEqualTo(200);

        Http.Response refused = http.post(world.director(), cohort + "/proposals/" + stage.proposalR1() + "/withdraw", null);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(refused.json().get("detail").asString()).contains("already accepted").contains("can no longer be withdrawn");
        assertThat(sentAt(stage.proposalR1())).isNotNull();
        assertThat(mail(world.mentor1(), "Proposal withdrawn")).isEmpty();

        Http.Response all = http.post(world.director(), cohort + "/proposals/withdraw", null);
        assertThat(all.status()).as("withdrawing the rest takes R2's only").isEqualTo(200);
        assertThat(all.json().size()).isEqualTo(1);
        assertThat(sentAt(stage.proposalR2())).isNull();
        assertThat(jdbc.queryForObject("select state from proposal where id = ?", String.class, stage.proposalR1()))
                .isEqualTo("ACCEPTED");
        assertThat(mail(world.mentor2(), "Proposal withdrawn")).hasSize(1);
    }

    @Test
    void revertsAnAppliedSwapUntilTheProposalsAreSent() {
        Http http = new Http(port);
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.drafts(world);
        jdbc.update("delete from pair_rule where cohort_id = ? and kind = 'CONFLICT'", world.cohortId());
        String cohort = "/api/cohorts/" + world.cohortId();
        long f1 = mentorOf(stage.proposalR1());
        long f2 = mentorOf(stage.proposalR2());
        assertThat(http.post(world.director(), cohort + "/pairing-changes",
                "{\"kind\": \"SWAP\", \"resident\": \"R1\", \"otherResident\": \"R2\"}").status()).isEqualTo(200);
        assertThat(mentorOf(stage.proposalR1())).isEqualTo(f2);

        JsonNode swaps = http.get(world.director(), cohort + "/pairing-changes/swaps").json();
        assertThat(swaps.size()).isEqualTo(1);
        assertThat(swaps.get(0).get("revertable").asBoolean()).isTrue();
        Http.Response reverted = http.post(world.director(), cohort + "/pairing-changes/swaps/"
                + swaps.get(0).get("id").asLong() + "/revert", null);

        assertThat(reverted.status()).as(reverted.body()).isEqualTo(200);
        assertThat(mentorOf(stage.proposalR1())).isEqualTo(f1);
        assertThat(mentorOf(stage.proposalR2())).isEqualTo(f2);
        assertThat(audit(world, "proposal.swap-reverted")).containsExactlyInAnyOrder(
                String.valueOf(stage.proposalR1()), String.valueOf(stage.proposalR2()));
        Http.Response again = http.post(world.director(), cohort + "/pairing-changes/swaps/"
                + swaps.get(0).get("id").asLong() + "/revert", null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asString()).contains("reverted already");

        http.post(world.director(), cohort + "/pairing-changes", "{\"kind\": \"SWAP\", \"resident\": \"R1\", \"otherResident\": \"R2\"}");
        http.post(world.director(), cohort + "/proposals/send", null);
        long latest = http.get(world.director(), cohort + "/pairing-changes/swaps").json().get(0).get("id").asLong();
        Http.Response sent = http.post(world.director(), cohort + "/pairing-changes/swaps/" + latest + "/revert", null);
        assertThat(sent.status()).isEqualTo(409);
        assertThat(sent.json().get("detail").asString()).contains("were sent to their mentors");
        assertThat(mentorOf(stage.proposalR1())).as("unchanged").isEqualTo(f2);
    }

    private Object sentAt(long proposalId) {
        return jdbc.queryForObject("select sent_at from proposal where id = ?", Object.class, proposalId);
    }

    private long mentorOf(long proposalId) {
        return jdbc.queryForObject("select mentor_id from proposal where id = ?", Long.class, proposalId);
    }

    private List<String> mail(String username, String subject) {
        return jdbc.queryForList("select body from notification where recipient = ? and subject like ?", String.class,
                username + "@example.org", subject + "%");
    }

    private List<String> audit(World world, String action) {
        return jdbc.queryForList("select entity_id from audit_entry where cohort_id = ? and action = ?", String.class,
                world.cohortId(), action);
    }
}
