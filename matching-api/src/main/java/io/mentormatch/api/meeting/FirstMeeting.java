package io.mentormatch.api.meeting;

import java.time.LocalDate;

/** The day a pairing first logged a meeting. */
public record FirstMeeting(Long pairingId, LocalDate firstMet) {
}
