package io.mentormatch.api.goal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

import io.mentormatch.api.Http;
import io.mentormatch.api.MorePairs;
import io.mentormatch.api.Pairings;
import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.cohort.CohortState;

/**
 * A pair's goals stay the pair's, over real HTTP: the director's audit (page and CSV), health view and health CSV
 * never hold a goal's text, competency, status, date or pair, and counts per competency appear only from three pairs
 * with goals on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GoalPrivacyIT {

    private static final String TEXT = "Learn to say no to extra night shifts";

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    Pairings pairings;
    @Autowired
    MorePairs morePairs;

    @Test
    void theDirectorsAuditAndCsvHoldGoalIdsOnly() {
        Http http = new Http(port);
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.published(world);
        String goals = "/api/cohorts/" + world.cohortId() + "/pairings/" + stage.proposalR1() + "/goals";
        Http.Response added = http.post(world.resident1(), goals, "{\"text\": \"" + TEXT + "\", \"competency\":"
                + " \"PROFESSIONALISM\", \"status\": \"IN_PROGRESS\", \"targetDate\": \"2027-06-30\"}");
        assertThat(added.status()).isEqualTo(201);
        long goalId = added.json().get("id").asLong();
        assertThat(http.call(HttpMethod.PUT, world.mentor1(), goals + "/" + goalId, "{\"text\": \"" + TEXT + "\","
                + " \"competency\": \"COMMUNICATION\", \"status\": \"ACHIEVED\", \"targetDate\": \"2027-05-31\"}").status())
                .isEqualTo(200);
        assertThat(http.get(world.director(), goals).status()).as("the goals themselves").isEqualTo(403);

        String cohort = "/api/cohorts/" + world.cohortId();
        JsonNode audit = http.get(world.director(), cohort + "/audit?size=500").json().get("content");
        List<JsonNode> goalEntries = new ArrayList<>();
        audit.forEach(e -> {
            if (e.get("action").asString().startsWith("goal.")) {
                goalEntries.add(e);
            }
        });
        assertThat(goalEntries).extracting(e -> e.get("action").asString()).containsExactly("goal.added", "goal.changed");
        for (JsonNode entry : goalEntries) {
            assertThat(entry.get("entityId").asString()).isEqualTo(String.valueOf(goalId));
            assertThat(entry.get("actor").asString()).isNotIn(world.resident1(), world.mentor1());
            assertThat(entry.get("after").asString()).isEqualTo("{\"id\":" + goalId + "}");
        }
        for (String path : List.of(cohort + "/audit?size=500", cohort + "/audit.csv", cohort + "/health",
                cohort + "/health.csv")) {
            String body = http.get(world.director(), path).body();
            assertThat(body).as(path).doesNotContain(TEXT).doesNotContain("PROFESSIONALISM")
                    .doesNotContain("Professionalism").doesNotContain("COMMUNICATION").doesNotContain("IN_PROGRESS")
                    .doesNotContain("ACHIEVED").doesNotContain("2027-06-30").doesNotContain("2027-05-31")
                    .doesNotContain("\"pairingId\":" + stage.proposalR1() + "}");
        }
    }

    @Test
    void countsPerCompetencyAppearOnlyOnceThreePairsHaveGoals() {
        Http http = new Http(port);
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.published(world);
        List<MorePairs.Pair> pairs = new ArrayList<>(List.of(
                new MorePairs.Pair(world.resident1(), world.mentor1(), stage.proposalR1()),
                new MorePairs.Pair(world.resident2(), world.mentor2(), stage.proposalR2())));
        pairs.addAll(morePairs.add(world, stage.runId(), 1));
        String health = "/api/cohorts/" + world.cohortId() + "/health";

        for (int i = 0; i < pairs.size(); i++) {
            MorePairs.Pair pair = pairs.get(i);
            assertThat(http.post(pair.resident(), "/api/cohorts/" + world.cohortId() + "/pairings/" + pair.pairingId()
                    + "/goals", "{\"text\": \"goal " + i + "\", \"competency\": \"PATIENT_CARE\"}").status()).isEqualTo(201);
            JsonNode counts = http.get(world.director(), health).json().get("goalsByCompetency");
            if (i < 2) {
                assertThat(counts.size()).as("after %d pairs", i + 1).isZero();
            } else {
                assertThat(counts.get("Patient Care").asLong()).isEqualTo(3);
            }
        }
    }
}
