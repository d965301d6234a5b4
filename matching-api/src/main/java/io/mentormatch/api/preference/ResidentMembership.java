package io.mentormatch.api.preference;

import java.time.Instant;

import io.mentormatch.api.cohort.CohortState;

/**
 * A cohort in which the signed-in person is a resident, and their id there.
 *
 * @param closedEarly whether the director closed the forms before the deadline (by starting a run early)
 * @param closedAt    when the forms closed; null while they are open, or for a cohort closed before it was kept
 */
public record ResidentMembership(long cohortId, String cohortName, CohortState state, String residentId,
                                 boolean closedEarly, Instant closedAt) {
}
