package io.mentormatch.api.proposal;

import io.mentormatch.api.problem.NotFound;

public class RematchDraftNotFound extends NotFound {

    public RematchDraftNotFound(long cohortId, long draftId) {
        super("cohort " + cohortId + " has no re-match " + draftId + " to review");
    }
}
