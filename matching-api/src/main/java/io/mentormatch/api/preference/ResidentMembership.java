package io.mentormatch.api.preference;

import io.mentormatch.api.cohort.CohortState;

/** A cohort in which the signed-in person is a resident, and their id there. */
public record ResidentMembership(long cohortId, String cohortName, CohortState state, String residentId) {
}
