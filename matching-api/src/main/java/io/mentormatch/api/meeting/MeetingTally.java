package io.mentormatch.api.meeting;

import java.time.LocalDate;

/** How many meetings a pairing logged, and the date of the last one. */
public record MeetingTally(Long pairingId, long meetings, LocalDate lastMet) {
}
