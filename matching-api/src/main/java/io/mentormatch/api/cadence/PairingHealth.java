package io.mentormatch.api.cadence;

import java.time.LocalDate;

/** @param reason why the pairing is not on track, in words a director reads; null when it is */
public record PairingHealth(PairingStatus status, LocalDate nextMeetingDue, String reason) {
}
