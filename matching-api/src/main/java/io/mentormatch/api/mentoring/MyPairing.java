package io.mentormatch.api.mentoring;

import java.time.LocalDate;

/** One of the caller's current pairings, with where it stands against the cohort's cadence. */
public record MyPairing(long cohortId, String cohortName, long pairingId, Person resident, Person mentor,
                        PairingStatus status, LocalDate nextMeetingDue, long meetings, boolean youAreMentor) {

    public record Person(String code, String name) {
    }
}
