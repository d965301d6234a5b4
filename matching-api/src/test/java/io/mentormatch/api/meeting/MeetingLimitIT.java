package io.mentormatch.api.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import io.mentormatch.api.Http;
import io.mentormatch.api.Pairings;
import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.cohort.CohortState;

/** At most 10 meetings per pairing per day, over real HTTP (issue 19, finding 10). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MeetingLimitIT {

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    Pairings pairings;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void refusesThe11thMeetingOfAPairingInADay() {
        World world = data.world(CohortState.MATCHING);
        long pairing = pairings.publishedAt(world, Instant.now().minus(30, ChronoUnit.DAYS)).proposalR1();
        String path = "/api/cohorts/" + world.cohortId() + "/pairings/" + pairing + "/meetings";
        Http http = new Http(port);
        for (int i = 0; i < 10; i++) {
            String who = i % 2 == 0 ? world.resident1() : world.mentor1();
            assertThat(http.post(who, path, meeting(i)).status()).isEqualTo(201);
        }

        Http.Response refused = http.post(world.mentor1(), path, meeting(10));

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.json().get("type").asString()).isEqualTo("https://mentormatch.io/problems/meeting-limit-reached");
        assertThat(refused.json().get("detail").asString())
                .isEqualTo("This pairing has already logged 10 meetings today, the most a day allows. "
                        + "Please log further meetings tomorrow.");
        assertThat(jdbc.queryForObject("select count(*) from mentoring_meeting where pairing_id = ?", Long.class, pairing))
                .isEqualTo(10);
    }

    private static String meeting(int daysAgo) {
        return "{\"date\": \"%s\", \"minutes\": 30, \"format\": \"VIDEO\"}"
                .formatted(LocalDate.now(ZoneOffset.UTC).minusDays(daysAgo + 1));
    }
}
