package io.mentormatch.api.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class ICalendarTest {

    private static final ZonedDateTime START = ZonedDateTime.of(2027, 9, 6, 18, 0, 0, 0, ZoneId.of("Europe/Paris"));

    @Test
    void writesOneEventWithUtcTimesAndCrlfLines() {
        String ics = ICalendar.event(ICalendar.Uid.of("pairing", 1L, "first-meeting"), Instant.parse("2027-09-01T08:00:00Z"), START,
                Duration.ofHours(1), "Mentoring", "First meeting");

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")
                .contains("\r\nBEGIN:VEVENT\r\n", "\r\nUID:pairing-1-first-meeting@mentormatch.io\r\n", "\r\nDTSTAMP:20270901T080000Z\r\n",
                        "\r\nDTSTART:20270906T160000Z\r\n", "\r\nDTEND:20270906T170000Z\r\n", "\r\nSUMMARY:Mentoring\r\n")
                .endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n", "\r");
    }

    @Test
    void escapesTextValues() {
        assertThat(ICalendar.text("a, b; c\\d\nnext")).isEqualTo("a\\, b\\; c\\\\d\\nnext");
    }

    @Test
    void dropsControlCharactersThatTextValuesMayNotHold() {
        assertThat(ICalendar.text("Dr. Lee\u0000\u0007\r\nATTACH:x\tend")).isEqualTo("Dr. Lee\\nATTACH:x\tend");
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
        assertThat(unfolded).contains("DESCRIPTION:" + ICalendar.text(description) + "\r\n");
    }
}
