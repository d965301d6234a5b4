package io.mentormatch.api.audit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

@SpringBootTest
@AutoConfigureMockMvc
class AuditControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    Pairings pairings;

    @Test
    void showsDirectorWhoChangedWhatPagedAndAsCsv() throws Exception {
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.proposed(world);
        mvc.perform(post("/api/cohorts/{id}/proposals/{p}/pin", world.cohortId(), stage.proposalR1())
                .with(data.as(world.director())).with(csrf())).andExpect(status().isOk());
        mvc.perform(post("/api/cohorts/{id}/proposals/{p}/decline", world.cohortId(), stage.proposalR2())
                .with(data.as(world.mentor2())).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": 0, \"reason\": \"=cmd|' /C calc'!A0\"}")).andExpect(status().isOk());

        mvc.perform(get("/api/cohorts/{id}/audit?size=1", world.cohortId()).with(data.as(world.director())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content", hasSize(1)))
                .andExpect(jsonPath("$.content[0].action").value("proposal.pinned"))
                .andExpect(jsonPath("$.content[0].actor").value(world.director()))
                .andExpect(jsonPath("$.content[0].before", containsString("\"pinned\":false")))
                .andExpect(jsonPath("$.content[0].after", containsString("\"pinned\":true")))
                .andExpect(jsonPath("$.page.totalElements").value(greaterThanOrEqualTo(3)));
        mvc.perform(get("/api/cohorts/{id}/audit.csv", world.cohortId()).with(data.as(world.director())))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(content().string(startsWith("id,occurred_at,actor,action,entity_type,entity_id,before,after\r\n")))
                .andExpect(content().string(containsString("proposal.declined")))
                .andExpect(content().string(containsString(world.mentor2())));
    }

    @Test
    void answersUnknownCohortWithNotFound() throws Exception {
        World world = data.world(CohortState.DRAFT);

        mvc.perform(get("/api/cohorts/{id}/audit", 987654321L).with(data.as(world.admin())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/cohorts/{id}/audit?page=-1&size=0", world.cohortId()).with(data.as(world.director())))
                .andExpect(status().isOk());
    }
}
