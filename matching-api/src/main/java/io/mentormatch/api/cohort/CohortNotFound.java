package io.mentormatch.api.cohort;

import io.mentormatch.api.problem.NotFound;

public class CohortNotFound extends NotFound {

    public CohortNotFound(long cohortId) {
        super("there is no cohort " + cohortId);
    }
}
