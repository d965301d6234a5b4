package io.mentormatch.api.publication;

import static org.assertj.core.api.Assertions.assertThat;

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
        String ics = ICalendar.event("p-1@mentormatch.io", Instant.parse("2027-09-01T08:00:00Z"), START,
                Duration.ofHours(1), "Mentoring", "First meeting");

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")
                .contains("\r\nBEGIN:VEVENT\r\n", "\r\nUID:p-1@mentormatch.io\r\n", "\r\nDTSTAMP:20270901T080000Z\r\n",
                        "\r\nDTSTART:20270906T160000Z\r\n", "\r\nDTEND:20270906T170000Z\r\n", "\r\nSUMMARY:Mentoring\r\n")
                .endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n", "\r");
    }

    @Test
    void escapesTextValues() {
        assertThat(ICalendar.text("a, b; c\\d\nnext")).isEqualTo("a\\, b\\; c\\\\d\\nnext");
    }

    @Test
    void foldsLongLinesAtSeventyFiveOctetsWithoutSplittingCharacters() {
        String description = "Gemeinsame Interessen: Kardiologie, Forschung, Lehre, Ärztegesundheit — ".repeat(4);
        String ics = ICalendar.event("u", Instant.EPOCH, START, Duration.ofHours(1), "S", description);

        String[] lines = ics.split("\r\n");
        assertThat(Arrays.stream(lines).mapToInt(l -> l.getBytes(StandardCharsets.UTF_8).length).max().orElseThrow())
                .isLessThanOrEqualTo(75);
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("DESCRIPTION:" + ICalendar.text(description) + "\r\n");
    }
}
