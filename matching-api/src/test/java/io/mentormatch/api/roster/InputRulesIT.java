package io.mentormatch.api.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

import io.mentormatch.api.Http;
import io.mentormatch.api.Pairings;
import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.cohort.CohortState;

import io.mentormatch.api.roster.internal.MentorEntity;
import io.mentormatch.api.roster.internal.MentorRepository;

/**
 * One input rule for every way in, over real HTTP: the cohort file import refuses what the roster CSV import
 * refuses (a code with a line break that once reached a calendar's UID line, markup and NUL characters in names),
 * and calendars build their UID from ids alone, whatever a stored name holds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InputRulesIT {

    private static final String INJECTED_ID = "F9\r\nATTACH:https://attacker.example/x";

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    Pairings pairings;
    @Autowired
    MentorRepository mentors;
    @Autowired
    JdbcTemplate jdbc;

    private Http http() {
        return new Http(port);
    }

    private static String cohortFile(String mentorId, String mentorName) {
        return """
                {"formatVersion": 1, "cohort": {"id": "C1"},
                 "mentors": [{"id": %s, "name": %s, "capacity": 1}],
                 "residents": [{"id": "R1", "name": "Amara Okafor"}]}
                """.formatted(json(mentorId), json(mentorName));
    }

    private static String json(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n").replace("\u0000", "\\u0000")
                .replace("\"", "\\\"") + "\"";
    }

    @Test
    void refusesACohortFileWhoseMentorIdCarriesALineBreakAndStoresNothing() {
        World world = data.world(CohortState.DRAFT);

        Http.Response response = http().call(HttpMethod.PUT, world.director(), "/api/cohorts/" + world.cohortId() + "/file",
                cohortFile(INJECTED_ID, "Dr. Lee"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).contains("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("mentors[0].id");
        assertThat(response.body()).contains("letters, digits").doesNotContain("\\r\\nATTACH");
        assertThat(mentors.findByCohortIdOrderByCode(world.cohortId())).extracting(MentorEntity::getCode)
                .containsExactly("F1", "F2");
    }

    @Test
    void refusesMarkupAndNulCharactersInACohortFilesNames() {
        World world = data.world(CohortState.DRAFT);

        for (String name : new String[] {"<script>alert(1)</script>", "Dr. Lee\u0000"}) {
            Http.Response response = http().call(HttpMethod.PUT, world.director(),
                    "/api/cohorts/" + world.cohortId() + "/file", cohortFile("F9", name));

            assertThat(response.status()).as(name).isEqualTo(400);
            assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("mentors[F9].name");
        }
        assertThat(mentors.findByCohortIdAndCode(world.cohortId(), "F9")).isEmpty();
    }

    @Test
    void buildsTheFamilyCalendarsUidFromIdsAloneAndEscapesEveryStoredText() {
        World world = data.world(CohortState.MATCHING);
        pairings.publishedAt(world, Instant.parse("2026-11-25T12:00:00Z"));
        jdbc.update("update cohort set family_size = 3 where id = ?", world.cohortId());
        // a name stored before the input rule held everywhere
        jdbc.update("update mentor set name = ? where cohort_id = ? and code = 'F1'",
                "Dr. Lee\r\nATTACH:https://attacker.example/x\u0007", world.cohortId());

        Http.Response response = http().get(world.mentor1(), "/api/cohorts/" + world.cohortId() + "/families/F1/meetings.ics");

        assertThat(response.status()).isEqualTo(200);
        String unfolded = response.body().replace("\r\n ", "");
        assertThat(Arrays.stream(unfolded.split("\r\n")).filter(line -> line.startsWith("UID:")))
                .singleElement().asString().matches("UID:family-\\d+-mentor-\\d+@mentormatch\\.io");
        assertThat(unfolded.split("\r\n")).noneMatch(line -> line.startsWith("ATTACH"));
        assertThat(unfolded).doesNotContain("\u0007").contains("Dr. Lee\\nATTACH:https://attacker.example/x");
    }
}
