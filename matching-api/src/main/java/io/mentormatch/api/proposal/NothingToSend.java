package io.mentormatch.api.proposal;

import io.mentormatch.api.problem.StateConflict;

public class NothingToSend extends StateConflict {

    public NothingToSend(long cohortId) {
        super("cohort " + cohortId + " has no unsent proposals");
    }
}
