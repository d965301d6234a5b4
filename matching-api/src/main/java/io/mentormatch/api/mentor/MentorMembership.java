package io.mentormatch.api.mentor;

import io.mentormatch.api.cohort.CohortState;

/** A cohort in which the signed-in person is a mentor, and their id there. */
public record MentorMembership(long cohortId, String cohortName, CohortState state, String mentorId) {
}
