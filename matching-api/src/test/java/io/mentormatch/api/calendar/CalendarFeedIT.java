package io.mentormatch.api.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.BeforeEach;
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

/** The calendar feed over real HTTP, read back with ical4j's own parser (issue 23). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CalendarFeedIT {

    private static final String ZONE = "America/Chicago";

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    Pairings pairings;
    @Autowired
    JdbcTemplate jdbc;

    private Http http;
    private World world;
    private Pairings.Stage stage;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        world = data.world(CohortState.MATCHING);
        jdbc.update("update program set time_zone = ? where id = ?", ZONE, world.programId());
        stage = pairings.publishedDaysAgo(world, 40);
        jdbc.update("update cohort set family_size = 3 where id = ?", world.cohortId());
    }

    @Test
    void servesThePersonsMeetingsDueMeetingSurveysAndFamilyInTheProgramsZone() throws Exception {
        long meeting = pairings.meeting(world, stage.proposalR1(), false);
        String path = subscribe(world.resident1());

        Http.Response answer = http.get(null, path);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("text/calendar");
        Calendar calendar = parse(answer.body());

        assertThat(calendar.<VTimeZone>getComponents("VTIMEZONE")).extracting(z -> z.getTimeZoneId().getValue())
                .containsExactly(ZONE);
        Map<String, VEvent> events = events(calendar);
        assertThat(events).containsKeys("meeting-" + meeting + "@mentormatch.io",
                "pairing-" + stage.proposalR1() + "-due@mentormatch.io",
                "survey-" + stage.proposalR1() + "-first-meeting@mentormatch.io");
        assertThat(events.keySet()).anyMatch(uid -> uid.startsWith("family-" + world.cohortId() + "-mentor-"));
        VEvent survey = events.get("survey-" + stage.proposalR1() + "-first-meeting@mentormatch.io");
        assertThat(survey.getDateTimeStart().getParameter("TZID").orElseThrow().getValue()).isEqualTo(ZONE);
        VEvent family = events.values().stream().filter(e -> e.getUid().orElseThrow().getValue().startsWith("family-"))
                .findFirst().orElseThrow();
        assertThat(family.getDateTimeStart().getParameter("TZID").orElseThrow().getValue()).isEqualTo(ZONE);
        assertThat(family.getProperty(Property.RRULE)).isPresent();
        VEvent met = events.get("meeting-" + meeting + "@mentormatch.io");
        assertThat(met.getDateTimeStart().getParameter("VALUE").orElseThrow().getValue()).isEqualTo("DATE");
        assertThat(met.getSummary().getValue()).isEqualTo("Mentoring meeting with Dr. F1");
        assertThat(events.values()).allSatisfy(e -> {
            assertThat(e.getProperty(Property.SEQUENCE)).isPresent();
            assertThat(e.getProperty(Property.LAST_MODIFIED)).isPresent();
        });
        assertThat(answer.body()).as("a meeting's note and topics stay with the pair")
                .doesNotContain("private note").doesNotContain("Research");
    }

    @Test
    void raisesTheSequenceOfAnEventThatChangedAndKeepsTheOthers() throws Exception {
        long first = pairings.meeting(world, stage.proposalR1(), false);
        String path = subscribe(world.resident1());
        Map<String, VEvent> before = events(parse(http.get(null, path).body()));
        jdbc.update("update mentoring_meeting set met_on = met_on - 7 where id = ?", first);
        Map<String, VEvent> after = events(parse(http.get(null, path).body()));

        String due = "pairing-" + stage.proposalR1() + "-due@mentormatch.io";
        String meeting = "meeting-" + first + "@mentormatch.io";
        String survey = "survey-" + stage.proposalR1() + "-first-meeting@mentormatch.io";
        assertThat(sequence(before.get(meeting))).isZero();
        assertThat(sequence(after.get(meeting))).isEqualTo(1);
        assertThat(sequence(after.get(due))).isEqualTo(1);
        assertThat(after.get(due).getDateTimeStart().getValue())
                .isNotEqualTo(before.get(due).getDateTimeStart().getValue());
        assertThat(sequence(after.get(survey))).isEqualTo(sequence(before.get(survey)));
    }

    @Test
    void showsNobodyElsesPairingsNorAnotherProgramsAndAnswersNotFoundForUnknownAddresses() throws Exception {
        pairings.meeting(world, stage.proposalR1(), false);
        World other = data.world(CohortState.MATCHING);
        pairings.published(other);

        String r2 = http.get(null, subscribe(world.resident2())).body();
        assertThat(events(parse(r2)).keySet()).noneMatch(uid -> uid.contains("-" + stage.proposalR1() + "-"))
                .anyMatch(uid -> uid.contains("-" + stage.proposalR2() + "-"));
        assertThat(r2).doesNotContain("Resident R1");
        String outsider = http.get(null, subscribe(other.resident1())).body();
        assertThat(events(parse(outsider)).keySet()).noneMatch(uid -> uid.contains("-" + stage.proposalR1() + "-"));

        assertThat(http.get(null, CalendarFeeds.PATH + "A".repeat(43) + ".ics").status()).isEqualTo(404);
        assertThat(http.get(null, CalendarFeeds.PATH + "x.ics").status()).isEqualTo(404);
    }

    @Test
    void stopsAReplacedOrRevokedAddressAtOnce() {
        String first = subscribe(world.mentor1());
        assertThat(http.get(null, first).status()).isEqualTo(200);
        String second = subscribe(world.mentor1());
        assertThat(http.get(null, first).status()).as("replaced").isEqualTo(404);
        assertThat(http.get(null, second).status()).isEqualTo(200);
        assertThat(http.get(world.mentor1(), "/api/me/calendar-feed").json().get("active").asBoolean()).isTrue();

        assertThat(http.call(HttpMethod.DELETE, world.mentor1(), "/api/me/calendar-feed", null).status()).isEqualTo(204);
        assertThat(http.get(null, second).status()).as("revoked").isEqualTo(404);
        assertThat(http.call(HttpMethod.DELETE, world.mentor1(), "/api/me/calendar-feed", null).status()).isEqualTo(404);
        assertThat(http.get(world.mentor1(), "/api/me/calendar-feed").json().get("active").asBoolean()).isFalse();

        String third = subscribe(world.mentor1());
        jdbc.update("update app_user set enabled = false where username = ?", world.mentor1());
        assertThat(http.get(null, third).status()).as("a disabled account's feed").isEqualTo(404);
    }

    @Test
    void storesOnlyTheSecretsSha256() {
        Http.Response created = http.post(world.resident1(), "/api/me/calendar-feed", null);
        assertThat(created.status()).isEqualTo(201);
        String url = created.json().get("url").asString();
        String secret = url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
        assertThat(created.json().get("webcalUrl").asString()).startsWith("webcal://").endsWith(secret + ".ics");
        assertThat(secret).hasSize(43);
        List<String> stored = jdbc.queryForList("select secret_hash from calendar_feed", String.class);
        assertThat(stored).doesNotContain(secret).contains(io.mentormatch.api.text.Sha256.hex(secret));
    }

    private String subscribe(String user) {
        Http.Response created = http.post(user, "/api/me/calendar-feed", null);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return URI.create(created.json().get("url").asString()).getPath();
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static Map<String, VEvent> events(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .collect(Collectors.toMap(e -> e.getUid().orElseThrow().getValue(), Function.identity()));
    }

    private static int sequence(VEvent event) {
        return Integer.parseInt(event.getProperty(Property.SEQUENCE).orElseThrow().getValue());
    }
}
