package io.mentormatch.api.publication;

/** Told after a cohort's pairings were published and committed. */
public record CohortPublished(long cohortId) {
}
