package io.mentormatch.api.proposal;

import io.mentormatch.api.problem.NotFound;

public class MentorNotInCohort extends NotFound {

    public MentorNotInCohort(long cohortId, String mentor) {
        super("cohort " + cohortId + " has no mentor " + mentor);
    }
}
