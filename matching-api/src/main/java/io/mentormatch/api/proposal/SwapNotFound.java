package io.mentormatch.api.proposal;

import io.mentormatch.api.problem.NotFound;

public class SwapNotFound extends NotFound {

    public SwapNotFound(long cohortId, long swapId) {
        super("cohort " + cohortId + " has no applied swap " + swapId);
    }
}
