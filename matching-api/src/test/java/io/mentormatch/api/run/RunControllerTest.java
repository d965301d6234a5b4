package io.mentormatch.api.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import io.mentormatch.api.Pairings;
import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.cohort.CohortState;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class RunControllerTest {

    private static final String PROBLEMS = "https://mentormatch.io/problems/";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    Pairings pairings;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void startsRunWithAccepted() throws Exception {
        World world = data.world(CohortState.OPEN_FOR_PREFERENCES);

        mvc.perform(post("/api/cohorts/{id}/runs", world.cohortId()).with(data.as(world.director())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"mode\": \"STABLE\", \"timeLimitSeconds\": 2}"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("QUEUED"))
                .andExpect(jsonPath("$.mode").value("stable"))
                .andExpect(jsonPath("$.requestedBy").value(world.director()));
    }

    /** Issue 20: the mentors' best stable matching is a run mode too, stored and solved with no blocking pair. */
    @Test
    void runsInStableMentorOptimalModeWithNoBlockingPair() throws Exception {
        World world = data.world(CohortState.OPEN_FOR_PREFERENCES);

        String started = mvc.perform(post("/api/cohorts/{id}/runs", world.cohortId()).with(data.as(world.director())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mode\": \"stable-mentor-optimal\", \"timeLimitSeconds\": 2}"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.mode").value("stable-mentor-optimal"))
                .andReturn().getResponse().getContentAsString();
        long runId = Long.parseLong(started.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        await().atMost(Duration.ofSeconds(30)).until(() -> mvc.perform(get("/api/cohorts/{id}/runs/{run}", world.cohortId(), runId)
                .with(data.as(world.director()))).andReturn().getResponse().getContentAsString().contains("\"SUCCEEDED\""));

        mvc.perform(get("/api/cohorts/{id}/runs/{run}", world.cohortId(), runId).with(data.as(world.director())))
                .andExpect(jsonPath("$.mode").value("stable-mentor-optimal"))
                .andExpect(jsonPath("$.blockingPairs").value(0));
    }

    /** Issue 20: every run's result carries its integrity report, and the run answers it on its own. */
    @Test
    void answersTheIntegrityReportOfARun() throws Exception {
        World world = data.world(CohortState.OPEN_FOR_PREFERENCES);
        String started = mvc.perform(post("/api/cohorts/{id}/runs", world.cohortId()).with(data.as(world.director())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"mode\": \"optimal\", \"timeLimitSeconds\": 2}"))
                .andExpect(status().isAccepted())
                .andReturn().getResponse().getContentAsString();
        long runId = Long.parseLong(started.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        await().atMost(Duration.ofSeconds(30)).until(() -> mvc.perform(get("/api/cohorts/{id}/runs/{run}", world.cohortId(), runId)
                .with(data.as(world.director()))).andReturn().getResponse().getContentAsString().contains("\"SUCCEEDED\""));
        String blocking = mvc.perform(get("/api/cohorts/{id}/runs/{run}", world.cohortId(), runId).with(data.as(world.director())))
                .andReturn().getResponse().getContentAsString().replaceAll("(?s).*?\"blockingPairs\":(\\d+).*", "$1");

        mvc.perform(get("/api/cohorts/{id}/runs/{run}/integrity", world.cohortId(), runId).with(data.as(world.director())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mode").value("optimal"))
                .andExpect(jsonPath("$.complaints.count").value(Integer.parseInt(blocking)))
                .andExpect(jsonPath("$.gaming.residentsChecked").value(org.hamcrest.Matchers.greaterThan(0)))
                .andExpect(jsonPath("$.fragility.summary").value(org.hamcrest.Matchers.startsWith("Any single decline")));
        mvc.perform(get("/api/cohorts/{id}/runs/{run}/result", world.cohortId(), runId).with(data.as(world.director())))
                .andExpect(jsonPath("$.integrity.complaints.count").value(Integer.parseInt(blocking)));
    }

    /** A result stored before the report existed is audited on request, against the cohort as it is. */
    @Test
    void auditsAResultStoredWithoutItsIntegrityReport() throws Exception {
        World world = data.world(CohortState.OPEN_FOR_PREFERENCES);
        long runId = pairings.proposed(world).runId();

        mvc.perform(get("/api/cohorts/{id}/runs/{run}/integrity", world.cohortId(), runId).with(data.as(world.director())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.complaints.summary").isString())
                .andExpect(jsonPath("$.gaming.summary").isString());
    }

    @Test
    void runsInRankMaximalModeAndShowsTheChoicesInWords() throws Exception {
        World world = data.world(CohortState.OPEN_FOR_PREFERENCES);

        String started = mvc.perform(post("/api/cohorts/{id}/runs", world.cohortId()).with(data.as(world.director())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"mode\": \"rank-maximal\", \"timeLimitSeconds\": 2}"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.mode").value("rank-maximal"))
                .andReturn().getResponse().getContentAsString();
        long runId = Long.parseLong(started.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        await().atMost(Duration.ofSeconds(30)).until(() -> mvc.perform(get("/api/cohorts/{id}/runs/{run}", world.cohortId(), runId)
                .with(data.as(world.director()))).andReturn().getResponse().getContentAsString().contains("\"SUCCEEDED\""));

        mvc.perform(get("/api/cohorts/{id}/runs/{run}/result", world.cohortId(), runId).with(data.as(world.director())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.run.mode").value("rank-maximal"))
                .andExpect(jsonPath("$.run.summary").value(org.hamcrest.Matchers.matchesPattern(
                        "total fit [\\d,]+, no rule broken, every resident matched")))
                .andExpect(jsonPath("$.choiceProfile[0]").value(2))
                .andExpect(jsonPath("$.choices").value("2 got a mentor they did not rank"))
                .andExpect(jsonPath("$.blockingPairs").value(0))
                .andExpect(jsonPath("$.assignments", hasSize(2)));
    }

    @Test
    void reportsEveryInvalidFieldOfRunRequest() throws Exception {
        World world = data.world(CohortState.MATCHING);

        mvc.perform(post("/api/cohorts/{id}/runs", world.cohortId()).with(data.as(world.director())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"mode\": \"fastest\", \"timeLimitSeconds\": 0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "validation"))
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("mode", "timeLimitSeconds")))
                .andExpect(jsonPath("$.errors[?(@.field == 'mode')].message")
                        .value("must be one of optimal, stable, stable-mentor-optimal, rank-maximal, optimal-load-balanced"));
    }

    @Test
    void refusesMalformedRunRequest() throws Exception {
        World world = data.world(CohortState.MATCHING);

        mvc.perform(post("/api/cohorts/{id}/runs", world.cohortId()).with(data.as(world.director())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"mode\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "malformed-request"));
        mvc.perform(post("/api/cohorts/{id}/runs", world.cohortId()).with(data.as(world.director())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"mode\": \"optimal\", \"timeLimitSeconds\": \"soon\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "malformed-request"));
    }

    @Test
    void refusesSecondRunWithConflict() throws Exception {
        World world = data.world(CohortState.MATCHING);
        // a run waiting in the queue (no job behind it), so it is still active whatever the machine's speed
        pairings.queuedRun(world);

        mvc.perform(post("/api/cohorts/{id}/runs", world.cohortId()).with(data.as(world.director())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"mode\": \"optimal\", \"timeLimitSeconds\": 5}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "run-already-active"));
    }

    @Test
    void answersUnknownRunAndCohortWithNotFound() throws Exception {
        World world = data.world(CohortState.MATCHING);

        mvc.perform(get("/api/cohorts/{id}/runs/{run}", world.cohortId(), 987654321L).with(data.as(world.director())))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "run-not-found"));
        mvc.perform(post("/api/cohorts/{id}/runs/{run}/cancel", world.cohortId(), 987654321L)
                        .with(data.as(world.director())).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/cohorts/{id}/runs", 987654321L).with(data.as(world.admin())))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "cohort-not-found"));
        mvc.perform(get("/api/cohorts/{id}/runs/{run}", world.cohortId(), "abc").with(data.as(world.director())))
                .andExpect(status().isBadRequest());
    }

    @Test
    void refusesCancelOfFinishedRunWithConflict() throws Exception {
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.proposed(world);

        mvc.perform(post("/api/cohorts/{id}/runs/{run}/cancel", world.cohortId(), stage.runId())
                        .with(data.as(world.director())).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "run-already-finished"));
    }

    /** Issue 21: the result is the director's; the stored reasons are the resident's ("Your 1st choice"). */
    @Test
    void saysTheResultsReasonsInTheDirectorsWords() throws Exception {
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.proposed(world);
        jdbc.update("update matching_run set result_json = replace(result_json, '\"R1\",\"mentor\":\"F1\",\"pairScore\":50,"
                + "\"reasons\":[\"Same specialty\"]', '\"R1\",\"mentor\":\"F1\",\"pairScore\":50,\"reasons\":"
                + "[\"Your 1st choice\",\"Add interests to get better suggestions\"]') where id = ?", stage.runId());

        String body = mvc.perform(get("/api/cohorts/{id}/runs/{run}/result", world.cohortId(), stage.runId())
                        .with(data.as(world.director())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        JsonNode first = JsonMapper.builder().build().readTree(body).get("assignments").get(0);
        assertThat(first.get("resident").asString()).isEqualTo("R1");
        assertThat(first.get("reasons").values()).extracting(JsonNode::asString).hasSize(2)
                .allSatisfy(reason -> assertThat(reason).doesNotContain("Your").doesNotStartWith("Add "))
                .first().satisfies(reason -> assertThat(reason).endsWith("'s 1st choice"));
    }

    @Test
    void showsStoredResultOfFinishedRun() throws Exception {
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.proposed(world);

        mvc.perform(get("/api/cohorts/{id}/runs/{run}/result", world.cohortId(), stage.runId()).with(data.as(world.director())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.bound.pairScoreUpperBound").value(100))
                .andExpect(jsonPath("$.assignments", hasSize(2)))
                .andExpect(jsonPath("$.run.status").value("SUCCEEDED"));
    }

    @Test
    void streamsRunStatusAsServerSentEvents() throws Exception {
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.proposed(world);

        MvcResult stream = mvc.perform(get("/api/cohorts/{id}/runs/{run}/events", world.cohortId(), stage.runId())
                        .with(data.as(world.director())).accept(MediaType.TEXT_EVENT_STREAM))
                .andExpect(request().asyncStarted())
                .andReturn();

        await().atMost(Duration.ofSeconds(10)).until(() -> stream.getResponse().getContentAsString().contains("event:finished"));
        assertThat(stream.getResponse().getContentType()).startsWith(MediaType.TEXT_EVENT_STREAM_VALUE);
        assertThat(stream.getResponse().getContentAsString()).contains("\"status\":\"SUCCEEDED\"");
    }
}
