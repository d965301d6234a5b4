package io.mentormatch.api.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class ProgramZonesTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    /** Chicago is UTC-5 until 2:00 local on 1 November 2026 and UTC-6 after: the same UTC hour reads differently. */
    @Test
    void writesTheLocalTimeAndNamesTheZoneOnBothSidesOfTheChange() {
        assertThat(ProgramZones.dateTime(Instant.parse("2026-10-31T23:00:00Z"), CHICAGO))
                .isEqualTo("Sat 31 Oct 2026, 18:00 (America/Chicago)");
        assertThat(ProgramZones.dateTime(Instant.parse("2026-11-07T23:00:00Z"), CHICAGO))
                .isEqualTo("Sat 7 Nov 2026, 17:00 (America/Chicago)");
    }
}
