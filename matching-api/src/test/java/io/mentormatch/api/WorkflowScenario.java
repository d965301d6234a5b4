package io.mentormatch.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import io.mentormatch.api.TestData.World;
import io.mentormatch.api.cohort.CohortState;

/**
 * The whole workflow over real HTTP, the same on every database: open the cohort, run the matching in the
 * background, review and send the proposals, a mentor declines, the resident is re-matched to the other mentor,
 * the mentors accept, the director publishes, and the resident sees the pairing, its .ics file and the CSV.
 */
public abstract class WorkflowScenario {

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    Pairings pairings;

    @Test
    void runsWorkflowFromRunToPublication() {
        Http http = new Http(port);
        World world = data.world(CohortState.DRAFT);
        // this scenario follows a decline re-proposed at once; the director-reviewed draft is DeclineDraftsTest's
        pairings.reproposeDeclines(world);
        String cohort = "/api/cohorts/" + world.cohortId();

        assertThat(http.post(world.director(), cohort + "/transitions", "{\"to\": \"OPEN_FOR_PREFERENCES\"}").status())
                .isEqualTo(200);

        Http.Response started = http.post(world.director(), cohort + "/runs", "{\"mode\": \"optimal\", \"timeLimitSeconds\": 5}");
        assertThat(started.status()).isEqualTo(202);
        long runId = started.json().get("id").asLong();
        assertThat(http.get(world.director(), cohort).json().get("state").asString()).isEqualTo("MATCHING");

        await().atMost(Duration.ofSeconds(30)).until(() ->
                http.get(world.director(), cohort + "/runs/" + runId).json().get("status").asString().equals("SUCCEEDED"));
        Http.Response events = http.get(world.director(), cohort + "/runs/" + runId + "/events");
        assertThat(events.contentType()).startsWith("text/event-stream");
        assertThat(events.body()).contains("event:finished", "\"status\":\"SUCCEEDED\"");
        JsonNode result = http.get(world.director(), cohort + "/runs/" + runId + "/result").json();
        assertThat(result.get("assignments")).hasSize(2);
        assertThat(result.get("run").get("score").asString()).contains("0hard/0medium");

        JsonNode drafts = http.get(world.director(), cohort + "/proposals").json().get("content");
        assertThat(drafts).hasSize(2);
        assertThat(mentorOf(drafts, "R1")).isEqualTo("F1");
        assertThat(drafts.get(0).get("reasons")).isNotEmpty();

        JsonNode sent = http.post(world.director(), cohort + "/proposals/send", null).json();
        assertThat(sent).hasSize(2);
        assertThat(http.get(world.director(), cohort).json().get("state").asString()).isEqualTo("PROPOSED");

        JsonNode inbox = http.get(world.mentor1(), cohort + "/mentors/F1/proposals").json();
        assertThat(inbox).hasSize(1);
        long declinedId = inbox.get(0).get("id").asLong();
        Http.Response declined = http.post(world.mentor1(), cohort + "/proposals/" + declinedId + "/decline",
                "{\"version\": %d, \"reason\": \"I supervise this resident\"}".formatted(inbox.get(0).get("version").asLong()));
        assertThat(declined.status()).isEqualTo(200);
        assertThat(declined.json().get(0).get("state").asString()).isEqualTo("DECLINED");
        assertThat(declined.json().get(1).get("mentor").asString()).isEqualTo("F2");

        JsonNode f2Inbox = http.get(world.mentor2(), cohort + "/mentors/F2/proposals").json();
        assertThat(f2Inbox).hasSize(2);
        for (JsonNode proposal : f2Inbox) {
            assertThat(http.post(world.mentor2(), cohort + "/proposals/" + proposal.get("id").asLong() + "/accept",
                    "{\"version\": %d}".formatted(proposal.get("version").asLong())).status()).isEqualTo(200);
        }

        Http.Response published = http.post(world.director(), cohort + "/publication", "{\"override\": false}");
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.json().get("pairings").asInt()).isEqualTo(2);

        JsonNode pairing = http.get(world.resident1(), cohort + "/residents/R1/pairing").json();
        assertThat(pairing.get("mentor").asString()).isEqualTo("F2");
        assertThat(pairing.get("suggestedFirstMeetings")).hasSize(3);
        Http.Response ics = http.get(world.resident1(), cohort + "/pairings/" + pairing.get("pairingId").asLong() + "/first-meeting.ics");
        assertThat(ics.status()).isEqualTo(200);
        assertThat(ics.contentType()).startsWith("text/calendar");
        assertThat(ics.body()).startsWith("BEGIN:VCALENDAR\r\n").contains("BEGIN:VEVENT", "DTSTART;TZID=").endsWith("END:VCALENDAR\r\n");

        Http.Response csv = http.get(world.director(), cohort + "/pairings.csv");
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body().lines().toList()).hasSize(3).anyMatch(line -> line.startsWith("R1,") && line.contains(",F2,"));

        List<String> actions = new ArrayList<>();
        http.get(world.director(), cohort + "/audit?size=100").json().get("content").forEach(e -> actions.add(e.get("action").asString()));
        assertThat(actions).containsSubsequence("run.started", "run.finished", "proposals.sent", "proposal.declined",
                "proposal.rematched", "proposal.accepted", "cohort.published");
    }

    private static String mentorOf(JsonNode proposals, String resident) {
        for (JsonNode proposal : proposals) {
            if (proposal.get("resident").asString().equals(resident)) {
                return proposal.get("mentor").asString();
            }
        }
        return null;
    }
}
