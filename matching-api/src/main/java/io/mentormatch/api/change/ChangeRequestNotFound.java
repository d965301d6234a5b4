package io.mentormatch.api.change;

import io.mentormatch.api.problem.NotFound;

public class ChangeRequestNotFound extends NotFound {

    public ChangeRequestNotFound(long cohortId, long requestId) {
        super("cohort " + cohortId + " has no change request " + requestId);
    }
}
