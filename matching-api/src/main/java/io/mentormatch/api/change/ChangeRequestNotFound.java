package io.mentormatch.api.change;

import io.mentormatch.api.system.NotFound;

public class ChangeRequestNotFound extends NotFound {

    public ChangeRequestNotFound(long cohortId, long requestId) {
        super("cohort " + cohortId + " has no change request " + requestId);
    }
}
