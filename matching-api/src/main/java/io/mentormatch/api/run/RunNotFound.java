package io.mentormatch.api.run;

import io.mentormatch.api.problem.NotFound;

public class RunNotFound extends NotFound {

    public RunNotFound(long cohortId, long runId) {
        super("cohort " + cohortId + " has no matching run " + runId);
    }
}
