package io.mentormatch.api.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import io.mentormatch.api.Http;
import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.cohort.CohortState;

/**
 * Availability from a calendar over real HTTP (issue 23): an uploaded file, and an address served by a real local
 * HTTPS server that this test alone lets through the address policy; every other address stays refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "mentormatch.calendar.fetch-timeout=2s")
class AvailabilityImportIT {

    private static final HeldCertificate CERTIFICATE = new HeldCertificate.Builder()
            .addSubjectAlternativeName("127.0.0.1").build();
    private static final MockWebServer SERVER = new MockWebServer();
    private static final String ZONE = "Europe/Berlin";

    @TestConfiguration
    static class LocalServer {

        @Bean
        @Primary
        AddressPolicy localServerPolicy() throws IOException {
            return new AddressPolicy(Set.of(InetAddress.getByName("127.0.0.1")));
        }

        @Bean
        @Primary
        OkHttpClient trustingLocalServer() {
            HandshakeCertificates trust = new HandshakeCertificates.Builder()
                    .addTrustedCertificate(CERTIFICATE.certificate()).build();
            return new OkHttpClient.Builder().sslSocketFactory(trust.sslSocketFactory(), trust.trustManager()).build();
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;

    private Http http;
    private World world;

    @BeforeAll
    static void startServer() throws IOException {
        SERVER.useHttps(new HandshakeCertificates.Builder().heldCertificate(CERTIFICATE).build().sslSocketFactory(), false);
        SERVER.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterAll
    static void stopServer() throws IOException {
        SERVER.shutdown();
    }

    @BeforeEach
    void setUp() {
        http = new Http(port);
        world = data.world(CohortState.OPEN_FOR_PREFERENCES);
        jdbc.update("update program set time_zone = ? where id = ?", ZONE, world.programId());
    }

    /** Busy every Monday 09:00-11:00 and Wednesday 14:00 in Berlin for the next 8 weeks; Fridays free but all-day. */
    private static String rotation() {
        LocalDate monday = LocalDate.now(ZoneId.of(ZONE)).with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY));
        LocalDate wednesday = monday.plusDays(2);
        DateTimeFormatter day = DateTimeFormatter.BASIC_ISO_DATE;
        return String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Hospital//Rota//EN",
                "BEGIN:VEVENT", "UID:clinic@example.org", "DTSTAMP:20260101T000000Z", "SUMMARY:Clinic",
                "DTSTART;TZID=Europe/Berlin:" + day.format(monday) + "T090000",
                "DTEND;TZID=Europe/Berlin:" + day.format(monday) + "T110000", "RRULE:FREQ=WEEKLY;COUNT=10", "END:VEVENT",
                "BEGIN:VEVENT", "UID:rounds@example.org", "DTSTAMP:20260101T000000Z", "SUMMARY:Rounds",
                "DTSTART;TZID=Europe/Berlin:" + day.format(wednesday.minusWeeks(1)) + "T140000",
                "DTEND;TZID=Europe/Berlin:" + day.format(wednesday.minusWeeks(1)) + "T150000", "RRULE:FREQ=WEEKLY",
                "END:VEVENT",
                "BEGIN:VEVENT", "UID:lunch@example.org", "DTSTAMP:20260101T000000Z", "SUMMARY:Lunch",
                "DTSTART;TZID=Europe/Berlin:" + day.format(monday.plusDays(1)) + "T120000",
                "DTEND;TZID=Europe/Berlin:" + day.format(monday.plusDays(1)) + "T130000", "RRULE:FREQ=WEEKLY",
                "TRANSP:TRANSPARENT", "END:VEVENT",
                "BEGIN:VEVENT", "UID:call@example.org", "DTSTAMP:20260101T000000Z", "SUMMARY:On call",
                "DTSTART;VALUE=DATE:" + day.format(monday.plusDays(4)), "RRULE:FREQ=WEEKLY", "END:VEVENT",
                "END:VCALENDAR", "");
    }

    private static void assertRotationRead(Http.Response answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        List<String> slots = new ArrayList<>();
        answer.json().get("availability").forEach(slot -> slots.add(slot.asString()));
        assertThat(slots).doesNotContain("MON-09", "MON-10", "WED-14").contains("MON-08", "MON-11", "WED-13",
                "WED-15", "TUE-12", "FRI-10", "SUN-22", "MON-06").doesNotContain("MON-05", "MON-23");
        assertThat(slots).hasSize(7 * 17 - 3);
        assertThat(answer.json().get("zone").asString()).isEqualTo(ZONE);
    }

    @Test
    void proposesTheWeeklyHoursAnUploadedCalendarLeavesFree() {
        long before = jdbc.queryForObject("select count(*) from preference_form_version", Long.class);
        assertRotationRead(upload(world.resident1(), rotation().getBytes(StandardCharsets.UTF_8)));
        assertRotationRead(upload(world.mentor1(), rotation().getBytes(StandardCharsets.UTF_8)));
        assertThat(jdbc.queryForObject("select count(*) from preference_form_version", Long.class))
                .as("nothing saved").isEqualTo(before);
    }

    @Test
    void proposesTheWeeklyHoursACalendarAtAnHttpsAddressLeavesFree() throws Exception {
        int before = SERVER.getRequestCount();
        SERVER.enqueue(new MockResponse().setHeader("Content-Type", "text/calendar").setBody(rotation()));
        Http.Response answer = fromAddress(world.resident1(), "https://127.0.0.1:" + SERVER.getPort() + "/rota.ics");
        assertRotationRead(answer);
        assertThat(SERVER.getRequestCount()).as("fetched once from the local server").isEqualTo(before + 1);
    }

    @Test
    void refusesRedirectsOversizedAnswersTimeoutsAndMalformedCalendarsInPlainSentences() {
        String base = "https://127.0.0.1:" + SERVER.getPort();
        SERVER.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", "https://169.254.169.254/latest"));
        assertRefused(fromAddress(world.resident1(), base + "/moved.ics"), "url", "sends us on to another one");
        SERVER.enqueue(new MockResponse().setBody("X".repeat(3 * 1024 * 1024)));
        assertRefused(fromAddress(world.resident1(), base + "/huge.ics"), "url", "larger than 2 MB");
        SERVER.enqueue(new MockResponse().setBody(rotation()).setHeadersDelay(5, TimeUnit.SECONDS));
        assertRefused(fromAddress(world.resident1(), base + "/slow.ics"), "url", "did not answer within 2 seconds");
        SERVER.enqueue(new MockResponse().setBody("<html>Sign in to Outlook</html>"));
        assertRefused(fromAddress(world.resident1(), base + "/login"), "url", "not a calendar file");
        SERVER.enqueue(new MockResponse().setResponseCode(404));
        assertRefused(fromAddress(world.resident1(), base + "/gone.ics"), "url", "answered with an error");

        assertRefused(fromAddress(world.resident1(), "http://127.0.0.1:" + SERVER.getPort() + "/rota.ics"), "url", "https://");
        assertRefused(fromAddress(world.resident1(), "https://[::1]:" + SERVER.getPort() + "/rota.ics"), "url",
                "private or local network");
        assertRefused(fromAddress(world.resident1(), "https://10.0.0.1/rota.ics"), "url", "private or local network");
        assertRefused(fromAddress(world.resident1(), "https://169.254.169.254/latest/meta-data/"), "url",
                "private or local network");

        assertRefused(upload(world.resident1(), "BEGIN:VCALENDAR\r\nthis is not\r\n".getBytes(StandardCharsets.UTF_8)),
                "file", "not a calendar file");
        assertRefused(upload(world.resident1(), new byte[3 * 1024 * 1024]), "file", "larger than 2 MB");
    }

    @Test
    void refusesAPersonOfAnotherProgram() {
        World other = data.world(CohortState.OPEN_FOR_PREFERENCES);
        assertThat(upload(other.resident1(), rotation().getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(403);
    }

    private static void assertRefused(Http.Response answer, String field, String sentence) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
        assertThat(answer.json().get("detail").asString()).contains(sentence);
    }

    private Http.Response fromAddress(String user, String url) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("url", url);
        return send(user, parts);
    }

    private Http.Response upload(String user, byte[] file) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(file) {
            @Override
            public String getFilename() {
                return "calendar.ics";
            }
        });
        return send(user, parts);
    }

    private Http.Response send(String user, MultiValueMap<String, Object> parts) {
        return RestClient.create("http://localhost:" + port).post().uri(path())
                .header(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + TestData.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
                .exchange((request, response) -> new Http.Response(response.getStatusCode().value(),
                        response.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE),
                        new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)), true);
    }

    private String path() {
        return "/api/cohorts/" + world.cohortId() + "/availability-from-calendar";
    }
}
