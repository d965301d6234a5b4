package io.mentormatch.api.cadence;

import java.time.LocalDate;

import io.mentormatch.core.cohort.Layer;

/**
 * One of the caller's current pairings, with where it stands against the cohort's cadence.
 *
 * @param layer {@code PEER} for a senior-resident peer mentor's pairing (a resident of a cohort with peer mentoring has
 *              one of each), else {@code PRIMARY}
 */
public record MyPairing(long cohortId, String cohortName, long pairingId, Person resident, Person mentor,
                        PairingStatus status, LocalDate nextMeetingDue, long meetings, boolean youAreMentor,
                        Layer layer) {

    public record Person(String code, String name) {
    }
}
