package io.mentormatch.api.mentor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.cohort.CohortState;
import io.mentormatch.api.recommend.RecommendationIndexes;
import io.mentormatch.core.recommend.RecommendationIndex;

@SpringBootTest
@AutoConfigureMockMvc
class MentorSuggestionsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RecommendationIndexes indexes;

    private ResultActions saveProfile(World world, String body) throws Exception {
        return mvc.perform(put("/api/cohorts/" + world.cohortId() + "/mentors/F1/profile")
                .with(data.as(world.mentor1())).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private void saveForm(World world, String user, String resident) throws Exception {
        mvc.perform(put("/api/cohorts/" + world.cohortId() + "/residents/" + resident + "/preferences")
                        .with(data.as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 0, \"form\": {\"interests\": [\"research\"]}}"))
                .andExpect(status().isOk());
    }

    private ResultActions residentsFor(World world) throws Exception {
        return mvc.perform(get("/api/cohorts/" + world.cohortId() + "/mentors/F1/recommendations")
                .with(data.as(world.mentor1())));
    }

    @Test
    void suggestsOnlyResidentsWhoSavedTheirFormAndMayBeGivenToTheMentor() throws Exception {
        World world = data.world(CohortState.OPEN_FOR_PREFERENCES);
        residentsFor(world).andExpect(status().isOk()).andExpect(jsonPath("$", empty()));

        saveForm(world, world.resident1(), "R1");
        saveForm(world, world.resident2(), "R2");

        residentsFor(world).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].residentId", hasItem("R1")))
                .andExpect(jsonPath("$[*].residentId", not(hasItem("R2"))))
                .andExpect(jsonPath("$[0].reasons", hasItem(containsString("Shares your interest"))));
    }

    @Test
    void keepsPreferredResidentsInTheProfileAndHidesThemFromTheResident() throws Exception {
        World world = data.world(CohortState.OPEN_FOR_PREFERENCES);

        saveProfile(world, """
                {"version": 0, "profile": {"specialty": "Cardiology", "capacity": 2, "accepting": true,
                 "preferredResidents": ["R1"]}}
                """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.profile.preferredResidents[0]").value("R1"));

        mvc.perform(get("/api/cohorts/" + world.cohortId() + "/residents/R1/recommendations")
                        .with(data.as(world.resident1())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].reasons[*]", everyItem(not(containsString("asked")))));
    }

    @Test
    void refusesAResidentTheMentorMayNotBeGiven() throws Exception {
        World world = data.world(CohortState.OPEN_FOR_PREFERENCES);

        saveProfile(world, """
                {"version": 0, "profile": {"specialty": "Cardiology", "capacity": 2, "accepting": true,
                 "preferredResidents": ["R2"]}}
                """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("preferredResidents"));
    }

    @Test
    void refusesMorePreferredResidentsThanTheCohortAllows() throws Exception {
        World world = data.world(CohortState.OPEN_FOR_PREFERENCES);
        jdbc.update("update cohort set max_preferred_residents = 0 where id = ?", world.cohortId());

        saveProfile(world, """
                {"version": 0, "profile": {"specialty": "Cardiology", "capacity": 2, "accepting": true,
                 "preferredResidents": ["R1"]}}
                """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("at most 0")));
    }

    @Test
    void offersSimilarMentorsWithTheReason() throws Exception {
        World world = data.world(CohortState.OPEN_FOR_PREFERENCES);

        mvc.perform(get("/api/cohorts/" + world.cohortId() + "/mentors/F1/similar").with(data.as(world.resident1())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].mentorId").value("F2"))
                .andExpect(jsonPath("$[0].reasons", hasItem(containsString("place"))));
    }

    @Test
    void updatesTheCachedIndexInPlaceWhenAMentorSavesTheirProfile() throws Exception {
        World world = data.world(CohortState.OPEN_FOR_PREFERENCES);
        RecommendationIndex before = indexes.of(world.cohortId());

        saveProfile(world, """
                {"version": 0, "profile": {"specialty": "Cardiology", "capacity": 2, "accepting": false}}
                """).andExpect(status().isOk());

        assertThat(indexes.of(world.cohortId())).isSameAs(before);
        mvc.perform(get("/api/cohorts/" + world.cohortId() + "/residents/R1/recommendations")
                        .with(data.as(world.resident1())))
                .andExpect(jsonPath("$[*].mentorId", not(hasItem("F1"))));
    }
}
