package io.mentormatch.api.nextyear;

/**
 * What creating next year's cohort would make: its name and year, the mentors and residents carried over and the
 * published pairs it knows as last year's.
 */
public record NextYearPreview(long fromCohortId, String fromName, String name, String academicYear, int mentors,
                              int residents, int previousPairs) {
}
