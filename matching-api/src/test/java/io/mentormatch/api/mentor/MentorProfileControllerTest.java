package io.mentormatch.api.mentor;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.cohort.CohortState;

@SpringBootTest
@AutoConfigureMockMvc
class MentorProfileControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;

    private ResultActions save(World world, String user, String body) throws Exception {
        return mvc.perform(put("/api/cohorts/" + world.cohortId() + "/mentors/F1/profile")
                .with(data.as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void savesOwnProfile() throws Exception {
        World world = data.world(CohortState.OPEN_FOR_PREFERENCES);
        save(world, world.mentor1(), """
                {"version": 0, "profile": {"specialty": "Cardiology", "interests": ["echo"],
                 "availability": ["fri-16"], "capacity": 4, "accepting": false}}
                """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.profile.capacity").value(4))
                .andExpect(jsonPath("$.profile.accepting").value(false))
                .andExpect(jsonPath("$.profile.availability[0]").value("FRI-16"))
                .andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void reportsEveryInvalidField() throws Exception {
        World world = data.world(CohortState.OPEN_FOR_PREFERENCES);
        save(world, world.mentor1(), """
                {"version": 0, "profile": {"specialty": "", "capacity": -1}}
                """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(3)))
                .andExpect(jsonPath("$.errors[*].field", hasItem("profile.capacity")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("profile.specialty")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("profile.accepting")));
    }

    @Test
    void refusesBadSlots() throws Exception {
        World world = data.world(CohortState.OPEN_FOR_PREFERENCES);
        save(world, world.mentor1(), """
                {"version": 0, "profile": {"specialty": "Cardiology", "availability": ["MON-24"], "capacity": 1, "accepting": true}}
                """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("availability"));
    }

    @Test
    void keepsAMentorOutOfAnotherMentorsProfile() throws Exception {
        World world = data.world(CohortState.OPEN_FOR_PREFERENCES);
        save(world, world.mentor2(), """
                {"version": 0, "profile": {"specialty": "Cardiology", "capacity": 1, "accepting": true}}
                """)
                .andExpect(status().isForbidden());
    }

    @Test
    void refusesChangesOnceMatchingStarted() throws Exception {
        World world = data.world(CohortState.MATCHING);
        save(world, world.mentor1(), """
                {"version": 0, "profile": {"specialty": "Cardiology", "capacity": 1, "accepting": true}}
                """)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://mentormatch.io/problems/cohort-locked"));
        mvc.perform(get("/api/cohorts/" + world.cohortId() + "/mentors/F1/profile").with(data.as(world.mentor1())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.editable").value(false));
    }

    @Test
    void listsOwnProfiles() throws Exception {
        World world = data.world(CohortState.OPEN_FOR_PREFERENCES);
        mvc.perform(get("/api/me/mentor-profiles").with(data.as(world.mentor2())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].mentorId").value("F2"));
    }
}
