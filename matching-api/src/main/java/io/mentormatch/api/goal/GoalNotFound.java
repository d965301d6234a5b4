package io.mentormatch.api.goal;

import io.mentormatch.api.problem.NotFound;

public class GoalNotFound extends NotFound {

    public GoalNotFound(long pairingId, long goalId) {
        super("pairing " + pairingId + " has no goal " + goalId);
    }
}
