package io.mentormatch.api.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.cohort.CohortState;

@SpringBootTest
@AutoConfigureMockMvc
class ComparisonControllerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PROBLEMS = "https://mentormatch.io/problems/";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;

    /** The 24 × 14 cohort of cohort-small.json, with load balance weighed, open for preferences. */
    private World smallCohort() throws Exception {
        World world = data.world(CohortState.DRAFT);
        mvc.perform(put("/api/cohorts/{id}/file", world.cohortId()).with(data.as(world.director())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(new ClassPathResource("cohort-small.json").getContentAsByteArray()))
                .andExpect(status().isOk());
        mvc.perform(post("/api/cohorts/{id}/transitions", world.cohortId()).with(data.as(world.director())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"to\": \"OPEN_FOR_PREFERENCES\"}"))
                .andExpect(status().isOk());
        return world;
    }

    private JsonNode compare(World world) throws Exception {
        MvcResult started = mvc.perform(post("/api/cohorts/{id}/comparison", world.cohortId())
                        .with(data.as(world.director())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"timeLimitSeconds\": 2}"))
                .andExpect(request().asyncStarted())
                .andReturn();
        String body = mvc.perform(asyncDispatch(started)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return JSON.readTree(body);
    }

    @Test
    void comparesEveryModeWithItsFigures() throws Exception {
        World world = smallCohort();

        JsonNode comparison = compare(world);

        List<String> modes = new ArrayList<>();
        comparison.get("modes").forEach(row -> modes.add(row.get("mode").asString()));
        assertThat(modes).containsExactly("optimal", "stable", "stable-mentor-optimal", "rank-maximal", "optimal-load-balanced");
        JsonNode optimal = comparison.get("modes").get(0);
        assertThat(optimal.get("priceVsOptimalPercent").asDouble()).isZero();
        assertThat(optimal.get("choiceProfile").get(0).asInt()).isEqualTo(optimal.get("matched").asInt());
        assertThat(optimal.get("bySpecialty").properties()).isNotEmpty();
        JsonNode rankMaximal = comparison.get("modes").get(3);
        assertThat(rankMaximal.get("choiceProfile").get(1).asInt())
                .isGreaterThanOrEqualTo(optimal.get("choiceProfile").get(1).asInt());
    }

    /** A run in each exact mode gives exactly that mode's row: the page's buttons start what the table shows. */
    @Test
    void rowsEqualTheResultOfARunInEachMode() throws Exception {
        World world = smallCohort();
        JsonNode comparison = compare(world);

        for (int i = 0; i < 3; i++) {
            JsonNode row = comparison.get("modes").get(i);
            JsonNode result = run(world, row.get("mode").asString());
            long total = 0;
            for (JsonNode assignment : result.get("assignments")) {
                total += assignment.get("pairScore").asLong();
            }
            assertThat(result.get("run").get("mode").asString()).isEqualTo(row.get("mode").asString());
            assertThat(result.get("assignments").size()).as(row.get("mode").asString()).isEqualTo(row.get("matched").asInt());
            assertThat(total).as(row.get("mode").asString()).isEqualTo(row.get("pairScoreTotal").asLong());
            assertThat(result.get("choiceProfile")).as(row.get("mode").asString()).isEqualTo(row.get("choiceProfile"));
            assertThat(result.get("blockingPairs").asInt()).as(row.get("mode").asString())
                    .isEqualTo(row.get("blockingPairs").asInt());
        }
    }

    private JsonNode run(World world, String mode) throws Exception {
        String started = mvc.perform(post("/api/cohorts/{id}/runs", world.cohortId()).with(data.as(world.director())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"mode\": \"" + mode + "\", \"timeLimitSeconds\": 5}"))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        long runId = JSON.readTree(started).get("id").asLong();
        await().atMost(Duration.ofSeconds(30)).until(() -> JSON.readTree(mvc.perform(
                        get("/api/cohorts/{id}/runs/{run}", world.cohortId(), runId).with(data.as(world.director())))
                .andReturn().getResponse().getContentAsString()).get("status").asString().equals("SUCCEEDED"));
        return JSON.readTree(mvc.perform(get("/api/cohorts/{id}/runs/{run}/result", world.cohortId(), runId)
                        .with(data.as(world.director())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void refusesTimeLimitOutOfRange() throws Exception {
        World world = data.world(CohortState.MATCHING);

        mvc.perform(post("/api/cohorts/{id}/comparison", world.cohortId()).with(data.as(world.director())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"timeLimitSeconds\": 3600}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "validation"))
                .andExpect(jsonPath("$.errors[0].field").value("timeLimitSeconds"));
    }

    @Test
    void answersUnknownCohortWithNotFound() throws Exception {
        World world = data.world(CohortState.MATCHING);

        mvc.perform(post("/api/cohorts/{id}/comparison", 987654321L).with(data.as(world.admin())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"timeLimitSeconds\": 1}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "cohort-not-found"));
    }
}
