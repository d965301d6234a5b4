package io.mentormatch.api.roster;

import io.mentormatch.api.problem.NotFound;

public class ConflictNotFound extends NotFound {

    public ConflictNotFound(long cohortId, String residentId, String mentorId) {
        super("cohort " + cohortId + " has no conflict of interest between " + residentId + " and " + mentorId);
    }
}
