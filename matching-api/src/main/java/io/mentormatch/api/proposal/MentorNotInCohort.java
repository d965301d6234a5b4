package io.mentormatch.api.proposal;

import io.mentormatch.api.system.NotFound;

public class MentorNotInCohort extends NotFound {

    public MentorNotInCohort(long cohortId, String mentor) {
        super("cohort " + cohortId + " has no mentor " + mentor);
    }
}
