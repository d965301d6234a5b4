package io.mentormatch.api.publication;

import io.mentormatch.api.problem.StateConflict;

public class NotPublished extends StateConflict {

    public NotPublished(long cohortId) {
        super("the pairings of cohort " + cohortId + " are not published yet");
    }
}
