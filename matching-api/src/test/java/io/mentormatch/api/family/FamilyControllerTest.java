package io.mentormatch.api.family;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import io.mentormatch.api.Pairings;
import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.cohort.CohortState;

@SpringBootTest
@AutoConfigureMockMvc
class FamilyControllerTest {

    private static final String PROBLEMS = "https://mentormatch.io/problems/";
    /** A Wednesday noon in UTC: the next Monday 18:00 in New York is 30 November 2026, 23:00 UTC. */
    private static final Instant PUBLISHED = Instant.parse("2026-11-25T12:00:00Z");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    Pairings pairings;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void groupsAFacultyMentorsMenteesIntoAFamilyWithTheHoursAllAreFree() throws Exception {
        World world = familyOfF1(3);
        slots(world, "resident", "R2", "[\"MON-18\", \"WED-07\", \"FRI-10\"]");
        slots(world, "resident", "R1", "[\"MON-18\", \"WED-07\"]");

        mvc.perform(get("/api/cohorts/{id}/families", world.cohortId()).with(data.as(world.director())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].mentor").value("F1"))
                .andExpect(jsonPath("$[0].members.length()").value(2))
                .andExpect(jsonPath("$[0].members[0].code").value("R1"))
                .andExpect(jsonPath("$[0].members[1].code").value("R2"))
                .andExpect(jsonPath("$[0].commonHours").value(2))
                .andExpect(jsonPath("$[0].commonSlots[0]").value("MON-18"))
                .andExpect(jsonPath("$[0].commonSlots[1]").value("WED-07"))
                .andExpect(jsonPath("$[0].suggestedMeetings.length()").value(3));
        slots(world, "resident", "R2", "[\"MON-18\", \"FRI-10\"]");
        mvc.perform(get("/api/cohorts/{id}/families", world.cohortId()).with(data.as(world.director())))
                .andExpect(jsonPath("$[0].commonHours").value(1))
                .andExpect(jsonPath("$[0].commonSlots.length()").value(1));
    }

    @Test
    void showsEachMemberAndTheMentorTheirOwnFamilyOnly() throws Exception {
        World world = familyOfF1(3);

        for (String member : new String[] {world.resident2(), world.mentor1()}) {
            mvc.perform(get("/api/cohorts/{id}/families/mine", world.cohortId()).with(data.as(member)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.length()").value(1))
                    .andExpect(jsonPath("$[0].mentor").value("F1"))
                    .andExpect(jsonPath("$[0].members[0].name").value("Resident R1"))
                    .andExpect(jsonPath("$[0].members[1].name").value("Resident R2"));
        }
        mvc.perform(get("/api/cohorts/{id}/families/mine", world.cohortId()).with(data.as(world.mentor2())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/cohorts/{id}/families", world.cohortId()).with(data.as(world.resident1())))
                .andExpect(status().isForbidden());
    }

    @Test
    void findsNoFamilyInAOneToOneCohort() throws Exception {
        World world = data.world(CohortState.MATCHING);
        pairings.publishedAt(world, PUBLISHED);
        moveR2ToF1(world);

        mvc.perform(get("/api/cohorts/{id}/families", world.cohortId()).with(data.as(world.director())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/cohorts/{id}/families/F1/meetings.ics", world.cohortId()).with(data.as(world.director())))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "family-not-found"));
    }

    @Test
    void formsNoFamilyAroundASeniorResidentMentor() throws Exception {
        World world = data.world(CohortState.MATCHING);
        pairings.publishedAt(world, PUBLISHED);
        jdbc.update("update cohort set family_size = 3 where id = ?", world.cohortId());
        jdbc.update("update mentor set kind = 'SENIOR_RESIDENT' where cohort_id = ? and code = 'F1'", world.cohortId());

        mvc.perform(get("/api/cohorts/{id}/families", world.cohortId()).with(data.as(world.director())))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].mentor").value("F2"))
                .andExpect(jsonPath("$[0].members[0].code").value("R2"));
        mvc.perform(get("/api/cohorts/{id}/families/mine", world.cohortId()).with(data.as(world.resident1())))
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void servesTheFamilyARecurringCalendarFromItsGroupSlot() throws Exception {
        World world = familyOfF1(3);
        jdbc.update("update program set time_zone = 'America/New_York' where id = ?", world.programId());

        for (String allowed : new String[] {world.resident1(), world.resident2(), world.mentor1(), world.director()}) {
            mvc.perform(get("/api/cohorts/{id}/families/F1/meetings.ics", world.cohortId()).with(data.as(allowed)))
                    .andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                    .andExpect(content().string(containsString("DTSTART;TZID=America/New_York:20261130T180000\r\n")))
                    .andExpect(content().string(containsString("RRULE:FREQ=WEEKLY;COUNT=5;INTERVAL=12\r\n")));
        }
        for (String outsider : new String[] {world.mentor2(), data.outsiderDirector()}) {
            mvc.perform(get("/api/cohorts/{id}/families/F1/meetings.ics", world.cohortId()).with(data.as(outsider)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().string(not(containsString("BEGIN:VCALENDAR"))));
        }
    }

    @Test
    void refusesTheCalendarOfAFamilyWithNoCommonHour() throws Exception {
        World world = familyOfF1(3);
        slots(world, "resident", "R2", "[\"TUE-09\"]");

        mvc.perform(get("/api/cohorts/{id}/families", world.cohortId()).with(data.as(world.director())))
                .andExpect(jsonPath("$[0].commonHours").value(0))
                .andExpect(jsonPath("$[0].suggestedMeetings.length()").value(0));
        mvc.perform(get("/api/cohorts/{id}/families/F1/meetings.ics", world.cohortId()).with(data.as(world.resident1())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "no-family-hour"));
    }

    @Test
    void refusesFamiliesOfACohortNotPublished() throws Exception {
        World world = data.world(CohortState.MATCHING);
        pairings.proposed(world);
        jdbc.update("update cohort set family_size = 3 where id = ?", world.cohortId());

        mvc.perform(get("/api/cohorts/{id}/families", world.cohortId()).with(data.as(world.director())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "not-published"));
    }

    /** A published family cohort in which F1 leads R1 and R2 (all free on Mondays at 18:00) and F2 has no mentee. */
    private World familyOfF1(int familySize) {
        World world = data.world(CohortState.MATCHING);
        pairings.publishedAt(world, PUBLISHED);
        jdbc.update("update cohort set family_size = ? where id = ?", familySize, world.cohortId());
        moveR2ToF1(world);
        return world;
    }

    private void moveR2ToF1(World world) {
        jdbc.update("""
                update proposal set mentor_id = (select id from mentor where cohort_id = ? and code = 'F1')
                where resident_id = (select id from resident where cohort_id = ? and code = 'R2')""",
                world.cohortId(), world.cohortId());
    }

    private void slots(World world, String table, String code, String json) {
        jdbc.update("update " + table + " set availability = ? where cohort_id = ? and code = ?", json, world.cohortId(), code);
    }
}
