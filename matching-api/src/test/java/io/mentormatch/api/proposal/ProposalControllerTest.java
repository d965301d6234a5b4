package io.mentormatch.api.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import io.mentormatch.api.Pairings;
import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.cohort.CohortState;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class ProposalControllerTest {

    private static final String PROBLEMS = "https://mentormatch.io/problems/";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    Pairings pairings;

    @Test
    void listsFilteredPagedReviewList() throws Exception {
        World world = data.world(CohortState.MATCHING);
        pairings.drafts(world);

        mvc.perform(get("/api/cohorts/{id}/proposals?size=1", world.cohortId()).with(data.as(world.director())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content", hasSize(1)))
                .andExpect(jsonPath("$.content[0].resident").value("R1"))
                .andExpect(jsonPath("$.content[0].reasons[0]").value("Same specialty"))
                .andExpect(jsonPath("$.page.totalElements").value(2));
        mvc.perform(get("/api/cohorts/{id}/proposals?filter=UNMATCHED", world.cohortId()).with(data.as(world.director())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content", hasSize(0)));
        mvc.perform(get("/api/cohorts/{id}/proposals?filter=BOGUS", world.cohortId()).with(data.as(world.director())))
                .andExpect(status().isBadRequest());
    }

    @Test
    void previewsChangeOverHttp() throws Exception {
        World world = data.world(CohortState.MATCHING);
        pairings.drafts(world);

        mvc.perform(post("/api/cohorts/{id}/pairing-changes/preview", world.cohortId()).with(data.as(world.director()))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"REASSIGN\", \"resident\": \"R2\", \"mentor\": \"F1\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.moves[0].fromMentor").value("F2"))
                .andExpect(jsonPath("$.moves[0].toMentor").value("F1"))
                .andExpect(jsonPath("$.applied").value(false));
    }

    /** Issue 21: the preview is the director's: its reasons name the resident and never advise or say "you". */
    @Test
    void previewsAChangeWithReasonsInTheDirectorsWords() throws Exception {
        World world = data.world(CohortState.MATCHING);
        pairings.drafts(world);

        String body = mvc.perform(post("/api/cohorts/{id}/pairing-changes/preview", world.cohortId())
                        .with(data.as(world.director())).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"REASSIGN\", \"resident\": \"R2\", \"mentor\": \"F1\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        List<String> reasons = JsonMapper.builder().build().readTree(body).get("moves").get(0).get("reasonsAfter")
                .values().stream().map(JsonNode::asString).toList();
        assertThat(reasons).isNotEmpty().noneMatch(reason -> reason.matches("(?i).*\\byou(r)?\\b.*"))
                .noneMatch(reason -> reason.startsWith("Add "));
    }

    @Test
    void reportsEveryInvalidFieldOfPairingChange() throws Exception {
        World world = data.world(CohortState.MATCHING);

        mvc.perform(post("/api/cohorts/{id}/pairing-changes", world.cohortId()).with(data.as(world.director()))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"resident\": \"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("kind", "resident")));
        mvc.perform(post("/api/cohorts/{id}/pairing-changes/preview", world.cohortId()).with(data.as(world.director()))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"kind\": \"REASSIGN\", \"resident\": \"R1\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("mentor"));
        mvc.perform(post("/api/cohorts/{id}/pairing-changes", world.cohortId()).with(data.as(world.director()))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"kind\": \"MOVE\", \"resident\": \"R1\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "malformed-request"));
    }

    @Test
    void answersUnknownIdsWithNotFound() throws Exception {
        World world = data.world(CohortState.MATCHING);
        pairings.proposed(world);

        mvc.perform(post("/api/cohorts/{id}/proposals/{p}/pin", world.cohortId(), 987654321L).with(data.as(world.director())).with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "proposal-not-found"));
        mvc.perform(post("/api/cohorts/{id}/proposals/{p}/accept", world.cohortId(), 987654321L).with(data.as(world.mentor1()))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"version\": 0}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/cohorts/{id}/pairing-changes/preview", world.cohortId()).with(data.as(world.director()))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"REASSIGN\", \"resident\": \"R1\", \"mentor\": \"F99\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "mentor-not-in-cohort"));
        mvc.perform(get("/api/cohorts/{id}/mentors/{m}/proposals", world.cohortId(), "F99").with(data.as(world.director())))
                .andExpect(status().isNotFound());
    }

    @Test
    void answersIllegalStatesWithConflict() throws Exception {
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.proposed(world);

        mvc.perform(post("/api/cohorts/{id}/proposals/send", world.cohortId()).with(data.as(world.director())).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "nothing-to-send"));
        mvc.perform(post("/api/cohorts/{id}/proposals/{p}/accept", world.cohortId(), stage.proposalR1()).with(data.as(world.mentor1()))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"version\": 0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ACCEPTED"));
        mvc.perform(post("/api/cohorts/{id}/proposals/{p}/accept", world.cohortId(), stage.proposalR1()).with(data.as(world.mentor1()))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"version\": 1}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "proposal-not-open"));
        mvc.perform(post("/api/cohorts/{id}/proposals/{p}/accept", world.cohortId(), stage.proposalR2()).with(data.as(world.mentor2()))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"version\": 7}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "concurrent-edit"))
                .andExpect(jsonPath("$.currentVersion").value(0));
        World draft = data.world(CohortState.DRAFT);
        mvc.perform(post("/api/cohorts/{id}/pairing-changes/preview", draft.cohortId()).with(data.as(draft.director()))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"kind\": \"SWAP\", \"resident\": \"R1\", \"otherResident\": \"R2\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "cohort-locked"));
    }

    @Test
    void requiresDeclineReasonAndVersion() throws Exception {
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.proposed(world);

        mvc.perform(post("/api/cohorts/{id}/proposals/{p}/decline", world.cohortId(), stage.proposalR1()).with(data.as(world.mentor1()))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"version\": 0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/cohorts/{id}/proposals/{p}/decline", world.cohortId(), stage.proposalR1()).with(data.as(world.mentor1()))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"no\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(post("/api/cohorts/{id}/proposals/{p}/decline", world.cohortId(), stage.proposalR1()).with(data.as(world.mentor1()))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"version\": 0, \"reason\": \"" + "x".repeat(2001) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
    }
}
