package io.mentormatch.api.proposal;

import io.mentormatch.api.problem.NotFound;

public class ResidentNotInCohort extends NotFound {

    public ResidentNotInCohort(long cohortId, String resident) {
        super("cohort " + cohortId + " has no resident " + resident);
    }
}
