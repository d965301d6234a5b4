package io.mentormatch.api.goal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

import io.mentormatch.api.Http;
import io.mentormatch.api.Pairings;
import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.cohort.CohortState;

/**
 * The pair changes and deletes its goals over real HTTP: its resident and its mentor may, another resident reaches
 * no goal of theirs (through their own pairing the goal is not found), and the director gets no access at all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GoalEditIT {

    private static final String CHANGED = "{\"text\": \"Lead two ward rounds\", \"competency\": \"COMMUNICATION\","
            + " \"status\": \"IN_PROGRESS\", \"targetDate\": \"2027-04-30\"}";

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    Pairings pairings;

    @Test
    void theResidentAndTheMentorChangeAndDeleteTheirGoals() {
        Http http = new Http(port);
        World world = data.world(CohortState.MATCHING);
        String goals = goals(world, pairings.published(world).proposalR1());
        long first = add(http, world.resident1(), goals, "Present at grand rounds");
        long second = add(http, world.mentor1(), goals, "Publish a case report");

        Http.Response changed = http.call(HttpMethod.PUT, world.resident1(), goals + "/" + first, CHANGED);
        assertThat(changed.status()).isEqualTo(200);
        Http.Response done = http.call(HttpMethod.PUT, world.mentor1(), goals + "/" + second,
                "{\"text\": \"Publish a case report\", \"competency\": \"MEDICAL_KNOWLEDGE\", \"status\": \"ACHIEVED\"}");
        assertThat(done.status()).isEqualTo(200);
        assertThat(http.call(HttpMethod.DELETE, world.mentor1(), goals + "/" + first, null).status()).isEqualTo(204);

        JsonNode left = http.get(world.resident1(), goals).json();
        assertThat(left).hasSize(1);
        assertThat(left.get(0).get("id").asLong()).isEqualTo(second);
        assertThat(left.get(0).get("status").asString()).isEqualTo("ACHIEVED");
        assertThat(http.call(HttpMethod.DELETE, world.resident1(), goals + "/" + first, null).status())
                .as("a goal already deleted").isEqualTo(404);
    }

    @Test
    void anotherResidentAndTheDirectorReachNoGoalOfThePair() {
        Http http = new Http(port);
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.published(world);
        String goals = goals(world, stage.proposalR1());
        long goal = add(http, world.resident1(), goals, "Present at grand rounds");
        String throughOwnPairing = goals(world, stage.proposalR2()) + "/" + goal;

        Http.Response viaOwn = http.call(HttpMethod.PUT, world.resident2(), throughOwnPairing, CHANGED);
        assertThat(viaOwn.status()).isEqualTo(404);
        assertThat(viaOwn.contentType()).startsWith("application/problem+json");
        assertThat(http.call(HttpMethod.DELETE, world.resident2(), throughOwnPairing, null).status()).isEqualTo(404);
        for (String outsider : new String[] {world.resident2(), world.director(), world.mentor2()}) {
            assertThat(http.call(HttpMethod.PUT, outsider, goals + "/" + goal, CHANGED).status()).as(outsider).isEqualTo(403);
            assertThat(http.call(HttpMethod.DELETE, outsider, goals + "/" + goal, null).status()).as(outsider).isEqualTo(403);
        }
        JsonNode kept = http.get(world.resident1(), goals).json();
        assertThat(kept).hasSize(1);
        assertThat(kept.get(0).get("text").asString()).isEqualTo("Present at grand rounds");
    }

    @Test
    void refusesABlankTextWithAProblemNamingTheField() {
        Http http = new Http(port);
        World world = data.world(CohortState.MATCHING);
        String goals = goals(world, pairings.published(world).proposalR1());
        long goal = add(http, world.resident1(), goals, "Present at grand rounds");

        Http.Response refused = http.call(HttpMethod.PUT, world.resident1(), goals + "/" + goal,
                "{\"text\": \" \", \"competency\": \"COMMUNICATION\", \"status\": \"DONE_SOMEHOW\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(http.get(world.resident1(), goals).json().get(0).get("text").asString()).isEqualTo("Present at grand rounds");
    }

    private static long add(Http http, String user, String goals, String text) {
        Http.Response added = http.post(user, goals, "{\"text\": \"" + text + "\", \"competency\": \"PROFESSIONALISM\"}");
        assertThat(added.status()).isEqualTo(201);
        return added.json().get("id").asLong();
    }

    private static String goals(World world, long pairing) {
        return "/api/cohorts/" + world.cohortId() + "/pairings/" + pairing + "/goals";
    }
}
