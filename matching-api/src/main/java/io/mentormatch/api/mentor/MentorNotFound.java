package io.mentormatch.api.mentor;

import io.mentormatch.api.problem.NotFound;
import io.mentormatch.core.cohort.MentorId;

public class MentorNotFound extends NotFound {

    public MentorNotFound(long cohortId, MentorId mentor) {
        super("cohort " + cohortId + " has no mentor " + mentor);
    }
}
