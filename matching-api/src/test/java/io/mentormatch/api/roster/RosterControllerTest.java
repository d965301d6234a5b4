package io.mentormatch.api.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.cohort.CohortState;
import io.mentormatch.core.cohort.Cohort;

import io.mentormatch.api.roster.internal.ResidentEntity;
import io.mentormatch.api.roster.internal.MentorRepository;
import io.mentormatch.api.roster.internal.ResidentRepository;

@SpringBootTest
@AutoConfigureMockMvc
class RosterControllerTest {

    private static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    ResidentRepository residents;
    @Autowired
    MentorRepository mentors;
    @Autowired
    CohortAssembler assembler;

    private MockHttpServletRequestBuilder importResidents(World world, String csv, boolean dryRun) {
        return post("/api/cohorts/" + world.cohortId() + "/residents/import?dryRun=" + dryRun)
                .with(data.as(world.director())).with(csrf())
                .contentType(TEXT_CSV).content(csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void importsResidentsAndUpdatesKnownOnes() throws Exception {
        World world = data.world(CohortState.DRAFT);
        String csv = """
                id,name,email,specialty,careerGoal,interests,availability,openToOtherSpecialties
                R1,Renamed One,,Internal Medicine,Cardiology,research,MON-18,true
                R9,New Nine,new.nine@example.org,Pediatrics,Neonatology,teaching;wellness,tue-12;WED-07,no
                """;
        mvc.perform(importResidents(world, csv, false))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(1))
                .andExpect(jsonPath("$.updated").value(1))
                .andExpect(jsonPath("$.problems", hasSize(0)));
        ResidentEntity nine = residents.findByCohortIdAndCode(world.cohortId(), "R9").orElseThrow();
        assertThat(nine.getAvailability()).containsExactly("TUE-12", "WED-07");
        assertThat(nine.isOpenToOtherSpecialties()).isFalse();
        assertThat(nine.getUserId()).isNotNull();
        assertThat(residents.findByCohortIdAndCode(world.cohortId(), "R1").orElseThrow().getName()).isEqualTo("Renamed One");
    }

    @Test
    void dryRunReportsEveryBadRowWithItsLineAndChangesNothing() throws Exception {
        World world = data.world(CohortState.DRAFT);
        String csv = """
                id,name,email,kind,specialty,interests,availability,capacity,accepting
                F7,Dr. Seven,,FACULTY,Surgery,,MON-07,2,true
                F8,,not-an-email,WIZARD,Surgery,,XYZ-99,-1,maybe
                F7,Dr. Again,,FACULTY,Surgery,,,1,true
                """;
        mvc.perform(post("/api/cohorts/" + world.cohortId() + "/mentors/import?dryRun=true")
                        .with(data.as(world.director())).with(csrf()).contentType(TEXT_CSV).content(csv))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dryRun").value(true))
                .andExpect(jsonPath("$.rows").value(3))
                .andExpect(jsonPath("$.problems[*].line", hasItem(3)))
                .andExpect(jsonPath("$.problems[*].line", hasItem(4)))
                .andExpect(jsonPath("$.problems[*].field", hasItem("name")))
                .andExpect(jsonPath("$.problems[*].field", hasItem("email")))
                .andExpect(jsonPath("$.problems[*].field", hasItem("kind")))
                .andExpect(jsonPath("$.problems[*].field", hasItem("availability")))
                .andExpect(jsonPath("$.problems[*].field", hasItem("capacity")))
                .andExpect(jsonPath("$.problems[*].field", hasItem("accepting")))
                .andExpect(jsonPath("$.problems[*].field", hasItem("id")))
                .andExpect(jsonPath("$.problems[?(@.field == 'capacity')].message",
                        hasItem("Capacity -1 is less than zero; write a number from 0 to 50.")))
                .andExpect(jsonPath("$.problems[?(@.field == 'kind')].message",
                        hasItem("'WIZARD' is not a kind of mentor; write faculty or senior resident.")))
                .andExpect(jsonPath("$.problems[?(@.field == 'accepting')].message",
                        hasItem("'maybe' is neither yes nor no; write yes or no.")))
                .andExpect(jsonPath("$.problems[*].message", everyItem(not(containsString("must be")))));
        assertThat(mentors.findByCohortIdAndCode(world.cohortId(), "F7")).isEmpty();
    }

    @Test
    void refusesWholeImportWhenOneRowIsBad() throws Exception {
        World world = data.world(CohortState.DRAFT);
        String csv = """
                id,name
                R5,Good Five
                R6,
                """;
        mvc.perform(importResidents(world, csv, false))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://mentormatch.io/problems/invalid-roster"))
                .andExpect(jsonPath("$.errors[0].line").value(3))
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        assertThat(residents.findByCohortIdAndCode(world.cohortId(), "R5")).isEmpty();
    }

    @Test
    void refusesUnknownAndMissingColumns() throws Exception {
        World world = data.world(CohortState.DRAFT);
        mvc.perform(importResidents(world, "name,shoeSize\nAnn,38\n", false))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("shoeSize")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("id")));
    }

    @Test
    void refusesMalformedCsv() throws Exception {
        World world = data.world(CohortState.DRAFT);
        mvc.perform(importResidents(world, "id,name\nR5,\"unterminated\n", false))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("malformed CSV")));
    }

    @Test
    void refusesFileThatIsNotUtf8() throws Exception {
        World world = data.world(CohortState.DRAFT);
        byte[] latin1 = "id,name\nR5,Jos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        mvc.perform(post("/api/cohorts/" + world.cohortId() + "/residents/import")
                        .with(data.as(world.director())).with(csrf()).contentType(TEXT_CSV).content(latin1))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("UTF-8")));
    }

    @Test
    void refusesImportOnceMatchingStarted() throws Exception {
        World world = data.world(CohortState.MATCHING);
        mvc.perform(importResidents(world, "id,name\nR5,Five\n", false))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://mentormatch.io/problems/cohort-locked"));
    }

    /** Issue 19: the row is imported unlinked, and the report says so without naming the account's role. */
    @Test
    void leavesARowWithTheEmailOfAnAccountWithAnotherRoleUnlinked() throws Exception {
        World world = data.world(CohortState.DRAFT);
        String csv = "id,name,email\nR5,Five," + world.director() + "@example.org\n";
        mvc.perform(importResidents(world, csv, true))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.problems", hasSize(0)))
                .andExpect(jsonPath("$.notices[0].field").value("email"))
                .andExpect(jsonPath("$.notices[0].line").value(2))
                .andExpect(jsonPath("$.notices[0].message").value(ImportReport.ACCOUNT_EXISTS));
    }

    @Test
    void servesTemplatesThatImportCleanly() throws Exception {
        World world = data.world(CohortState.DRAFT);
        String template = mvc.perform(get("/api/roster-templates/mentors.csv").with(data.as(world.director())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("mentors-template.csv")))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(post("/api/cohorts/" + world.cohortId() + "/mentors/import?dryRun=true")
                        .with(data.as(world.director())).with(csrf()).contentType(TEXT_CSV).content(template))
                .andExpect(jsonPath("$.problems", hasSize(0)))
                .andExpect(jsonPath("$.created").value(1));
    }

    @Test
    void neutralisesFormulasOnExport() throws Exception {
        World world = data.world(CohortState.DRAFT);
        mvc.perform(importResidents(world, "id,name\nR5,\"=HYPERLINK(\"\"http://evil\"\")\"\n", false))
                .andExpect(status().isOk());
        mvc.perform(get("/api/cohorts/" + world.cohortId() + "/residents.csv").with(data.as(world.director())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("'=HYPERLINK")));
    }

    @Test
    void importsAndExportsTheCohortFile() throws Exception {
        World world = data.world(CohortState.DRAFT);
        byte[] file = new ClassPathResource("cohort-small.json").getContentAsByteArray();
        mvc.perform(put("/api/cohorts/" + world.cohortId() + "/file").with(data.as(world.director())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(file))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(38));
        Cohort stored = assembler.toCore(world.cohortId());
        assertThat(stored.mentors()).hasSize(14);
        assertThat(stored.residents()).hasSize(24);
        assertThat(stored.previousPairs()).hasSize(1);
        mvc.perform(get("/api/cohorts/" + world.cohortId() + "/file").with(data.as(world.director())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.formatVersion").value(1))
                .andExpect(jsonPath("$.mentors", hasSize(14)))
                .andExpect(jsonPath("$.residents", hasSize(24)));
    }

    @Test
    void reportsEveryProblemOfABadCohortFile() throws Exception {
        World world = data.world(CohortState.DRAFT);
        String bad = """
                {"formatVersion": 1, "cohort": {"id": "X"},
                 "mentors": [{"id": "F1", "capacity": -2, "availability": ["FUN-99"]}],
                 "residents": [{"id": "R1", "ranking": ["F404"]}]}
                """;
        mvc.perform(put("/api/cohorts/" + world.cohortId() + "/file").with(data.as(world.director())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(bad))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(3)))
                .andExpect(jsonPath("$.errors[*].field", hasItem("mentors[F1].capacity")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("residents[R1].ranking")));
        assertThat(mentors.findByCohortIdAndCode(world.cohortId(), "F1")).isPresent();
    }

    @Test
    void refusesTruncatedCohortFile() throws Exception {
        World world = data.world(CohortState.DRAFT);
        mvc.perform(put("/api/cohorts/" + world.cohortId() + "/file").with(data.as(world.director())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"formatVersion\": 1, \"mentors\": [{\"id\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("malformed JSON")));
    }

    @Test
    void countsTheRosterForTheDashboard() throws Exception {
        World world = data.world(CohortState.DRAFT);
        mvc.perform(get("/api/cohorts/" + world.cohortId() + "/roster-overview").with(data.as(world.director())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.residents").value(2))
                .andExpect(jsonPath("$.formsSaved").value(0))
                .andExpect(jsonPath("$.mentors").value(2))
                .andExpect(jsonPath("$.mentorCapacity").value(4));
    }

    @Test
    void declaresAndWithdrawsConflictsOfInterest() throws Exception {
        World world = data.world(CohortState.DRAFT);
        String conflicts = "/api/cohorts/" + world.cohortId() + "/conflicts";
        mvc.perform(post(conflicts).with(data.as(world.director())).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"residentId\": \"R1\", \"mentorId\": \"F2\", \"reason\": \"evaluates R1\"}"))
                .andExpect(status().isCreated());
        assertThat(assembler.toCore(world.cohortId()).conflicts()).hasSize(2);
        mvc.perform(get(conflicts).with(data.as(world.director())))
                .andExpect(jsonPath("$[*].mentorId", hasItem("F2")));
        mvc.perform(delete(conflicts + "/R1/F2").with(data.as(world.director())).with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(delete(conflicts + "/R1/F2").with(data.as(world.director())).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(assembler.toCore(world.cohortId()).conflicts()).hasSize(1);
    }

    @Test
    void refusesConflictWithSomeoneOutsideTheCohort() throws Exception {
        World world = data.world(CohortState.DRAFT);
        mvc.perform(post("/api/cohorts/" + world.cohortId() + "/conflicts").with(data.as(world.director())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"residentId\": \"R404\", \"mentorId\": \"F404\", \"reason\": \"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(2)));
    }
}
