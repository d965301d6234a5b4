package io.mentormatch.api.preference;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import io.mentormatch.api.MutableClock;
import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.cohort.CohortState;

@SpringBootTest
@AutoConfigureMockMvc
class PreferenceControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private ResultActions save(World world, String user, long version, String form) throws Exception {
        return mvc.perform(put("/api/cohorts/" + world.cohortId() + "/residents/R1/preferences")
                .with(data.as(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": " + version + ", \"form\": " + form + "}"));
    }

    private static final String GOOD_FORM = """
            {"careerGoal": "Cardiology", "interests": ["echo", "research"], "availability": ["MON-18", "tue-07"],
             "ranking": ["F1"], "avoid": ["F2"], "openToOtherSpecialties": true}
            """;

    @Test
    void savesOwnFormAndKeepsEveryVersion() throws Exception {
        World world = data.world(CohortState.OPEN_FOR_PREFERENCES);
        save(world, world.resident1(), 0, GOOD_FORM)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.form.availability[1]").value("TUE-07"))
                .andExpect(jsonPath("$.savedVersions").value(1))
                .andExpect(jsonPath("$.editable").value(true));
        save(world, world.resident1(), 1, GOOD_FORM.replace("\"ranking\": [\"F1\"]", "\"ranking\": []"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.savedVersions").value(2));
        mvc.perform(get("/api/cohorts/" + world.cohortId() + "/residents/R1/preferences/versions").with(data.as(world.resident1())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].form.ranking[0]").value("F1"))
                .andExpect(jsonPath("$[1].form.ranking", hasSize(0)))
                .andExpect(jsonPath("$[1].savedBy").value(world.resident1()));
    }

    @Test
    void refusesChangesFromTheDeadlineOn() throws Exception {
        World world = data.world(CohortState.OPEN_FOR_PREFERENCES);
        clock.advance(Duration.ofDays(31));
        save(world, world.resident1(), 0, GOOD_FORM)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://mentormatch.io/problems/preference-deadline-passed"));
        mvc.perform(get("/api/cohorts/" + world.cohortId() + "/residents/R1/preferences").with(data.as(world.resident1())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.editable").value(false));
    }

    @Test
    void refusesChangesBeforeTheCohortOpens() throws Exception {
        World world = data.world(CohortState.DRAFT);
        save(world, world.resident1(), 0, GOOD_FORM)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://mentormatch.io/problems/preferences-closed"));
    }

    @Test
    void reportsEveryProblemOfTheForm() throws Exception {
        World world = data.world(CohortState.OPEN_FOR_PREFERENCES);
        save(world, world.resident1(), 0, """
                {"ranking": ["F1", "F404", "F1", "F2"], "avoid": ["F2", "F999"], "availability": ["MON-25"]}
                """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://mentormatch.io/problems/invalid-preferences"))
                .andExpect(jsonPath("$.errors[*].message", hasItem("A mentor in your ranking is no longer in this cohort."
                        + " Remove them from your ranking.")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("Dr. F1 is in your ranking twice. Keep one.")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("You ranked Dr. F2 and also asked never to get them."
                        + " Choose one.")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("A mentor you asked never to get is no longer in this"
                        + " cohort. Reload the page and check the list.")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("availability")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("You ranked 4 mentors; this program allows at most 3."
                        + " Remove 1 of them.")));
    }

    @Test
    void refusesRankingAMentorWhoTakesNoMenteesThisYear() throws Exception {
        World world = data.world(CohortState.OPEN_FOR_PREFERENCES);
        jdbc.update("update mentor set accepting = false where cohort_id = ? and code = 'F2'", world.cohortId());
        save(world, world.resident1(), 0, """
                {"ranking": ["F1", "F2"], "availability": ["MON-18"]}
                """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("ranking"))
                .andExpect(jsonPath("$.errors[0].message").value("Dr. F2 is not taking mentees this year, so you cannot"
                        + " rank them. Remove them from your ranking."));
    }

    @Test
    void refusesStaleVersionWithWhatChanged() throws Exception {
        World world = data.world(CohortState.OPEN_FOR_PREFERENCES);
        save(world, world.resident1(), 0, GOOD_FORM).andExpect(status().isOk());
        save(world, world.resident1(), 0, GOOD_FORM.replace("Cardiology", "Nephrology"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://mentormatch.io/problems/concurrent-edit"))
                .andExpect(jsonPath("$.changes[0].field").value("careerGoal"))
                .andExpect(jsonPath("$.changes[0].current").value("Cardiology"));
    }

    @Test
    void keepsAResidentOutOfAnotherResidentsForm() throws Exception {
        World world = data.world(CohortState.OPEN_FOR_PREFERENCES);
        save(world, world.resident2(), 0, GOOD_FORM).andExpect(status().isForbidden());
        mvc.perform(get("/api/cohorts/" + world.cohortId() + "/residents/R1/preferences").with(data.as(world.resident2())))
                .andExpect(status().isForbidden());
    }

    @Test
    void letsTheDirectorReadAnyFormOfTheCohort() throws Exception {
        World world = data.world(CohortState.OPEN_FOR_PREFERENCES);
        mvc.perform(get("/api/cohorts/" + world.cohortId() + "/residents/R2/preferences").with(data.as(world.director())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.residentId").value("R2"));
        mvc.perform(get("/api/cohorts/" + world.cohortId() + "/residents/R404/preferences").with(data.as(world.director())))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://mentormatch.io/problems/resident-not-found"));
    }

    @Test
    void recommendsCompatibleMentorsBestFirst() throws Exception {
        World world = data.world(CohortState.OPEN_FOR_PREFERENCES);
        mvc.perform(get("/api/cohorts/" + world.cohortId() + "/residents/R1/recommendations").with(data.as(world.resident1())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].mentorId").value("F1"))
                .andExpect(jsonPath("$[0].reasons").isNotEmpty());
        mvc.perform(get("/api/cohorts/" + world.cohortId() + "/residents/R404/recommendations").with(data.as(world.director())))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://mentormatch.io/problems/resident-not-found"));
    }

    private ResultActions recommendationsOfR1(World world) throws Exception {
        return mvc.perform(get("/api/cohorts/" + world.cohortId() + "/residents/R1/recommendations")
                .with(data.as(world.resident1())));
    }

    @Test
    void recommendsAfterAMentorProfileChangeWhatTheNewProfileAllows() throws Exception {
        World world = data.world(CohortState.OPEN_FOR_PREFERENCES);
        recommendationsOfR1(world).andExpect(jsonPath("$[0].mentorId").value("F1"));
        mvc.perform(put("/api/cohorts/" + world.cohortId() + "/mentors/F1/profile")
                        .with(data.as(world.mentor1())).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"version": 0, "profile": {"specialty": "Cardiology", "capacity": 1, "accepting": false}}
                                """))
                .andExpect(status().isOk());
        recommendationsOfR1(world)
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].mentorId").value("F2"));
    }

    @Test
    void recommendsAfterASavedFormWhatTheNewFormAllows() throws Exception {
        World world = data.world(CohortState.OPEN_FOR_PREFERENCES);
        recommendationsOfR1(world).andExpect(jsonPath("$[0].mentorId").value("F1"));
        save(world, world.resident1(), 0, """
                {"careerGoal": "Cardiology", "avoid": ["F1"], "openToOtherSpecialties": true}
                """).andExpect(status().isOk());
        recommendationsOfR1(world)
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].mentorId").value("F2"));
    }

    @Test
    void recommendsAfterARosterChangeWhatTheNewRosterAllows() throws Exception {
        World world = data.world(CohortState.OPEN_FOR_PREFERENCES);
        recommendationsOfR1(world).andExpect(jsonPath("$[0].mentorId").value("F1"));
        mvc.perform(post("/api/cohorts/" + world.cohortId() + "/conflicts")
                        .with(data.as(world.director())).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"residentId": "R1", "mentorId": "F1", "reason": "married"}
                                """))
                .andExpect(status().is2xxSuccessful());
        recommendationsOfR1(world)
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].mentorId").value("F2"));
    }

    @Test
    void listsOwnForms() throws Exception {
        World world = data.world(CohortState.OPEN_FOR_PREFERENCES);
        mvc.perform(get("/api/me/preference-forms").with(data.as(world.resident1())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].residentId").value("R1"))
                .andExpect(jsonPath("$[0].cohortId").value(world.cohortId()));
    }

    @Test
    void refusesFormWithFieldsOfTheWrongShape() throws Exception {
        World world = data.world(CohortState.OPEN_FOR_PREFERENCES);
        save(world, world.resident1(), 0, "{\"ranking\": \"F1\", \"openToOtherSpecialties\": \"perhaps\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://mentormatch.io/problems/malformed-request"));
        mvc.perform(put("/api/cohorts/" + world.cohortId() + "/residents/R1/preferences")
                        .with(data.as(world.resident1())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"form\": {\"interests\": [\"\"]}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://mentormatch.io/problems/validation"))
                .andExpect(jsonPath("$.errors", hasSize(2)));
    }
}
