package io.mentormatch.api.family;

import io.mentormatch.api.problem.NotFound;

public class FamilyNotFound extends NotFound {

    public FamilyNotFound(long cohortId, String mentorCode) {
        super("cohort " + cohortId + " has no published mentoring family led by " + mentorCode);
    }
}
