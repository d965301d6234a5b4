package io.mentormatch.api.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
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
 * The privacy of survey answers over real HTTP, tried as a director who wants one person's answer would: reading the
 * results, the health view and the audit after every single answer (differencing), and switching single answers on
 * to read what was given in confidence.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SurveyPrivacyIT {

    private static final String CONFIDED = "I confided this before anyone could read it";

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    Pairings pairings;
    @Autowired
    MorePairs morePairs;

    private Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    /**
     * Ten people answer one by one; after each answer the director reads the results and the health view. What
     * they read changes only at the 5th and the 10th answer, by five answers at once, and the audit never names who
     * answered or for which pairing.
     */
    @Test
    void aDirectorReadingAfterEveryAnswerCannotIsolateOne() {
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.publishedDaysAgo(world, 40);
        List<MorePairs.Pair> pairs = new ArrayList<>(List.of(
                new MorePairs.Pair(world.resident1(), world.mentor1(), stage.proposalR1()),
                new MorePairs.Pair(world.resident2(), world.mentor2(), stage.proposalR2())));
        pairs.addAll(morePairs.add(world, stage.runId(), 3));
        int[] scores = {4, 1, 5, 3, 2, 4, 5, 2, 3, 4};
        List<String> respondents = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        seen.add(directorsReading(world));
        for (int i = 0; i < scores.length; i++) {
            MorePairs.Pair pair = pairs.get(i / 2);
            String who = i % 2 == 0 ? pair.resident() : pair.mentor();
            respondents.add(who);
            assertThat(http.post(who, "/api/surveys/" + pair.pairingId() + "-first-meeting/responses",
                    "{\"score\": " + scores[i] + "}").status()).isEqualTo(201);
            seen.add(directorsReading(world));
        }

        for (int answers = 1; answers <= scores.length; answers++) {
            if (answers % SurveyResults.RELEASE_STEP != 0) {
                assertThat(seen.get(answers)).as("what the director reads after answer " + answers)
                        .isEqualTo(seen.get(answers - 1));
            } else {
                assertThat(seen.get(answers)).as("answer " + answers + " releases five at once")
                        .isNotEqualTo(seen.get(answers - 1));
            }
        }
        JsonNode firstMeeting = results(world).get("surveys").get(0);
        assertThat(firstMeeting.get("aggregated").asInt()).isEqualTo(10);
        assertThat(firstMeeting.get("responses").asInt()).isEqualTo(10);

        // the poor-fit answers flag their pairings, never saying which member answered
        JsonNode health = http.get(world.director(), "/api/cohorts/" + world.cohortId() + "/health").json();
        List<String> reasons = new ArrayList<>();
        health.get("atRisk").forEach(f -> reasons.add(f.get("reason").asString()));
        assertThat(reasons).filteredOn(r -> r.contains("survey")).hasSize(3).allSatisfy(r -> assertThat(r).doesNotContainIgnoringCase("resident")
                .doesNotContainIgnoringCase("mentor"));

        String audit = http.get(world.director(), "/api/cohorts/" + world.cohortId() + "/audit?size=500").body();
        String csv = http.get(world.director(), "/api/cohorts/" + world.cohortId() + "/audit.csv").body();
        JsonNode entries = http.get(world.director(), "/api/cohorts/" + world.cohortId() + "/audit?size=500").json()
                .get("content");
        List<JsonNode> answered = new ArrayList<>();
        entries.forEach(e -> {
            if (e.get("action").asString().equals("survey.answered")) {
                answered.add(e);
            }
        });
        assertThat(answered).hasSize(scores.length);
        for (String body : List.of(audit, csv)) {
            respondents.forEach(who -> assertThat(body).doesNotContain(who));
            pairs.forEach(p -> assertThat(body).doesNotContain(p.pairingId() + "-first-meeting"));
        }
        answered.forEach(e -> assertThat(e.toString()).doesNotContain("RESIDENT").doesNotContain("MENTOR")
                .doesNotContain("pairing"));
    }

    /**
     * Written answers reach the director with the figures they belong to, never one at a time: none below five
     * answers while the survey is open, then the released five, sorted by their words rather than by who answered
     * when; the sixth waits for the next step.
     */
    @Test
    void commentsComeWithTheReleasedAnswersInAlphabeticalOrder() {
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.publishedDaysAgo(world, 40);
        List<MorePairs.Pair> pairs = new ArrayList<>(List.of(
                new MorePairs.Pair(world.resident1(), world.mentor1(), stage.proposalR1()),
                new MorePairs.Pair(world.resident2(), world.mentor2(), stage.proposalR2())));
        pairs.addAll(morePairs.add(world, stage.runId(), 1));
        String[] texts = {"good start", "Agenda helped", "", "more time please", "Busy month", "late sixth"};
        for (int i = 0; i < texts.length; i++) {
            MorePairs.Pair pair = pairs.get(i / 2);
            assertThat(http.post(i % 2 == 0 ? pair.resident() : pair.mentor(), "/api/surveys/" + pair.pairingId()
                    + "-first-meeting/responses", "{\"score\": 4, \"text\": \"" + texts[i] + "\"}").status()).isEqualTo(201);
            if (i == 3) {
                assertThat(results(world).get("surveys").get(0).get("comments")).as("four answers in").isEmpty();
            }
        }

        JsonNode comments = results(world).get("surveys").get(0).get("comments");
        List<String> shown = new ArrayList<>();
        comments.forEach(c -> shown.add(c.asString()));
        assertThat(shown).containsExactly("Agenda helped", "Busy month", "good start", "more time please");
    }

    /** Switching single answers on shows only what is answered afterwards; switching is audited. */
    @Test
    void individualAnswersShowOnlyWhatWasAnsweredAfterTheSwitch() {
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.publishedDaysAgo(world, 40);
        String survey = "/api/surveys/" + stage.proposalR1() + "-first-meeting";
        assertThat(http.post(world.resident1(), survey + "/responses",
                "{\"score\": 2, \"text\": \"" + CONFIDED + "\"}").status()).isEqualTo(201);

        assertThat(settings(world.admin(), world, true).status()).isEqualTo(200);
        assertThat(http.get(world.director(), "/api/cohorts/" + world.cohortId() + "/surveys/responses").body())
                .as("an answer given in confidence").doesNotContain(CONFIDED);
        assertThat(http.post(world.mentor1(), survey + "/responses", "{\"score\": 4, \"text\": \"said openly\"}")
                .status()).isEqualTo(201);

        Http.Response shown = http.get(world.director(), "/api/cohorts/" + world.cohortId() + "/surveys/responses");
        assertThat(shown.body()).doesNotContain(CONFIDED).contains("said openly");
        assertThat(shown.json().get("answers")).hasSize(1);
        assertThat(shown.json().get("answers").get(0).get("role").asString()).isEqualTo("MENTOR");

        JsonNode switched = auditEntries(world, "survey.settings-changed");
        assertThat(switched.get("actor").asString()).isEqualTo(world.admin());
        assertThat(switched.get("after").asString()).contains("\"showIndividualAnswers\":true")
                .contains("individualAnswersSince");

        // off and on again: the answers given while it was off stay private too
        assertThat(settings(world.director(), world, false).status()).isEqualTo(200);
        assertThat(settings(world.admin(), world, true).status()).isEqualTo(200);
        assertThat(http.get(world.director(), "/api/cohorts/" + world.cohortId() + "/surveys/responses").json()
                .get("answers")).isEmpty();
    }

    /** Before anyone answers, the form (API view) says what a low score tells the director, and when answers are read one by one. */
    @Test
    void theFormSaysWhatTheDirectorLearnsBeforeAnyoneAnswers() {
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.publishedDaysAgo(world, 40);
        String survey = "/api/surveys/" + stage.proposalR1() + "-first-meeting";
        JsonNode form = http.get(world.resident1(), survey).json();
        assertThat(form.get("poorFitNotice").asString()).isEqualTo("An answer of 1 or 2 tells your program director"
                + " that this pairing needs a conversation; your answer itself is not shown.");
        assertThat(form.get("individualAnswersShown").asBoolean()).isFalse();
        assertThat(form.get("individualAnswersNotice").isNull()).isTrue();

        assertThat(settings(world.admin(), world, true).status()).isEqualTo(200);
        JsonNode mentorsForm = http.get(world.mentor1(), survey).json();
        assertThat(mentorsForm.get("individualAnswersShown").asBoolean()).isTrue();
        assertThat(mentorsForm.get("individualAnswersNotice").asString()).contains("on its own");
        assertThat(http.get(world.mentor1(), "/api/surveys/" + stage.proposalR1() + "-mid-year").json()
                .get("poorFitNotice").isNull()).as("only the first-meeting score flags a pairing").isTrue();
    }

    @Test
    void aDirectorCannotSwitchIndividualAnswersOn() {
        World world = data.world(CohortState.MATCHING);
        pairings.publishedDaysAgo(world, 40);

        Http.Response refused = settings(world.director(), world, true);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(http.get(world.director(), "/api/cohorts/" + world.cohortId() + "/surveys/settings").json()
                .get("showIndividualAnswers").asBoolean()).isFalse();
        assertThat(settings(world.director(), world, false).status()).isEqualTo(200);
    }

    /** Every figure the director reads of the first-meeting answers, on the results and the health view. */
    private String directorsReading(World world) {
        JsonNode health = http.get(world.director(), "/api/cohorts/" + world.cohortId() + "/health").json();
        return figures(results(world).get("surveys").get(0)) + " | " + figures(health.get("surveys").get("surveys").get(0));
    }

    /** What a reading says about the answers themselves; how many came in is counted openly and left out. */
    private static String figures(JsonNode kind) {
        StringBuilder figures = new StringBuilder();
        for (String field : List.of("suppressed", "meanScore", "distribution", "recommendShare", "residentResponses",
                "mentorResponses", "comments")) {
            figures.append(field).append('=').append(kind.get(field)).append(' ');
        }
        return figures.toString();
    }

    private JsonNode results(World world) {
        return http.get(world.director(), "/api/cohorts/" + world.cohortId() + "/surveys/results").json();
    }

    private Http.Response settings(String who, World world, boolean on) {
        return http.call(HttpMethod.PUT, who, "/api/cohorts/" + world.cohortId() + "/surveys/settings",
                "{\"showIndividualAnswers\": " + on + "}");
    }

    private JsonNode auditEntries(World world, String action) {
        JsonNode entries = http.get(world.admin(), "/api/cohorts/" + world.cohortId() + "/audit?size=500").json()
                .get("content");
        JsonNode found = null;
        for (JsonNode e : entries) {
            if (e.get("action").asString().equals(action)) {
                found = e;
            }
        }
        assertThat(found).as(action).isNotNull();
        return found;
    }
}
