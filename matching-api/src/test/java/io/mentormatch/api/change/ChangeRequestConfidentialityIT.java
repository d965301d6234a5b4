package io.mentormatch.api.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import io.mentormatch.api.Http;
import io.mentormatch.api.Pairings;
import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.cohort.CohortState;

/**
 * A change request is confidential until the director decides it, over real HTTP: the other member's API reads are
 * those of a pairing without a request, and their own request is taken as their own (201, not 409 naming the first).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChangeRequestConfidentialityIT {

    private static final String RESIDENTS_REASON = "We never find a time to meet";

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    Pairings pairings;

    @Test
    void theOtherMemberSeesNothingOfARequestAndMayAskOnTheirOwn() {
        Http http = new Http(port);
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.published(world);
        String cohort = "/api/cohorts/" + world.cohortId();
        String request = cohort + "/pairings/" + stage.proposalR1() + "/change-requests";
        List<String> mentorsReads = List.of("/api/me/pairings", "/api/me/surveys", cohort + "/mentors/F1/pairings",
                cohort + "/mentors/F1/proposals");
        List<String> before = mentorsReads.stream().map(path -> read(http, world.mentor1(), path)).toList();

        assertThat(http.post(world.resident1(), request, "{\"reason\": \"" + RESIDENTS_REASON + "\"}").status())
                .isEqualTo(201);

        assertThat(mentorsReads.stream().map(path -> read(http, world.mentor1(), path)).toList())
                .as("the mentor's reads, as without a request").isEqualTo(before);
        Http.Response mentorAsks = http.post(world.mentor1(), request, "{\"reason\": \"Our interests differ\"}");
        assertThat(mentorAsks.status()).isEqualTo(201);
        assertThat(mentorAsks.body()).doesNotContain(RESIDENTS_REASON);
        assertThat(mentorAsks.json().get("requestedBy").asString()).isEqualTo("MENTOR");
        Http.Response again = http.post(world.mentor1(), request, "{\"reason\": \"Still\"}");
        assertThat(again.status()).as("their own second request").isEqualTo(409);
        assertThat(again.body()).doesNotContain(RESIDENTS_REASON).doesNotContainIgnoringCase("resident");

        JsonNode open = http.get(world.director(), cohort + "/change-requests?filter=OPEN").json();
        assertThat(open).hasSize(2);
        long residentsRequest = open.get(0).get("id").asLong();
        Http.Response approved = http.post(world.director(), cohort + "/change-requests/" + residentsRequest
                + "/decision", "{\"approve\": true, \"mentor\": \"F2\"}");
        assertThat(approved.status()).isEqualTo(200);
        JsonNode decided = http.get(world.director(), cohort + "/change-requests?filter=DECIDED").json();
        assertThat(decided).hasSize(2).allSatisfy(r -> {
            assertThat(r.get("status").asString()).isEqualTo("APPROVED");
            assertThat(r.get("newPairingId").asLong()).isEqualTo(approved.json().get("newPairingId").asLong());
        });
    }

    private static String read(Http http, String who, String path) {
        Http.Response response = http.get(who, path);
        assertThat(response.status()).as(path).isEqualTo(200);
        return response.body();
    }
}
