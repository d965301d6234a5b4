package io.mentormatch.api.nextyear;

import io.mentormatch.api.problem.NotFound;

public class ContinuityRequestNotFound extends NotFound {

    public ContinuityRequestNotFound(long cohortId, long requestId) {
        super("cohort " + cohortId + " has no continuity request " + requestId);
    }
}
