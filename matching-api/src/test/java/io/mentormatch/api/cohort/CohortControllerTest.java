package io.mentormatch.api.cohort;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;

@SpringBootTest
@AutoConfigureMockMvc
class CohortControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;

    RequestPostProcessor as(String username) {
        return data.as(username);
    }

    @Test
    void createsCohortForOwnProgram() throws Exception {
        World world = data.world(CohortState.DRAFT);
        mvc.perform(post("/api/cohorts").with(as(world.director())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"programId": %d, "code": "IM-2028", "name": "Internal Medicine 2028",
                                 "academicYear": "2028-2029", "weights": {"specialty": 9, "interests": 6, "availability": 4,
                                 "residentRank": 8, "mentorPreference": 3, "loadBalance": 2, "repeatPair": 5}}
                                """.formatted(world.programId())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("DRAFT"))
                .andExpect(jsonPath("$.weights.specialty").value(9))
                .andExpect(jsonPath("$.maxRankedMentors").value(CohortDefaults.MAX_RANKED));
    }

    @Test
    void reportsEveryInvalidFieldAtOnce() throws Exception {
        World world = data.world(CohortState.DRAFT);
        mvc.perform(post("/api/cohorts").with(as(world.director())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"programId": %d, "code": "bad code!", "name": "", "academicYear": "2028",
                                 "weights": {"specialty": 11, "interests": -1, "availability": 4,
                                 "residentRank": 8, "mentorPreference": 3, "loadBalance": 2, "repeatPair": 5}}
                                """.formatted(world.programId())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://mentormatch.io/problems/validation"))
                .andExpect(jsonPath("$.errors", hasSize(5)))
                .andExpect(jsonPath("$.errors[*].field", hasItem("weights.specialty")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("academicYear")));
    }

    @Test
    void refusesMalformedJsonWithoutInternals() throws Exception {
        World world = data.world(CohortState.DRAFT);
        mvc.perform(post("/api/cohorts").with(as(world.director())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"programId\": 1, \"code\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://mentormatch.io/problems/malformed-request"))
                .andExpect(jsonPath("$.detail", containsString("line")));
    }

    @Test
    void refusesWrongContentType() throws Exception {
        World world = data.world(CohortState.DRAFT);
        mvc.perform(post("/api/cohorts").with(as(world.director())).with(csrf())
                        .contentType(MediaType.TEXT_PLAIN).content("hello"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.type").value("https://mentormatch.io/problems/unsupported-media-type"));
    }

    @Test
    void answersUnknownCohortWithNotFoundForAdmin() throws Exception {
        World world = data.world(CohortState.DRAFT);
        mvc.perform(get("/api/cohorts/999999").with(as(world.admin())))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://mentormatch.io/problems/cohort-not-found"))
                .andExpect(jsonPath("$.title").value("Cohort not found"));
    }

    @Test
    void hidesOtherProgramsCohortFromDirector() throws Exception {
        World world = data.world(CohortState.DRAFT);
        mvc.perform(get("/api/cohorts/" + world.cohortId()).with(as(data.outsiderDirector())))
                .andExpect(status().isForbidden());
    }

    @Test
    void refusesStaleSettingsWithWhatChanged() throws Exception {
        World world = data.world(CohortState.DRAFT);
        String settings = """
                {"version": %d, "name": "%s", "academicYear": "2027-2028", "responseWindowDays": 7, "maxRankedMentors": 3,
                 "requireSameSpecialty": false, "preferContinuity": false,
                 "weights": {"specialty": 10, "interests": 6, "availability": 4, "residentRank": 8,
                 "mentorPreference": 3, "loadBalance": 2, "repeatPair": 5}}
                """;
        mvc.perform(put("/api/cohorts/" + world.cohortId() + "/settings").with(as(world.director())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(settings.formatted(0, "First edit")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/cohorts/" + world.cohortId() + "/settings").with(as(world.director())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(settings.formatted(0, "Second edit")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://mentormatch.io/problems/concurrent-edit"))
                .andExpect(jsonPath("$.currentVersion").value(1))
                .andExpect(jsonPath("$.changes[0].field").value("name"))
                .andExpect(jsonPath("$.changes[0].current").value("First edit"));
    }

    @Test
    void turnsPeerMentoringOnWithItsWeightsAndRefusesABadPeerWeightNamingIt() throws Exception {
        World world = data.world(CohortState.DRAFT);
        String settings = """
                {"version": 0, "name": "Peers", "academicYear": "2027-2028", "responseWindowDays": 7, "maxRankedMentors": 3,
                 "requireSameSpecialty": false, "preferContinuity": false,
                 "weights": {"specialty": 10, "interests": 6, "availability": 4, "residentRank": 8,
                 "mentorPreference": 3, "loadBalance": 2, "repeatPair": 5},
                 "peerMentoring": true, "peerWeights": {"specialty": %d, "interests": 9, "availability": 9,
                 "residentRank": 8, "mentorPreference": 3, "loadBalance": 0, "repeatPair": 5}}
                """;
        mvc.perform(get("/api/cohorts/" + world.cohortId()).with(as(world.director())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.peerMentoring").value(false))
                .andExpect(jsonPath("$.peerWeights.availability").value(8));
        mvc.perform(put("/api/cohorts/" + world.cohortId() + "/settings").with(as(world.director())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(settings.formatted(11)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("peerWeights.specialty"));
        mvc.perform(get("/api/cohorts/" + world.cohortId()).with(as(world.director())))
                .andExpect(jsonPath("$.peerMentoring").value(false))
                .andExpect(jsonPath("$.version").value(0));
        mvc.perform(put("/api/cohorts/" + world.cohortId() + "/settings").with(as(world.director())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(settings.formatted(2)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.peerMentoring").value(true))
                .andExpect(jsonPath("$.peerWeights.specialty").value(2))
                .andExpect(jsonPath("$.peerWeights.availability").value(9));
    }

    @Test
    void movesThroughLifecycleAndRefusesSkippingStages() throws Exception {
        World world = data.world(CohortState.DRAFT);
        String path = "/api/cohorts/" + world.cohortId() + "/transitions";
        mvc.perform(post(path).with(as(world.director())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"to\": \"MATCHING\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://mentormatch.io/problems/illegal-cohort-transition"))
                .andExpect(jsonPath("$.detail", containsString("the only next stage is OPEN_FOR_PREFERENCES")));
        mvc.perform(post(path).with(as(world.director())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"to\": \"OPEN_FOR_PREFERENCES\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("OPEN_FOR_PREFERENCES"));
    }

    @Test
    void listsOnlyOwnProgramsCohortsForDirector() throws Exception {
        World mine = data.world(CohortState.DRAFT);
        data.world(CohortState.DRAFT);
        mvc.perform(get("/api/cohorts").with(as(mine.director())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content", hasSize(1)))
                .andExpect(jsonPath("$.content[0].id").value(mine.cohortId()));
    }

    @Test
    void refusesUnknownSortProperty() throws Exception {
        World world = data.world(CohortState.DRAFT);
        mvc.perform(get("/api/cohorts?sort=password").with(as(world.admin())))
                .andExpect(status().isBadRequest());
    }

    @Test
    void keepsSqlFragmentsAsPlainText() throws Exception {
        World world = data.world(CohortState.DRAFT);
        mvc.perform(post("/api/programs").with(as(world.admin())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"O'Brien'; drop table cohort; --\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("O'Brien'; drop table cohort; --"));
        mvc.perform(get("/api/cohorts/" + world.cohortId()).with(as(world.admin())))
                .andExpect(status().isOk());
    }

    @Test
    void refusesMarkupInNames() throws Exception {
        World world = data.world(CohortState.DRAFT);
        mvc.perform(post("/api/programs").with(as(world.admin())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"<script>alert(1)</script>\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
    }

    @Test
    void answersUnsupportedMethodAndUnknownPathWithProblems() throws Exception {
        World world = data.world(CohortState.DRAFT);
        mvc.perform(delete("/api/cohorts/" + world.cohortId()).with(as(world.admin())).with(csrf()))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(jsonPath("$.type").value("https://mentormatch.io/problems/method-not-allowed"));
        mvc.perform(get("/api/no-such-thing").with(as(world.admin())))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://mentormatch.io/problems/not-found"));
    }
}
