package io.mentormatch.api.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import io.mentormatch.api.Pairings;
import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.cohort.CohortState;

@SpringBootTest
@AutoConfigureMockMvc
class SurveyControllerTest {

    private static final String PROBLEMS = "https://mentormatch.io/problems/";
    private static final String SECRET = "my mentor never listens";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    Pairings pairings;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SurveySignals signals;

    @Test
    void listsSurveysAsTheyFallDueAfterPublication() throws Exception {
        World early = data.world(CohortState.MATCHING);
        pairings.publishedDaysAgo(early, 10);
        mvc.perform(get("/api/me/surveys").with(data.as(early.resident1()))).andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(0)));

        World firstMonth = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.publishedDaysAgo(firstMonth, 40);
        mvc.perform(get("/api/me/surveys").with(data.as(firstMonth.resident1()))).andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].surveyId").value(stage.proposalR1() + "-first-meeting"))
                .andExpect(jsonPath("$[0].role").value("RESIDENT"))
                .andExpect(jsonPath("$[0].partner").value("Dr. F1"))
                .andExpect(jsonPath("$[0].questions.scoreQuestion").value("Is this a good fit?"));
        mvc.perform(get("/api/me/surveys").with(data.as(firstMonth.mentor1()))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].role").value("MENTOR"));
        mvc.perform(get("/api/me/surveys").with(data.as(firstMonth.director()))).andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(0)));

        // the first-meeting survey nobody answered closed when mid-year opened
        World midYear = data.world(CohortState.MATCHING);
        pairings.publishedDaysAgo(midYear, 200);
        mvc.perform(get("/api/me/surveys").with(data.as(midYear.resident2()))).andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].kind").value("MID_YEAR"))
                .andExpect(jsonPath("$[0].closesAt").exists());
    }

    @Test
    void takesOneAnswerPerPersonAndRefusesASecond() throws Exception {
        World world = data.world(CohortState.MATCHING);
        String survey = pairings.publishedDaysAgo(world, 40).proposalR1() + "-first-meeting";
        answer(world.resident1(), survey, "{\"score\": 4, \"text\": \"good start\"}").andExpect(status().isCreated())
                .andExpect(jsonPath("$.answered").value(true));
        answer(world.resident1(), survey, "{\"score\": 5}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "survey-already-answered"));
        mvc.perform(get("/api/me/surveys").with(data.as(world.resident1()))).andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(get("/api/me/surveys").with(data.as(world.mentor1()))).andExpect(jsonPath("$", hasSize(1)));
        answer(world.mentor1(), survey, "{\"score\": 5}").andExpect(status().isCreated());
        assertThat(responses(world)).isEqualTo(2);
    }

    @Test
    void refusesBadAnswersAndStoresNothing() throws Exception {
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.publishedDaysAgo(world, 40);
        String survey = stage.proposalR1() + "-first-meeting";
        for (String body : List.of("{\"score\": 0}", "{\"score\": 6}", "{}", "{\"score\": 3, \"recommend\": true}",
                "{\"score\": 3, \"text\": \"" + "x".repeat(2001) + "\"}")) {
            answer(world.resident1(), survey, body).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").exists());
        }
        answer(world.resident1(), survey, "{\"score\": ").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "malformed-request"));
        answer(world.resident1(), stage.proposalR1() + "-mid-year", "{\"score\": 3, \"recommend\": true}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.type").value(PROBLEMS + "survey-not-due"));
        answer(world.resident1(), "nonsense", "{\"score\": 3}").andExpect(status().isNotFound());
        answer(world.resident1(), stage.proposalR2() + "-first-meeting", "{\"score\": 3}").andExpect(status().isForbidden());
        answer(world.director(), survey, "{\"score\": 3}").andExpect(status().isForbidden());
        assertThat(responses(world)).isZero();

        World late = data.world(CohortState.MATCHING);
        String midYear = pairings.publishedDaysAgo(late, 200).proposalR1() + "-mid-year";
        answer(late.resident1(), midYear, "{\"score\": 3}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("recommend"));
        assertThat(responses(late)).isZero();
    }

    /** Privacy: the director reads rates, and aggregates from three answers on; no endpoint shows one answer. */
    @Test
    void showsTheDirectorAggregatesButNeverOnePersonsAnswer() throws Exception {
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.publishedDaysAgo(world, 40);
        answer(world.resident1(), stage.proposalR1() + "-first-meeting", "{\"score\": 1, \"text\": \"" + SECRET + "\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.offerChangeRequest").value(true));

        results(world).andExpect(jsonPath("$.surveys[0].responses").value(1))
                .andExpect(jsonPath("$.surveys[0].expected").value(4))
                .andExpect(jsonPath("$.surveys[0].suppressed").value(true))
                .andExpect(jsonPath("$.surveys[0].meanScore").value(nullValue()))
                .andExpect(jsonPath("$.surveys[0].distribution").value(nullValue()));
        mvc.perform(get("/api/cohorts/{id}/surveys/responses", world.cohortId()).with(data.as(world.director())))
                .andExpect(jsonPath("$.shown").value(false)).andExpect(jsonPath("$.answers", hasSize(0)));
        for (String path : List.of("/surveys/results", "/surveys/responses", "/audit", "/audit.csv", "/pairings")) {
            String body = mvc.perform(get("/api/cohorts/" + world.cohortId() + path).with(data.as(world.director())))
                    .andReturn().getResponse().getContentAsString();
            assertThat(body).as(path).doesNotContain(SECRET);
        }
        mvc.perform(get("/api/surveys/{id}", stage.proposalR1() + "-first-meeting").with(data.as(world.director())))
                .andExpect(status().isForbidden());
        assertThat(signals.poorFitPairings(world.cohortId())).containsExactly(stage.proposalR1());

        answer(world.mentor1(), stage.proposalR1() + "-first-meeting", "{\"score\": 4}").andExpect(status().isCreated());
        answer(world.resident2(), stage.proposalR2() + "-first-meeting", "{\"score\": 4}").andExpect(status().isCreated());
        results(world).andExpect(jsonPath("$.surveys[0].responses").value(3))
                .andExpect(jsonPath("$.surveys[0].suppressed").value(true))
                .andExpect(jsonPath("$.surveys[0].residentResponses").value(0));

        // once the window has closed, every answer given in it is counted, from three answers on
        jdbc.update("update publication set published_at = ? where cohort_id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofDays(200))), world.cohortId());
        jdbc.update("update survey_response set answered_at = ? where cohort_id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofDays(150))), world.cohortId());
        results(world).andExpect(jsonPath("$.surveys[0].suppressed").value(false))
                .andExpect(jsonPath("$.surveys[0].aggregated").value(3))
                .andExpect(jsonPath("$.surveys[0].meanScore").value(3.0))
                .andExpect(jsonPath("$.surveys[0].distribution[0]").value(1))
                .andExpect(jsonPath("$.surveys[0].distribution[3]").value(2));

        mvc.perform(put("/api/cohorts/{id}/surveys/settings", world.cohortId()).with(data.as(world.admin())).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"showIndividualAnswers\": true}")).andExpect(status().isOk());
        mvc.perform(get("/api/cohorts/{id}/surveys/responses", world.cohortId()).with(data.as(world.director())))
                .andExpect(jsonPath("$.shown").value(true)).andExpect(jsonPath("$.answers", hasSize(0)));
    }

    @Test
    void letsTheDirectorRewordTheQuestionsButNotChangeTheirTypes() throws Exception {
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.publishedDaysAgo(world, 40);
        reword(world, "first-meeting", "{\"scoreQuestion\": \"Does this pairing work for you?\", \"textQuestion\": \"Tell us more\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.custom").value(true));
        mvc.perform(get("/api/surveys/{id}", stage.proposalR1() + "-first-meeting").with(data.as(world.resident1())))
                .andExpect(jsonPath("$.questions.scoreQuestion").value("Does this pairing work for you?"));
        reword(world, "first-meeting", "{\"scoreQuestion\": \"Fit?\", \"recommendQuestion\": \"Recommend?\", \"textQuestion\": \"More\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("recommendQuestion"));
        reword(world, "mid-year", "{\"scoreQuestion\": \"Satisfied?\", \"textQuestion\": \"More\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("recommendQuestion"));
        reword(world, "mid-year", "{\"scoreQuestion\": \" \", \"recommendQuestion\": \"R?\", \"textQuestion\": \"More\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("scoreQuestion"));
        reword(world, "last-week", "{\"scoreQuestion\": \"S\", \"textQuestion\": \"T\"}").andExpect(status().isNotFound());
        mvc.perform(get("/api/cohorts/{id}/surveys/definitions", world.cohortId()).with(data.as(world.director())))
                .andExpect(jsonPath("$[0].custom").value(true)).andExpect(jsonPath("$[1].custom").value(false));
    }

    @Test
    void letsTheDirectorResetTheWordingToTheDefaultsAndAuditsIt() throws Exception {
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.publishedDaysAgo(world, 40);
        reword(world, "first-meeting", "{\"scoreQuestion\": \"Does this pairing work for you?\", \"textQuestion\": \"Tell us more\"}")
                .andExpect(status().isOk());

        reset(world, "first-meeting").andExpect(status().isOk()).andExpect(jsonPath("$.custom").value(false))
                .andExpect(jsonPath("$.questions.scoreQuestion").value("Is this a good fit?"));

        mvc.perform(get("/api/surveys/{id}", stage.proposalR1() + "-first-meeting").with(data.as(world.resident1())))
                .andExpect(jsonPath("$.questions.scoreQuestion").value("Is this a good fit?"));
        mvc.perform(get("/api/cohorts/{id}/surveys/definitions", world.cohortId()).with(data.as(world.director())))
                .andExpect(jsonPath("$[0].custom").value(false));
        assertThat(jdbc.queryForObject("select count(*) from survey_definition where cohort_id = ?", Long.class,
                world.cohortId())).isZero();
        assertThat(jdbc.queryForList("select before_json from audit_entry where cohort_id = ? and action = 'survey.wording-reset'",
                String.class, world.cohortId())).singleElement().asString().contains("Does this pairing work for you?");

        reset(world, "first-meeting").andExpect(status().isOk()).andExpect(jsonPath("$.custom").value(false));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where cohort_id = ? and action = 'survey.wording-reset'",
                Long.class, world.cohortId())).as("nothing to reset, nothing logged").isOne();
        reset(world, "last-week").andExpect(status().isNotFound());
    }

    private ResultActions reset(World world, String kind) throws Exception {
        return mvc.perform(delete("/api/cohorts/{id}/surveys/definitions/{kind}", world.cohortId(), kind)
                .with(data.as(world.director())).with(csrf()));
    }

    private ResultActions answer(String user, String survey, String body) throws Exception {
        return mvc.perform(post("/api/surveys/{id}/responses", survey).with(data.as(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions results(World world) throws Exception {
        return mvc.perform(get("/api/cohorts/{id}/surveys/results", world.cohortId()).with(data.as(world.director())))
                .andExpect(status().isOk());
    }

    private ResultActions reword(World world, String kind, String body) throws Exception {
        return mvc.perform(put("/api/cohorts/{id}/surveys/definitions/{kind}", world.cohortId(), kind)
                .with(data.as(world.director())).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private long responses(World world) {
        return jdbc.queryForObject("select count(*) from survey_response where cohort_id = ?", Long.class, world.cohortId());
    }
}
