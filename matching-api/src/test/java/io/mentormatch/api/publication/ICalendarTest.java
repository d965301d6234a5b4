package io.mentormatch.api.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;

class ICalendarTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final ZonedDateTime START = ZonedDateTime.of(2027, 9, 6, 18, 0, 0, 0, ZoneId.of("Europe/Paris"));

    @Test
    void writesOneEventInTheProgramsZoneWithCrlfLines() {
        String ics = ICalendar.event(ICalendar.Uid.of("pairing", 1L, "first-meeting"), Instant.parse("2027-09-01T08:00:00Z"), START,
                Duration.ofHours(1), "Mentoring", "First meeting");

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n")
                .contains("\r\nVERSION:2.0\r\n", "\r\nPRODID:", "\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\n",
                        "\r\nBEGIN:VEVENT\r\n", "\r\nUID:pairing-1-first-meeting@mentormatch.io\r\n", "\r\nDTSTAMP:20270901T080000Z\r\n",
                        "\r\nDTSTART;TZID=Europe/Paris:20270906T180000\r\n", "\r\nDTEND;TZID=Europe/Paris:20270906T190000\r\n",
                        "\r\nSUMMARY:Mentoring\r\n")
                .endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n", "\r");
    }

    @Test
    void aSeriesAcrossTheEndOfDaylightSavingReadsBackInTheProgramsLocalHour() throws Exception {
        ZonedDateTime start = ZonedDateTime.of(2026, 10, 20, 18, 0, 0, 0, CHICAGO);
        String ics = ICalendar.series(ICalendar.Uid.of("pairing", 3L, "meetings"), Instant.parse("2026-10-01T00:00:00Z"),
                start, Duration.ofHours(1), 2, 4, "Mentoring", "Every two weeks");

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        Property dtStart = event.getProperty("DTSTART").orElseThrow();
        assertThat(dtStart.getValue()).isEqualTo("20261020T180000");
        assertThat(dtStart.getParameter("TZID").orElseThrow().getValue()).isEqualTo("America/Chicago");
        assertThat(event.getProperty("UID").orElseThrow().getValue()).isEqualTo("pairing-3-meetings@mentormatch.io");
        assertThat(event.getProperty("RRULE").orElseThrow().getValue()).contains("FREQ=WEEKLY", "INTERVAL=2", "COUNT=4");

        VTimeZone definition = calendar.<VTimeZone>getComponent("VTIMEZONE").orElseThrow();
        assertThat(definition.getProperty("TZID").orElseThrow().getValue()).isEqualTo("America/Chicago");
        TimeZone zone = new TimeZone(definition);
        // oracle: Chicago is UTC-5 in daylight time (to 1 November 2026, 2:00) and UTC-6 after
        assertThat(zone.getOffset(Instant.parse("2026-10-20T23:00:00Z").toEpochMilli())).isEqualTo(-5 * 3_600_000);
        assertThat(zone.getOffset(Instant.parse("2026-11-18T00:00:00Z").toEpochMilli())).isEqualTo(-6 * 3_600_000);
        assertThat(zone.getOffset(Instant.parse("2027-03-15T00:00:00Z").toEpochMilli())).isEqualTo(-5 * 3_600_000);
    }

    @Test
    void aZoneWithoutDaylightSavingHasOneStandardOffset() throws Exception {
        ZonedDateTime start = ZonedDateTime.of(LocalDateTime.of(2027, 1, 12, 9, 30), ZoneId.of("Asia/Tokyo"));
        String ics = ICalendar.event(ICalendar.Uid.of("u"), Instant.EPOCH, start, Duration.ofHours(1), "S", "D");

        VTimeZone definition = new CalendarBuilder().build(new StringReader(ics)).<VTimeZone>getComponent("VTIMEZONE").orElseThrow();
        assertThat(definition.getObservances()).hasSize(1);
        assertThat(new TimeZone(definition).getOffset(start.toInstant().toEpochMilli())).isEqualTo(9 * 3_600_000);
        assertThat(ics).contains("DTSTART;TZID=Asia/Tokyo:20270112T093000\r\n");
    }

    @Test
    void escapesTextValues() {
        String ics = ICalendar.event(ICalendar.Uid.of("u"), Instant.EPOCH, START, Duration.ofHours(1), "S", "a, b; c\\d\nnext");

        assertThat(ics).contains("\r\nDESCRIPTION:a\\, b\\; c\\\\d\\nnext\r\n");
    }

    @Test
    void dropsControlCharactersThatTextValuesMayNotHold() {
        assertThat(ICalendar.text("Dr. Lee\u0000\u0007\r\nATTACH:x\tend")).isEqualTo("Dr. Lee\nATTACH:x\tend");
        String ics = ICalendar.event(ICalendar.Uid.of("u"), Instant.EPOCH, START, Duration.ofHours(1), "S", "Dr. Lee\u0000\r\nATTACH:x");
        assertThat(ics).contains("\r\nDESCRIPTION:Dr. Lee\\nATTACH:x\r\n").doesNotContain("\r\nATTACH");
    }

    @Test
    void buildsUidsFromIdsAndLowerCaseWordsOnly() {
        assertThat(ICalendar.Uid.of("family", 7L, "mentor", 12L)).hasToString("family-7-mentor-12@mentormatch.io");
        for (Object unsafe : new Object[] {"F1\r\nATTACH:x", "Dr. Lee", "F1", 3}) {
            assertThatThrownBy(() -> ICalendar.Uid.of("family", unsafe)).as(String.valueOf(unsafe))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void foldsLongLinesAtSeventyFiveOctetsWithoutSplittingCharacters() {
        String description = "Gemeinsame Interessen: Kardiologie, Forschung, Lehre, Ärztegesundheit — ".repeat(4);
        String ics = ICalendar.event(ICalendar.Uid.of("u"), Instant.EPOCH, START, Duration.ofHours(1), "S", description);

        String[] lines = ics.split("\r\n");
        assertThat(Arrays.stream(lines).mapToInt(l -> l.getBytes(StandardCharsets.UTF_8).length).max().orElseThrow())
                .isLessThanOrEqualTo(75);
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("DESCRIPTION:" + description.replace(",", "\\,") + "\r\n");
    }
}
