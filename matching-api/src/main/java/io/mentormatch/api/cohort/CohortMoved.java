package io.mentormatch.api.cohort;

/** Told after a cohort moved through its lifecycle and the move committed, e.g. to mail its residents. */
public record CohortMoved(long cohortId, CohortState from, CohortState to) {
}
