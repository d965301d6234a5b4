package io.mentormatch.api.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

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
import io.mentormatch.api.goal.GoalService;

@SpringBootTest
@AutoConfigureMockMvc
class MeetingControllerTest {

    private static final String PROBLEMS = "https://mentormatch.io/problems/";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    Pairings pairings;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void letsTheResidentLogAMeetingAndTheMentorConfirmIt() throws Exception {
        World world = data.world(CohortState.MATCHING);
        long pairing = pairings.publishedAt(world, Instant.now().minus(10, ChronoUnit.DAYS)).proposalR1();
        LocalDate lastWeek = LocalDate.now(ZoneOffset.UTC).minusDays(7);

        String body = log(world, world.resident1(), pairing, """
                {"date": "%s", "minutes": 45, "format": "IN_PERSON", "topics": ["research", "Board prep"], "note": "We talked"}
                """.formatted(lastWeek))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.date").value(lastWeek.toString()))
                .andExpect(jsonPath("$.topics[0]").value("Research"))
                .andExpect(jsonPath("$.topics[1]").value("Board prep"))
                .andExpect(jsonPath("$.loggedByMentor").value(false))
                .andReturn().getResponse().getContentAsString();
        long meeting = Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));

        mvc.perform(post(path(world, pairing) + "/meetings/{m}/confirmation", meeting).with(data.as(world.resident1())).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(path(world, pairing) + "/meetings/{m}/confirmation", meeting).with(data.as(world.mentor1())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.confirmedBy").value(world.mentor1()));
        mvc.perform(post(path(world, pairing) + "/meetings/{m}/confirmation", meeting).with(data.as(world.mentor1())).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "meeting-already-confirmed"));
        mvc.perform(get(path(world, pairing) + "/meetings").with(data.as(world.mentor1())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].note").value("We talked"));
        mvc.perform(get("/api/me/pairings").with(data.as(world.resident1())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].pairingId").value(pairing))
                .andExpect(jsonPath("$[0].cohortId").value(world.cohortId()))
                .andExpect(jsonPath("$[0].resident.code").value("R1"))
                .andExpect(jsonPath("$[0].mentor.code").value("F1"))
                .andExpect(jsonPath("$[0].status").value("ON_TRACK"))
                .andExpect(jsonPath("$[0].nextMeetingDue").value(lastWeek.plusWeeks(12).toString()));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where cohort_id = ? and action like 'meeting.%'",
                Long.class, world.cohortId())).isEqualTo(2);
    }

    @Test
    void refusesBadMeetingsAndStoresNothing() throws Exception {
        World world = data.world(CohortState.MATCHING);
        long pairing = pairings.publishedAt(world, Instant.now().minus(10, ChronoUnit.DAYS)).proposalR1();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        log(world, world.resident1(), pairing, meeting(today.plusDays(1), 45, "VIDEO"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("date"));
        log(world, world.resident1(), pairing, meeting(today.minusDays(30), 45, "VIDEO"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("date"));
        log(world, world.resident1(), pairing, meeting(today, 0, "VIDEO"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("minutes"));
        log(world, world.resident1(), pairing, meeting(today, 45, "TELEPATHY"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.type").value(PROBLEMS + "malformed-request"));
        log(world, world.resident1(), pairing, """
                {"date": "%s", "minutes": 45, "format": "VIDEO", "note": "%s"}""".formatted(today, "x".repeat(2001)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("note"));
        log(world, world.resident1(), pairing, "{\"date\": ").andExpect(status().isBadRequest());
        log(world, world.resident2(), pairing, meeting(today, 45, "VIDEO")).andExpect(status().isForbidden());
        log(world, world.director(), pairing, meeting(today, 45, "VIDEO")).andExpect(status().isForbidden());
        log(world, world.resident1(), 987654321L, meeting(today, 45, "VIDEO")).andExpect(status().isNotFound());

        assertThat(jdbc.queryForObject("select count(*) from mentoring_meeting where cohort_id = ?", Long.class,
                world.cohortId())).isZero();
    }

    /**
     * Notes and goal texts are the pair's: the director reads neither, in no view and no export; with one pair's goals
     * not even their count per competency (GoalPrivacyIT has the threshold).
     */
    @Test
    void keepsNotesAndGoalTextsFromTheDirector() throws Exception {
        World world = data.world(CohortState.MATCHING);
        long pairing = pairings.published(world).proposalR1();
        pairings.meeting(world, pairing, false);
        pairings.goal(world, pairing);

        mvc.perform(get(path(world, pairing) + "/meetings").with(data.as(world.director()))).andExpect(status().isForbidden());
        mvc.perform(get(path(world, pairing) + "/goals").with(data.as(world.director()))).andExpect(status().isForbidden());
        mvc.perform(get(path(world, pairing) + "/goals").with(data.as(world.admin()))).andExpect(status().isForbidden());
        String health = mvc.perform(get("/api/cohorts/{c}/health", world.cohortId()).with(data.as(world.director())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pairs").value(2))
                .andExpect(jsonPath("$.pairsMet").value(1))
                .andExpect(jsonPath("$.meetings").value(1))
                .andExpect(jsonPath("$.meetingsPerPair").value(0.5))
                .andExpect(jsonPath("$.goalsByCompetency").isEmpty())
                .andExpect(jsonPath("$.surveys").isMap())
                .andReturn().getResponse().getContentAsString();
        String csv = mvc.perform(get("/api/cohorts/{c}/health.csv", world.cohortId()).with(data.as(world.director())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String audit = mvc.perform(get("/api/cohorts/{c}/audit", world.cohortId()).with(data.as(world.director())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(health + csv + audit).doesNotContain("private note").doesNotContain("private goal text");
        mvc.perform(get(path(world, pairing) + "/goals").with(data.as(world.mentor1())))
                .andExpect(jsonPath("$[0].text").value("private goal text"));
    }

    @Test
    void capsGoalsAtFivePerPair() throws Exception {
        World world = data.world(CohortState.MATCHING);
        long pairing = pairings.published(world).proposalR1();
        for (int i = 0; i < GoalService.MAX_GOALS; i++) {
            addGoal(world, pairing).andExpect(status().isCreated());
        }
        addGoal(world, pairing).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "goal-limit-reached"));
    }

    @Test
    void servesARecurringSeriesAtTheCadence() throws Exception {
        World world = data.world(CohortState.MATCHING);
        long pairing = pairings.published(world).proposalR1();

        String ics = mvc.perform(get(path(world, pairing) + "/meetings.ics").with(data.as(world.resident1())))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andExpect(content().string(startsWith("BEGIN:VCALENDAR\r\n")))
                .andReturn().getResponse().getContentAsString();

        assertThat(ics).containsPattern("RRULE:FREQ=WEEKLY;COUNT=\\d+;INTERVAL=12\r\n").contains("BEGIN:VTIMEZONE\r\nTZID:UTC\r\n").doesNotContain("private");
        // the pair's common hour is Monday 18:00 in the program's zone, UTC (TestData)
        assertThat(ics.replaceAll("(?s).*DTSTART;TZID=UTC:(\\d{8}T\\d{6})\r\n.*", "$1")).endsWith("T180000");
    }

    private ResultActions addGoal(World world, long pairing) throws Exception {
        return mvc.perform(post(path(world, pairing) + "/goals").with(data.as(world.resident1())).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\": \"Present at grand rounds\", \"competency\": \"COMMUNICATION\", \"targetDate\": \"2027-03-01\"}"));
    }

    private ResultActions log(World world, String user, long pairing, String body) throws Exception {
        return mvc.perform(post(path(world, pairing) + "/meetings").with(data.as(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static String path(World world, long pairing) {
        return "/api/cohorts/" + world.cohortId() + "/pairings/" + pairing;
    }

    private static String meeting(LocalDate date, int minutes, String format) {
        return "{\"date\": \"" + date + "\", \"minutes\": " + minutes + ", \"format\": \"" + format + "\"}";
    }
}
