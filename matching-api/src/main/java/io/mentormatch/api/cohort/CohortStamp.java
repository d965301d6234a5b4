package io.mentormatch.api.cohort;

/**
 * The versions of everything a cohort's derived views are computed from: the cohort row (settings, weights,
 * state), its people, pair rules and proposals ({@link CohortDataVersion}; the residents' form saves are counted
 * apart, in {@code formSaves}), and its program (the time zone). Equal
 * stamps read from the database mean equal data, whichever instance of the cluster made the changes, so a view
 * cached under a stamp is served only while the stamp read for the request is the same.
 */
public record CohortStamp(long cohortVersion, long dataVersion, long formSaves, long programVersion) {
}
