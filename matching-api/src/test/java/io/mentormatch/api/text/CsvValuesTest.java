package io.mentormatch.api.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class CsvValuesTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    /** Chicago moves from UTC-6 to UTC-5 at 2:00 local on 8 March 2026, and back at 2:00 on 1 November 2026. */
    @Test
    void writesLocalTimesOfTheProgramsZoneAcrossDaylightSavingChanges() {
        assertThat(CsvValues.dateTime(Instant.parse("2026-03-08T07:59:00Z"), CHICAGO)).isEqualTo("2026-03-08 01:59");
        assertThat(CsvValues.dateTime(Instant.parse("2026-03-08T08:00:00Z"), CHICAGO)).isEqualTo("2026-03-08 03:00");
        assertThat(CsvValues.dateTime(Instant.parse("2026-11-01T05:00:00Z"), CHICAGO)).isEqualTo("2026-11-01 00:00");
        assertThat(CsvValues.dateTime(Instant.parse("2026-11-01T09:00:00Z"), CHICAGO)).isEqualTo("2026-11-01 03:00");
        assertThat(CsvValues.dateTime(Instant.parse("2026-12-09T12:00:00Z"), CHICAGO)).isEqualTo("2026-12-09 06:00");
    }

    @Test
    void writesAZonedTimeAsItsLocalTimeWithoutOffsetOrZoneInBrackets() {
        String written = CsvValues.dateTime(LocalDateTime.of(2026, 12, 9, 12, 0).atZone(ZoneId.of("UTC")));

        assertThat(written).isEqualTo("2026-12-09 12:00").doesNotContain("T", "Z", "[");
    }

    @Test
    void namesTheZoneInTheHeaderAndLeavesMissingValuesEmpty() {
        assertThat(CsvValues.inZone("first_meeting", CHICAGO)).isEqualTo("first_meeting (America/Chicago)");
        assertThat(CsvValues.dateTime(null, CHICAGO)).isEmpty();
        assertThat(CsvValues.date(null)).isEmpty();
        assertThat(CsvValues.date(LocalDate.of(2027, 3, 1))).isEqualTo("2027-03-01");
    }
}
