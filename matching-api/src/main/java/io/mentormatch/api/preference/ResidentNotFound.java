package io.mentormatch.api.preference;

import io.mentormatch.api.problem.NotFound;
import io.mentormatch.core.cohort.ResidentId;

public class ResidentNotFound extends NotFound {

    public ResidentNotFound(long cohortId, ResidentId resident) {
        super("cohort " + cohortId + " has no resident " + resident);
    }
}
