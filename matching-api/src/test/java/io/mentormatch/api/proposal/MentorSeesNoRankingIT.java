package io.mentormatch.api.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import io.mentormatch.api.Http;
import io.mentormatch.api.Pairings;
import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.cohort.CohortState;

/**
 * How the resident ranked a mentor stays between the resident and the director, over real HTTP: the mentor's API
 * views, the answers to their decisions, the mails they get, their published pairings and the calendar never show it;
 * the director's review and the resident's mail still do.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MentorSeesNoRankingIT {

    private static final String RANK = "Your 1st choice";

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    Pairings pairings;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theMentorsViewsMailsAndCalendarNeverShowTheResidentsRanking() {
        Http http = new Http(port);
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.drafts(world);
        jdbc.update("update resident set ranking = '[\"F1\"]' where cohort_id = ? and code = 'R1'", world.cohortId());
        jdbc.update("update proposal set reasons = '[\"Same specialty: Cardiology\", \"" + RANK + "\"]' where id = ?",
                stage.proposalR1());
        String cohort = "/api/cohorts/" + world.cohortId();
        assertThat(http.post(world.director(), cohort + "/proposals/send", null).status()).isEqualTo(200);

        Http.Response inbox = http.get(world.mentor1(), cohort + "/mentors/F1/proposals");
        assertThat(inbox.status()).isEqualTo(200);
        assertThat(inbox.body()).contains("Same specialty: Cardiology").doesNotContain("choice")
                .doesNotContain("residentRank");
        JsonNode mine = inbox.json().get(0);
        Http.Response accepted = http.post(world.mentor1(), cohort + "/proposals/" + stage.proposalR1() + "/accept",
                "{\"version\": " + mine.get("version").asLong() + "}");
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.body()).doesNotContain("choice").doesNotContain("residentRank");

        JsonNode review = http.get(world.director(), cohort + "/proposals?size=50").json();
        assertThat(review.toString()).as("the director still sees it, in the director's words")
                .contains("Resident R1's 1st choice").doesNotContain(RANK).contains("\"residentRank\":1");

        assertThat(http.post(world.director(), cohort + "/publication",
                "{\"override\": true, \"reason\": \"R2 answers next week\"}").status()).isEqualTo(200);
        for (String path : List.of(cohort + "/mentors/F1/pairings",
                cohort + "/pairings/" + stage.proposalR1() + "/first-meeting.ics")) {
            Http.Response read = http.get(world.mentor1(), path);
            assertThat(read.status()).as(path).isEqualTo(200);
            assertThat(read.body()).as(path).contains("Same specialty").doesNotContain("choice");
        }
        assertThat(http.get(world.resident1(), cohort + "/residents/R1/pairing").body()).contains(RANK);

        List<String> mentorsMail = mail(world.mentor1() + "@example.org");
        assertThat(mentorsMail).as("proposal and publication mails").hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(body -> assertThat(body).doesNotContain("choice"));
        assertThat(mentorsMail).anySatisfy(body -> assertThat(body).contains("Same specialty"));
        assertThat(mail(world.resident1() + "@example.org")).anySatisfy(body -> assertThat(body).contains(RANK));
    }

    private List<String> mail(String recipient) {
        return jdbc.queryForList("select body from notification where recipient = ?", String.class, recipient);
    }
}
