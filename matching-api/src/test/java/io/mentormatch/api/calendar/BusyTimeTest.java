package io.mentormatch.api.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Reading busy time from iCalendar text written by hand, as Outlook and Google export it. */
class BusyTimeTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    /** Monday 1 March 2027, midnight in Chicago; daylight saving starts on Sunday 14 March. */
    private static final ZonedDateTime FROM = ZonedDateTime.of(2027, 3, 1, 0, 0, 0, 0, CHICAGO);

    @Test
    void expandsAWeeklySeriesInItsZoneAcrossTheDaylightSavingChange() {
        List<BusyTime.Busy> busy = read(event("""
                DTSTART;TZID=America/Chicago:20270301T090000
                DTEND;TZID=America/Chicago:20270301T100000
                RRULE:FREQ=WEEKLY;BYDAY=MO
                """));
        assertThat(busy).as(busy.toString()).hasSize(8);
        assertThat(busy).extracting(b -> b.start().atZone(CHICAGO).getHour()).containsOnly(9);
        assertThat(busy).extracting(b -> b.start()).contains(Instant.parse("2027-03-01T15:00:00Z"),
                Instant.parse("2027-03-15T14:00:00Z"));
    }

    @Test
    void leavesOutExceptionsAllDayEventsAndEventsMarkedFree() {
        List<BusyTime.Busy> busy = read(event("""
                DTSTART:20270302T140000Z
                DTEND:20270302T150000Z
                RRULE:FREQ=DAILY;COUNT=3
                EXDATE:20270303T140000Z
                """) + event("""
                DTSTART;VALUE=DATE:20270305
                DTEND;VALUE=DATE:20270306
                """) + event("""
                DTSTART:20270308T140000Z
                DTEND:20270308T150000Z
                TRANSP:TRANSPARENT
                """));
        assertThat(busy).extracting(BusyTime.Busy::start)
                .containsExactlyInAnyOrder(Instant.parse("2027-03-02T14:00:00Z"), Instant.parse("2027-03-04T14:00:00Z"));
    }

    @Test
    void readsFloatingTimesInTheProgramsZoneAndIgnoresEventsOutsideTheWindow() {
        List<BusyTime.Busy> busy = read(event("""
                DTSTART:20270303T120000
                DTEND:20270303T130000
                """) + event("""
                DTSTART:20270601T120000Z
                DTEND:20270601T130000Z
                """));
        assertThat(busy).containsExactly(new BusyTime.Busy(Instant.parse("2027-03-03T18:00:00Z"),
                Instant.parse("2027-03-03T19:00:00Z")));
    }

    @Test
    void refusesTextThatIsNoCalendar() {
        assertThatThrownBy(() -> BusyTime.read("Subject,Start\nRounds,9:00\n".getBytes(StandardCharsets.UTF_8), FROM,
                FROM.plusWeeks(8), "file")).isInstanceOf(UnreadableCalendar.class)
                .hasMessageContaining("not a calendar file");
        assertThatThrownBy(() -> BusyTime.read("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:2027".getBytes(StandardCharsets.UTF_8),
                FROM, FROM.plusWeeks(8), "file")).isInstanceOf(UnreadableCalendar.class);
    }

    private static int uid;

    private static String event(String properties) {
        return "BEGIN:VEVENT\nUID:e" + (++uid) + "@example.org\nDTSTAMP:20270101T000000Z\nSUMMARY:Clinic\n" + properties
                + "END:VEVENT\n";
    }

    private static List<BusyTime.Busy> read(String events) {
        String ics = ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Test//EN\n" + events + "END:VCALENDAR\n")
                .replace("\n", "\r\n");
        return BusyTime.read(ics.getBytes(StandardCharsets.UTF_8), FROM, FROM.plusWeeks(8), "file");
    }
}
