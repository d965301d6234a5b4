package io.mentormatch.api.publication;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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
class PublicationControllerTest {

    private static final String PROBLEMS = "https://mentormatch.io/problems/";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    Pairings pairings;

    @Test
    void refusesPublicationWithOpenProposalsAndOverrideWithoutReason() throws Exception {
        World world = data.world(CohortState.MATCHING);
        pairings.proposed(world);

        mvc.perform(post("/api/cohorts/{id}/publication", world.cohortId()).with(data.as(world.director())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"override\": false}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "proposals-still-open"))
                .andExpect(jsonPath("$.openProposals").value(2));
        mvc.perform(post("/api/cohorts/{id}/publication", world.cohortId()).with(data.as(world.director())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"override\": true, \"reason\": \" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/cohorts/{id}/publication", world.cohortId()).with(data.as(world.director())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"override\": \"maybe\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "malformed-request"));
        mvc.perform(post("/api/cohorts/{id}/publication", world.cohortId()).with(data.as(world.director())).with(csrf())
                        .contentType(MediaType.TEXT_PLAIN).content("publish"))
                .andExpect(status().isUnsupportedMediaType());
    }

    @Test
    void showsAResidentTheirPairingAsItIsAfterALateAcceptance() throws Exception {
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.proposed(world);
        mvc.perform(post("/api/cohorts/{id}/publication", world.cohortId()).with(data.as(world.director())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"override\": true, \"reason\": \"term starts\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/cohorts/{id}/residents/R1/pairing", world.cohortId()).with(data.as(world.resident1())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mentor").value("F1"))
                .andExpect(jsonPath("$.state").value("PROPOSED"));

        mvc.perform(post("/api/cohorts/{id}/proposals/{p}/accept", world.cohortId(), stage.proposalR1())
                        .with(data.as(world.mentor1())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\": 0}"))
                .andExpect(status().isOk());

        mvc.perform(get("/api/cohorts/{id}/residents/R1/pairing", world.cohortId()).with(data.as(world.resident1())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ACCEPTED"));
    }

    @Test
    void servesCalendarFileAndCsv() throws Exception {
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.published(world);

        mvc.perform(get("/api/cohorts/{id}/pairings/{p}/first-meeting.ics", world.cohortId(), stage.proposalR1())
                        .with(data.as(world.resident1())))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andExpect(header().string("Content-Disposition", containsString("first-meeting-" + stage.proposalR1() + ".ics")))
                .andExpect(content().string(startsWith("BEGIN:VCALENDAR\r\n")));
        mvc.perform(get("/api/cohorts/{id}/pairings.csv", world.cohortId()).with(data.as(world.director())))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(content().string(startsWith("resident,resident_name,mentor,mentor_name,state,fit_percent,reasons,first_meeting (UTC),layer\r\n")));
    }

    @Test
    void answersUnknownPairingsWithNotFoundAndUnpublishedWithConflict() throws Exception {
        World world = data.world(CohortState.MATCHING);
        pairings.published(world);
        World unpublished = data.world(CohortState.MATCHING);
        pairings.proposed(unpublished);

        mvc.perform(get("/api/cohorts/{id}/pairings/{p}/first-meeting.ics", world.cohortId(), 987654321L)
                        .with(data.as(world.director())))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "pairing-not-found"));
        mvc.perform(get("/api/cohorts/{id}/residents/{r}/pairing", world.cohortId(), "R99").with(data.as(world.director())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/cohorts/{id}/publication", unpublished.cohortId()).with(data.as(unpublished.resident1())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "not-published"));
        mvc.perform(get("/api/cohorts/{id}/pairings.csv", 987654321L).with(data.as(world.admin())))
                .andExpect(status().isNotFound());
    }
}
